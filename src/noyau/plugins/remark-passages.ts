/**
 * remark-passages: every passage of a text gets its citable number (§ 14, in reading order) and
 * its stable id (`p14`), kept in the text's ledger `content/passages/<slug>.json`.
 *
 * ```md
 * Étant en Asie Centrale, je n'avais pas la moindre idée…
 * ```
 *
 * becomes
 *
 * ```html
 * <p id="p5" class="passage"><span class="marge-passage" data-pagefind-ignore><a class="numero-passage"
 *   href="#p5" aria-label="Paragraphe 5">§ 5</a></span>Étant en Asie Centrale…</p>
 * ```
 *
 * and a passage that older ids now land on (after a merge) starts with `<span id="p15" class="alias"></span>`.
 * Paragraphs, block quotes (as one passage), list items and the edition's structural lines are
 * passages (see `reperer` in src/noyau/passages/); notes are passages too, with their own number
 * and the id remark-notes gives them (`note-7`). Each passage node gets `data.passage = id`, which
 * remark-modele reads to place what the other plugins marked; the list is recorded as
 * `frontmatter.passages` (`Passage[]`).
 *
 * The ids come from the text's ledger, handed over as an option (the build layer reads
 * `content/passages/<slug>.json`): this plugin reads no file and keeps no state between files. When
 * the text and its ledger disagree (an edit since the last `npm run passages`), the build stops with
 * the file, line and column. A document without a ledger (a fixture) has no passages.
 */
import type { Root, RootContent } from 'mdast';
import type { Data, Node } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Passage } from '../modele.ts';
import { comparer, debutDe, type TableDesPassages } from '../passages/table.ts';
import { reperer, texteDe } from '../passages/reperage.ts';
import { noteId } from './remark-notes.ts';

declare module 'unist' {
  interface Data {
    /** Id of the passage this node is (remark-passages): `p14`, `note-7`. */
    passage?: string;
  }
}

export interface PassagesOptions {
  /** The text's ledger (`content/passages/<slug>.json`, read by the build layer); none for a fixture. */
  table?: TableDesPassages | undefined;
  /** Accessible name of a passage's number; `{n}` is the number. */
  libelle?: string;
}

/** A node rendered by mdast-util-to-hast from its `data` alone. */
interface RenderedNode extends Node {
  type: 'passageMarque';
  data: Data & { hName: string; hProperties: Record<string, unknown>; hChildren: unknown[] };
}

function marque(hName: string, hProperties: Record<string, unknown>, hChildren: unknown[] = []): RootContent {
  return { type: 'passageMarque', data: { hName, hProperties, hChildren } } as RenderedNode as unknown as RootContent;
}

/** The number in the margin, a link to the passage itself. */
function numero(id: string, n: number, libelle: string): RootContent {
  const lien = {
    type: 'element', tagName: 'a',
    properties: { className: ['numero-passage'], href: `#${id}`, ariaLabel: libelle.replace('{n}', String(n)) },
    children: [{ type: 'text', value: `§\u00A0${n}` }],
  };
  return marque('span', { className: ['marge-passage'], dataPagefindIgnore: '' }, [lien]);
}

/** Where the number and aliases go: inside the first cell of a table, at the start of anything else. */
function ouInserer(node: Node): RootContent[] {
  const enfants = (node as unknown as { children: RootContent[] }).children;
  if (node.type === 'table') {
    const cellule = (enfants[0] as { children?: Array<{ children: RootContent[] }> } | undefined)?.children?.[0];
    if (cellule) return cellule.children;
  }
  return enfants;
}

export default function remarkPassages(options: PassagesOptions = {}) {
  const libelle = options.libelle ?? 'Paragraphe {n}';
  return function transform(tree: Root, file: VFile) {
    const { table } = options;
    if (!table) return;
    const affiche = `content/passages/${table.texte}.json`;
    const reperes = reperer(tree);
    const fail = (reason: string, place?: Node['position']) => file.fail(reason, { place: place ?? { line: 1, column: 1 }, ruleId: 'passages', source: 'remark-passages' });
    const desaccord = comparer(table, reperes.map((r) => r.texte));
    if (desaccord) {
      const { index, attendu } = desaccord;
      const prevu = attendu ? `\`${attendu.id}\` « ${attendu.debut} »` : undefined;
      if (index === undefined) {
        fail(`fin du texte après le § ${reperes.length}, alors que la table des passages \`${affiche}\` attend encore ${prevu}${table.passages.length - reperes.length > 1 ? ` et ${table.passages.length - reperes.length - 1} autre(s) passage(s)` : ''} : le texte et sa table des passages ne concordent pas, lancer npm run passages`, reperes.at(-1)?.position);
      } else {
        const ici = `§ ${index + 1} « ${debutDe(reperes[index]!.texte)} »`;
        fail(`passage inattendu ${ici}, la table des passages \`${affiche}\` attend ${prevu ?? `la fin du texte (elle compte ${table.passages.length} passages)`} : le texte et sa table des passages ne concordent pas, lancer npm run passages`, reperes[index]!.position);
      }
    }

    const passages: Passage[] = reperes.map((repere, i) => {
      const { id, alias = [] } = table.passages[i]!;
      const node = repere.node;
      const data = (node.data ??= {}) as Data & { hProperties?: Record<string, unknown> };
      data.passage = id;
      const classes = data.hProperties?.className;
      data.hProperties = { ...data.hProperties, id, className: [...(Array.isArray(classes) ? classes : classes ? [classes] : []), 'passage'] };
      const alias_ = alias.map((a) => marque('span', { id: a, className: ['alias'] }));
      ouInserer(node).unshift(...alias_, numero(id, i + 1, libelle));
      return { id, numero: i + 1, genre: repere.genre, alias, texte: repere.texte, ligne: repere.position?.start.line ?? 1 };
    });

    visit(tree, 'footnoteDefinition', (node) => {
      const label = node.label ?? node.identifier;
      const id = noteId(label);
      (node.data ??= {}).passage = id;
      passages.push({ id, numero: label, genre: 'note', alias: [], texte: texteDe(node), ligne: node.position?.start.line ?? 1 });
    });

    file.data.modele = { ...file.data.modele, passages, passagesRetires: table.retires, passagesDeplaces: table.deplaces ?? [] };
  };
}

