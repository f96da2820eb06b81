/**
 * remark-evenements: every reference to a registered event (body and notes) is found by its
 * registered forms (src/noyau/evenements.ts), linked to the event's page and marked with
 * `data.entite = { genre: 'evenement', … }`, which remark-modele records with its place, as it does
 * for persons: one walk for every kind of mark.
 *
 * ```md
 * … lors du premier procès de Moscou (août 1936) …
 * En janvier 1937 Le :evenement[deuxième procès]{id="deuxieme-proces-de-moscou"}, impliquait …
 * ```
 *
 * The first reference to an event in a paragraph is a link
 * `<a class="mention-evenement" href="/evenements/<id>/" data-evenement="<id>">`, the next ones a
 * quiet `<span class="mention-evenement" data-evenement="<id>">`. Runs before remark-personnes and
 * remark-dates, which then find the names and dates inside (« assassinat de Kirov »: Kirov is still
 * a mention of Kirov, rendered as a quiet mark inside the event's link).
 *
 * Only registered forms are references: « le procès » is never guessed. A form two events share
 * stops the build at each occurrence, with its line and candidates, until an editor says which one
 * at the place (`:evenement[…]{id="…"}`); the editor's directive also attributes words that are not
 * a registered form.
 */
import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import type { Data, Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { lierParBloc, positionIn } from '../arbre.ts';
import { cleDeForme, type RepertoireEvenements } from '../evenements.ts';
import type { Resolution } from '../modele.ts';
import type { EntiteDuNoeud } from './remark-personnes.ts';

export interface EvenementsOptions {
  /** The compiled register (`compilerEvenements`). */
  repertoire: RepertoireEvenements;
  /** The site's base path, for the links to event pages: `/` or `/dossier/`. */
  base?: string | undefined;
}

/** A reference to an event: an element of its own (a link or a span) around the words. */
export interface NoeudEvenement extends Node {
  type: 'mentionEvenement';
  children: PhrasingContent[];
  data: Data & { entite: EntiteDuNoeud; hName: string; hProperties: Record<string, unknown> };
}

const source = 'remark-evenements';

const estDirective = (node: Nodes) => node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';

/** Nodes whose text is not searched: headings, links, the edition's own words, references already made. */
function estIgnore(node: Nodes): boolean {
  if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || (node.type as string) === 'mentionEvenement') return true;
  return estDirective(node) && (node as TextDirective).name === 'lacune';
}

export default function remarkEvenements(options: EvenementsOptions) {
  if (!options?.repertoire) throw new Error('remark-evenements a besoin du registre des événements : `[remarkEvenements, { repertoire }]`');
  const { repertoire } = options;
  const base = (options.base ?? '/').replace(/\/?$/, '/');

  return function transform(tree: Root, file: VFile) {
    const fail = (reason: string, place?: Position) => file.fail(reason, { place: place ?? { line: 1, column: 1 }, ruleId: 'evenements', source });

    const reference = (id: string, forme: string, resolution: Resolution, children: PhrasingContent[], position?: Position): NoeudEvenement => ({
      type: 'mentionEvenement', children,
      data: { entite: { genre: 'evenement', id, forme, resolution }, hName: 'span', hProperties: { className: ['mention-evenement'], dataEvenement: id } },
      ...(position ? { position } : {}),
    });

    // The editor's word, place by place.
    (function directives(parent: Parents, dans: Nodes | undefined) {
      parent.children.forEach((child, index) => {
        if (estDirective(child) && (child as TextDirective).name === 'evenement') {
          if (dans) fail(`\`:evenement\` dans ${dans.type === 'heading' ? 'un titre' : estDirective(dans) ? 'une `:lacune`' : 'un lien'} : il s’emploie dans le texte courant ou une note`, child.position);
          const texte = toString(child);
          const id = (child as TextDirective).attributes?.id;
          if (child.type !== 'textDirective') fail(`\`evenement\` en bloc (${child.type}) : \`:evenement[mots]{id="…"}\` s’écrit dans la ligne`, child.position);
          if (!texte) fail('`:evenement` sans mots : `:evenement[mots]{id="…"}` est attendu', child.position);
          if (!id) fail(`\`:evenement[${texte}]\` sans \`id\` : dire quel événement est désigné, \`:evenement[${texte}]{id="…"}\``, child.position);
          if (!repertoire.evenements.has(id!)) fail(`\`:evenement[${texte}]\` : \`${id}\` n’est pas au registre ; l’identifiant d’une fiche de content/evenements/ est attendu`, child.position);
          parent.children[index] = reference(id!, texte, 'directive', (child as TextDirective).children, child.position) as unknown as PhrasingContent;
          return;
        }
        if ('children' in child) directives(child, dans ?? (estIgnore(child) ? child : undefined));
      });
    })(tree, undefined);

    // References found by their registered forms.
    const nonResolues: { texte: string; candidats: readonly string[]; position: Position | undefined }[] = [];
    const motif = new RegExp(repertoire.motif.source, repertoire.motif.flags);
    findAndReplace(tree, [motif, (valeur: string, _forme: string, match: RegExpMatchObject) => {
      const candidats = repertoire.formes.get(cleDeForme(valeur)) ?? [];
      const position = positionIn(match.stack.at(-1) as Text, match.index, valeur.length);
      if (candidats.length !== 1) nonResolues.push({ texte: valeur, candidats, position });
      return reference(candidats.length === 1 ? candidats[0]! : '', valeur, 'graphie', [{ type: 'text', value: valeur }], position) as unknown as PhrasingContent;
    }], { ignore: estIgnore as never });

    if (nonResolues.length > 0) {
      const liste = nonResolues.map((n) => `ligne ${n.position?.start.line ?? '?'} « ${n.texte} » (${n.candidats.join(' ou ')})`).join(' ; ');
      const premiere = nonResolues[0]!;
      fail(`référence${nonResolues.length > 1 ? 's' : ''} ambiguë${nonResolues.length > 1 ? 's' : ''} à un événement : ${liste} ; dire lequel à l’endroit même (\`:evenement[${premiere.texte}]{id="…"}\`)`, premiere.position);
    }

    // The first reference to an event in a block is a link, the next ones quiet marks.
    lierParBloc(tree, 'mentionEvenement', (node, dejaLie) => {
      if (dejaLie) return false;
      const m = node as NoeudEvenement;
      m.data.hName = 'a';
      m.data.hProperties = { ...m.data.hProperties, href: `${base}evenements/${m.data.entite.id}/` };
      return true;
    });
  };
}
