/**
 * remark-personnes: every person named in a text (body and notes) is found, whatever the spelling,
 * linked to their page and recorded.
 *
 * ```md
 * ---
 * personnes: { Sergo: ordjonikidze }
 * ---
 * Kamenev et Zinoviev… la calomnie de Kamenev-Reingold… du bureau de Sergo, I. N. Smirnov…
 * le concepteur d'avions :personne[Yakovlev]{id="iakovlev-alexandre-s"}
 * ```
 *
 * becomes, for the first mention of a person in a paragraph, a link
 * `<a class="mention" href="/personnes/kamenev/" data-personne="kamenev">Kamenev</a>`, and for the
 * next ones a quiet `<span class="mention" data-personne="kamenev">Kamenev</span>` (hundreds of
 * « Staline » must not all be links). Every mention carries `data.entite` (person, spelling, how it
 * was resolved), which remark-modele records with its place.
 *
 * Spellings come from the register (see src/noyau/personnes.ts), handed over as an option: this
 * plugin reads no file. Headings, links, the edition's own words (`:lacune[…]`, `:remarque[…]`) and
 * the works cited (`:oeuvre[…]`, a book and not its author) are left alone; derived
 * words (« stalinien », « Trotskistes ») are never names.
 *
 * A spelling that the register gives to several persons is never attributed by guessing: the text's
 * front matter (`personnes: { Smirnov: smirnov-ivan }`, checked by remark-entete) or the place itself
 * (`:personne[Smirnov]{id="smirnov-ivan"}`) says who is meant. Every mention left unresolved is
 * listed, with its line and candidates, and the build stops.
 *
 * Known limit: initials and name must sit in the same text node (« I. :corr[Smirnov]{…} » is found
 * as « Smirnov »).
 */
import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import type { Data, Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { lierParBloc, positionIn } from '../arbre.ts';
import type { GenreDEntite, Resolution } from '../modele.ts';
import { lireCorrespondance, normaliserForme, type Repertoire } from '../personnes.ts';
import { estVoixDeLEdition } from '../voix-edition.ts';

/** What an entity-marking plugin records on the node of a mention (remark-modele collects it). */
export interface EntiteDuNoeud {
  genre: GenreDEntite;
  id: string;
  forme: string;
  resolution: Resolution;
}

declare module 'unist' {
  interface Data {
    /** A mention of an entity of a register (remark-personnes, remark-evenements). */
    entite?: EntiteDuNoeud;
  }
}

export interface PersonnesOptions {
  /** The compiled register (`compilerRegistre`). */
  repertoire: Repertoire;
  /** The site's base path, for the links to person pages: `/` or `/dossier/`. */
  base?: string | undefined;
}

/** A mention, until the plugin knows whether it is a paragraph's first (a link) or not (a span). */
interface NoeudMention extends Node {
  type: 'mentionPersonne';
  children: PhrasingContent[];
  data: Data & { entite: EntiteDuNoeud; hName?: string; hProperties?: Record<string, unknown> };
}

/** An ambiguous spelling nobody resolved. */
interface NonResolue {
  texte: string;
  forme: string;
  candidats: readonly string[];
  position: Position | undefined;
}

const source = 'remark-personnes';

/** Nodes whose text is not searched: headings, links, the edition's own words, a work cited (`:oeuvre[…]`), and mentions already made. */
function estIgnore(node: Nodes): boolean {
  if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || (node.type as string) === 'mentionPersonne') return true;
  return estVoixDeLEdition(node) || ((node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && node.name === 'oeuvre');
}

export default function remarkPersonnes(options: PersonnesOptions) {
  if (!options?.repertoire) throw new Error('remark-personnes a besoin du registre des personnes : `[remarkPersonnes, { repertoire }]`');
  const { repertoire } = options;
  const base = (options.base ?? '/').replace(/\/?$/, '/');

  return function transform(tree: Root, file: VFile) {
    const fail = (reason: string, place?: Position) => file.fail(reason, { place: place ?? { line: 1, column: 1 }, ruleId: 'personnes', source });

    // Who each ambiguous spelling designates in this text.
    const resolutions = new Map<string, string>();
    for (const [forme, id] of Object.entries(file.data.entete?.personnes ?? {})) {
      const canonique = normaliserForme(forme);
      const candidats = repertoire.formes.get(canonique);
      // Messages about the front matter point at the value in question.
      const ici = file.data.placeDansLEnTete?.(['personnes', forme]);
      const place = ici ? { start: ici, end: ici } : undefined;
      if (!repertoire.personnes.has(id)) fail(`en-tête, personnes : \`${id}\` (pour « ${forme} ») n’est pas au registre ; l’identifiant d’une fiche de content/personnes/ est attendu`, place);
      if (!candidats) fail(`en-tête, personnes : « ${forme} » n’est pas une graphie du registre`, place);
      else if (!candidats.includes(id)) fail(`en-tête, personnes : « ${forme} » ne désigne pas \`${id}\` mais l’une de ces personnes : ${candidats.join(', ')}`, place);
      else if (candidats.length === 1) file.message(`en-tête, personnes : « ${forme} » ne désigne que \`${candidats[0]}\`, la ligne peut être retirée`, { place: place ?? { line: 1, column: 1 }, ruleId: 'personnes', source });
      resolutions.set(canonique, id);
    }

    const mention = (id: string, forme: string, resolution: Resolution, children: PhrasingContent[], position?: Position): NoeudMention =>
      ({ type: 'mentionPersonne', children, data: { entite: { genre: 'personne', id, forme, resolution } }, ...(position ? { position } : {}) });

    // The editor's word, place by place: `:personne[Smirnov]{id="smirnov-ivan"}`.
    (function directives(parent: Parents, dans: Nodes | undefined) {
      parent.children.forEach((child, index) => {
        if ((child.type === 'textDirective' || child.type === 'leafDirective' || child.type === 'containerDirective') && child.name === 'personne') {
          // Headings, links and the edition's own words name nobody: an editor's mark there is a mistake.
          if (dans) fail(`\`:personne\` dans ${dans.type === 'heading' ? 'un titre' : dans.type === 'textDirective' || dans.type === 'leafDirective' || dans.type === 'containerDirective' ? `une \`:${dans.name}\`` : 'un lien'} : il s’emploie dans le texte courant ou une note`, child.position);
          const id = child.attributes?.id;
          const texte = toString(child);
          if (child.type !== 'textDirective') fail(`\`personne\` en bloc (${child.type}) : \`:personne[Nom]{id="…"}\` s’écrit dans la ligne`, child.position);
          if (!texte) fail('`:personne` sans nom : `:personne[Nom]{id="…"}` est attendu', child.position);
          if (!id) fail(`\`:personne[${texte}]\` sans \`id\` : dire qui est désigné, \`:personne[${texte}]{id="…"}\``, child.position);
          if (!repertoire.personnes.has(id!)) fail(`\`:personne[${texte}]\` : \`${id}\` n’est pas au registre ; l’identifiant d’une fiche de content/personnes/ est attendu`, child.position);
          parent.children[index] = mention(id!, texte, 'directive', (child as TextDirective).children, child.position) as unknown as PhrasingContent;
          return;
        }
        if ('children' in child) directives(child, dans ?? (estIgnore(child) ? child : undefined));
      });
    })(tree, undefined);

    // Names found by their spellings.
    const nonResolues: NonResolue[] = [];
    const motif = new RegExp(repertoire.motif.source, repertoire.motif.flags);
    findAndReplace(tree, [motif, (valeur: string, forme: string | undefined, _initiales: string | undefined, formeApres: string | undefined, match: RegExpMatchObject) => {
      const trouve = lireCorrespondance(repertoire, valeur, forme, formeApres, match.index);
      const text = match.stack.at(-1) as Text;
      const position = positionIn(text, match.index, trouve.texte.length);
      const unique = trouve.candidats.length === 1 ? trouve.candidats[0] : undefined;
      const personne = unique ?? resolutions.get(trouve.forme);
      if (!personne) nonResolues.push({ texte: trouve.texte, forme: trouve.forme, candidats: trouve.candidats, position });
      const noeud = mention(personne ?? '', trouve.texte, unique ? 'graphie' : 'en-tete', [{ type: 'text', value: trouve.texte }], position) as unknown as PhrasingContent;
      const reste = valeur.slice(trouve.texte.length);
      return reste ? [noeud, { type: 'text', value: reste }] : noeud;
    }], { ignore: estIgnore as never });

    if (nonResolues.length > 0) {
      const liste = nonResolues.map((n) => `ligne ${n.position?.start.line ?? '?'} « ${n.texte} » (${n.candidats.join(' ou ')})`).join(' ; ');
      const premiere = nonResolues[0]!;
      fail(`nom${nonResolues.length > 1 ? 's' : ''} ambigu${nonResolues.length > 1 ? 's' : ''} : ${liste} ; dire qui est désigné, dans l’en-tête (\`personnes: { ${premiere.forme}: … }\`) ou à l’endroit même (\`:personne[${premiere.texte}]{id="…"}\`)`, premiere.position);
    }

    // Links and quiet marks, in reading order: the first mention of a person in a block is a link.
    lierParBloc(tree, 'mentionPersonne', (node, dejaLie, ancetres) => {
      const m = node as NoeudMention;
      m.data.hProperties = { className: ['mention'], dataPersonne: m.data.entite.id };
      // Inside an event's link (remark-evenements: « assassinat de Kirov »), a link would nest in a link.
      const dansUnLien = ancetres.some((a) => a.type === 'mentionEvenement' && (a.data as { hName?: string } | undefined)?.hName === 'a');
      if (dejaLie || dansUnLien) {
        m.data.hName = 'span';
        return false;
      }
      Object.assign(m, { type: 'link', url: `${base}personnes/${m.data.entite.id}/`, title: null });
      return true;
    });
  };
}
