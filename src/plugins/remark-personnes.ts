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
 * « Staline » must not all be links). Every mention is recorded on the file's front matter as
 * `mentions: Mention[]` (person, spelling, passage, sentence), for the person pages.
 *
 * Spellings come from the register (see src/lib/personnes.ts), handed over as an option: this
 * plugin reads no file. Headings, links and the edition's `:lacune[…]` are left alone; derived
 * words (« stalinien », « Trotskistes ») are never names.
 *
 * A spelling that the register gives to several persons is never attributed by guessing: the text's
 * front matter (`personnes: { Smirnov: smirnov-ivan }`) or the place itself
 * (`:personne[Smirnov]{id="smirnov-ivan"}`) says who is meant. Every mention left unresolved is
 * listed, with its line and candidates, and the build stops.
 *
 * Known limit: initials and name must sit in the same text node (« I. :corr[Smirnov]{…} » is found
 * as « Smirnov »).
 */
import type { FootnoteDefinition, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import type { Data, Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { nearestPassage, plainText, positionIn, sentenceAround, textBlocks, type PlainText } from '../lib/arbre.ts';
import type { Mention } from '../lib/donnees.ts';
import { lireCorrespondance, normaliserForme, type Repertoire } from '../lib/personnes.ts';
import { directivesDeLEdition } from '../lib/voix-edition.ts';
import { frontmatterOf } from './frontmatter.ts';
import { noteId } from './remark-notes.ts';

export interface PersonnesOptions {
  /** The compiled register (`chargerRegistre()` from src/lib/registre-personnes.ts). */
  repertoire: Repertoire;
  /** The site's base path, for the links to person pages: `/` or `/dossier/`. */
  base?: string;
  /** Files to leave alone (the register's own notes, rendered by the same pipeline). */
  ignorer?: (file: VFile) => boolean;
}

/** A mention, until the plugin knows whether it is a paragraph's first (a link) or not (a span). */
interface NoeudMention extends Node {
  type: 'mentionPersonne';
  children: PhrasingContent[];
  data: Data & { personne: string; forme: string; hName?: string; hProperties?: Record<string, unknown> };
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
  return (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && (directivesDeLEdition.has(node.name) || node.name === 'oeuvre');
}

/** The text's `personnes` front matter: Astro hands it over; outside Astro it is read from the `yaml` node. */
function resolutionsDe(tree: Root, file: VFile): unknown {
  const frontmatter = frontmatterOf(file);
  if ('personnes' in frontmatter) return frontmatter.personnes;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (!yaml) return undefined;
  const donnees = parse(yaml.value) as Record<string, unknown> | null;
  return donnees?.personnes;
}

export default function remarkPersonnes(options: PersonnesOptions) {
  if (!options?.repertoire) throw new Error('remark-personnes needs the register: `[remarkPersonnes, { repertoire: chargerRegistre() }]`');
  const { repertoire } = options;
  const base = (options.base ?? '/').replace(/\/?$/, '/');

  return function transform(tree: Root, file: VFile) {
    if (options.ignorer?.(file)) return;
    const fail = (reason: string, place?: Position) => file.fail(reason, { place: place ?? { line: 1, column: 1 }, ruleId: 'personnes', source });

    // Who each ambiguous spelling designates in this text.
    const resolutions = new Map<string, string>();
    const brutes = resolutionsDe(tree, file);
    if (brutes !== undefined && brutes !== null) {
      if (typeof brutes !== 'object' || Array.isArray(brutes)) fail('Unexpected `personnes` front matter, expected a map from a spelling to a person id: `personnes: { Smirnov: smirnov-ivan }`');
      for (const [forme, id] of Object.entries(brutes as Record<string, unknown>)) {
        const canonique = normaliserForme(forme);
        const candidats = repertoire.formes.get(canonique);
        if (typeof id !== 'string' || !repertoire.personnes.has(id)) fail(`Unexpected person \`${String(id)}\` for \`${forme}\` in the front matter, expected the id of a register entry (content/personnes/<id>.md)`);
        if (!candidats) fail(`Unexpected spelling \`${forme}\` in the front matter's \`personnes\`, expected a spelling of the register`);
        else if (!candidats.includes(id as string)) fail(`Unexpected person \`${String(id)}\` for \`${forme}\` in the front matter, expected one of: ${candidats.join(', ')}`);
        else if (candidats.length === 1) file.message(`Unexpected choice for \`${forme}\`, which only designates \`${candidats[0]}\`: the line can go`, { place: { line: 1, column: 1 }, ruleId: 'personnes', source });
        resolutions.set(canonique, id as string);
      }
    }

    const mention = (personne: string, forme: string, children: PhrasingContent[], position?: Position): NoeudMention =>
      ({ type: 'mentionPersonne', children, data: { personne, forme }, ...(position ? { position } : {}) });

    // The editor's word, place by place: `:personne[Smirnov]{id="smirnov-ivan"}`.
    (function directives(parent: Parents, dans: Nodes | undefined) {
      parent.children.forEach((child, index) => {
        if ((child.type === 'textDirective' || child.type === 'leafDirective' || child.type === 'containerDirective') && child.name === 'personne') {
          // Headings, links and the edition's own words name nobody: an editor's mark there is a mistake.
          if (dans) fail(`Unexpected \`:personne\` inside ${dans.type === 'heading' ? 'a heading' : dans.type === 'textDirective' || dans.type === 'leafDirective' || dans.type === 'containerDirective' ? '`:lacune`' : 'a link'}, expected it in the running text or a note`, child.position);
          const id = child.attributes?.id;
          const texte = toString(child);
          if (child.type !== 'textDirective') fail(`Unexpected \`${child.type}\` for \`personne\`, expected an inline \`:personne[Nom]{id="…"}\``, child.position);
          if (!texte) fail('Unexpected `:personne` without a name, expected `:personne[Nom]{id="…"}`', child.position);
          if (!id) fail(`Unexpected \`:personne[${texte}]\` without \`id\`, expected who is meant: \`:personne[${texte}]{id="…"}\``, child.position);
          if (!repertoire.personnes.has(id!)) fail(`Unexpected person \`${id}\` in \`:personne[${texte}]\`, expected the id of a register entry (content/personnes/<id>.md)`, child.position);
          parent.children[index] = mention(id!, texte, (child as TextDirective).children, child.position) as unknown as PhrasingContent;
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
      let personne = trouve.candidats.length === 1 ? trouve.candidats[0] : resolutions.get(trouve.forme);
      if (!personne) {
        nonResolues.push({ texte: trouve.texte, forme: trouve.forme, candidats: trouve.candidats, position });
        personne = '';
      }
      const noeud = mention(personne, trouve.texte, [{ type: 'text', value: trouve.texte }], position) as unknown as PhrasingContent;
      const reste = valeur.slice(trouve.texte.length);
      return reste ? [noeud, { type: 'text', value: reste }] : noeud;
    }], { ignore: estIgnore as never });

    if (nonResolues.length > 0) {
      const liste = nonResolues.map((n) => `line ${n.position?.start.line ?? '?'} \`${n.texte}\` (${n.candidats.join(' or ')})`).join('; ');
      const premiere = nonResolues[0]!;
      fail(`Unexpected ambiguous name${nonResolues.length > 1 ? 's' : ''}: ${liste}, expected who is meant, in the front matter (\`personnes: { ${premiere.forme}: … }\`) or at the place (\`:personne[${premiere.texte}]{id="…"}\`)`, premiere.position);
    }

    // Links, quiet marks, and the record: in reading order.
    const mentions: Mention[] = [];
    const dejaLies = new Map<Node, Set<string>>();
    const textes = new Map<Node, PlainText>();
    /** The plain text of a block (a mention's first occurrence in one is a link), and where each mention sits in it. */
    const texteDuBloc = (bloc: Node) => {
      let connu = textes.get(bloc);
      if (!connu) textes.set(bloc, (connu = plainText(bloc, (n) => n.type === 'mentionPersonne')));
      return connu;
    };

    (function parcourir(node: Node, ancetres: Node[]) {
      if (node.type === 'mentionPersonne') {
        const m = node as NoeudMention;
        const { personne, forme } = m.data;
        const bloc = ancetres.findLast((a) => textBlocks.has(a.type)) ?? ancetres.at(-1)!;
        const note = ancetres.find((a): a is FootnoteDefinition => a.type === 'footnoteDefinition');
        const passage = nearestPassage(ancetres) ?? (note ? noteId(note.label ?? note.identifier) : '');
        const { text, spans } = texteDuBloc(bloc);
        const { start, end } = spans.get(m) ?? { start: 0, end: 0 };
        mentions.push({ personne, forme, passage, phrase: sentenceAround(text, start, end) });

        const lies = dejaLies.get(bloc) ?? new Set<string>();
        dejaLies.set(bloc, lies);
        const hProperties = { className: ['mention'], dataPersonne: personne };
        if (lies.has(personne)) {
          m.data.hName = 'span';
          m.data.hProperties = hProperties;
        } else {
          lies.add(personne);
          Object.assign(m, { type: 'link', url: `${base}personnes/${personne}/`, title: null });
          m.data.hProperties = hProperties;
        }
        return;
      }
      if ('children' in node) for (const child of [...(node.children as Node[])]) parcourir(child, [...ancetres, node]);
    })(tree, []);

    frontmatterOf(file).mentions = mentions;
  };
}
