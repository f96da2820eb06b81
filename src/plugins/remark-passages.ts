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
 * passages (see `reperer` in src/lib/passages.ts); notes are passages too, with their own number
 * and the id remark-notes gives them (`note-7`). Each passage node gets `data.passage = id`, which
 * the plugins after this one read with `nearestPassage`; the list is recorded as
 * `frontmatter.passages` (`Passage[]`).
 *
 * The ids come from the ledger, read afresh for each text (no state is kept between files). When
 * the text and its ledger disagree (an edit since the last `npm run passages`), or the ledger is
 * missing, the build stops with the file, line and column. A document outside a `textes/` folder
 * (test fixtures) has no ledger and no passages, unless the `registre` option names one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { Data, Node } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { PassageData } from '../lib/arbre.ts';
import type { Passage } from '../lib/donnees.ts';
import { comparer, debutDe, lireRegistrePassages, reperer, texteDe, type Registre } from '../lib/passages.ts';
import { frontmatterOf } from './frontmatter.ts';
import { noteId } from './remark-notes.ts';

export interface PassagesOptions {
  /**
   * Where the ledger of a text is, or `undefined` for a document that has none (its passages are
   * then neither numbered nor recorded). Default: {@link registreParDefaut}.
   */
  registre?: (file: VFile) => string | undefined;
  /** Accessible name of a passage's number; `{n}` is the number. */
  libelle?: string;
}

/** `content/passages/<slug>.json` for `content/textes/<slug>.md`; nothing for other files. */
export function registreParDefaut(file: VFile): string | undefined {
  if (!file.path || extname(file.path) !== '.md' || basename(dirname(file.path)) !== 'textes') return undefined;
  return join(dirname(dirname(file.path)), 'passages', `${basename(file.path, '.md')}.json`);
}

const defaults: Required<PassagesOptions> = {
  registre: registreParDefaut,
  libelle: 'Paragraphe {n}',
};

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
  const settings = { ...defaults, ...options };
  return function transform(tree: Root, file: VFile) {
    const chemin = settings.registre(file);
    if (chemin === undefined) return;
    const affiche = relative(process.cwd(), chemin) || chemin;
    const reperes = reperer(tree);
    const fail = (reason: string, place?: Node['position']) => file.fail(reason, { place: place ?? { line: 1, column: 1 }, ruleId: 'passages', source: 'remark-passages' });

    if (!existsSync(chemin)) fail(`Unexpected text without a ledger of passages (\`${affiche}\`), run npm run passages`, reperes[0]?.position);
    let registre: Registre;
    try {
      registre = lireRegistrePassages(readFileSync(chemin, 'utf8'), affiche);
    } catch (error) {
      return fail((error as Error).message);
    }
    const desaccord = comparer(registre, reperes.map((r) => r.texte));
    if (desaccord) {
      const { index, attendu } = desaccord;
      const prevu = attendu ? `\`${attendu.id}\` « ${attendu.debut} »` : undefined;
      if (index === undefined) {
        fail(`Unexpected end of the text after § ${reperes.length}, expected ${prevu} and ${registre.passages.length - reperes.length - 1} more passage(s) of \`${affiche}\`: the text and its ledger disagree, run npm run passages`, reperes.at(-1)?.position);
      } else {
        const ici = `§ ${index + 1} « ${debutDe(reperes[index]!.texte)} »`;
        fail(`Unexpected passage ${ici}, expected ${prevu ?? `no more passages (the ledger \`${affiche}\` lists ${registre.passages.length})`}${prevu ? ` of \`${affiche}\`` : ''}: the text and its ledger disagree, run npm run passages`, reperes[index]!.position);
      }
    }

    const passages: Passage[] = reperes.map((repere, i) => {
      const { id, alias = [] } = registre.passages[i]!;
      const node = repere.node;
      const data = (node.data ??= {}) as Data & PassageData & { hProperties?: Record<string, unknown> };
      data.passage = id;
      const classes = data.hProperties?.className;
      data.hProperties = { ...data.hProperties, id, className: [...(Array.isArray(classes) ? classes : classes ? [classes] : []), 'passage'] };
      const alias_ = alias.map((a) => marque('span', { id: a, className: ['alias'] }));
      ouInserer(node).unshift(...alias_, numero(id, i + 1, settings.libelle));
      return { id, numero: i + 1, alias, texte: repere.texte };
    });

    visit(tree, 'footnoteDefinition', (node) => {
      const label = node.label ?? node.identifier;
      const id = noteId(label);
      ((node.data ??= {}) as PassageData).passage = id;
      passages.push({ id, numero: label, alias: [], texte: texteDe(node) });
    });

    const frontmatter = frontmatterOf(file);
    frontmatter.passages = passages;
    frontmatter.passagesRetires = registre.retires;
    frontmatter.passagesDeplaces = registre.deplaces ?? [];
  };
}
