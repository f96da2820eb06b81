/** Small helpers on mdast trees shared by the plugins. */
import type { Node, Position } from 'unist';
import { directivesDeLEdition } from './voix-edition.ts';

/** Blocks of running text: a date's or a mention's sentence is read in the nearest one that holds it. */
export const textBlocks: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell', 'leafDirective']);

/**
 * The mentions of one kind (nodes of `type` marked with `data.entite`), in reading order, each with
 * whether its entity is already linked in its block of running text, and its ancestors. `lier`
 * makes the mention a link or a quiet mark and says whether it made a link: the first mention of a
 * person or an event in a paragraph is a link, the next ones are not (hundreds of « Staline »).
 */
export function lierParBloc(tree: Node, type: string, lier: (node: Node, dejaLie: boolean, ancetres: readonly Node[]) => boolean): void {
  const dejaLies = new Map<Node, Set<string>>();
  (function parcourir(node: Node, ancetres: Node[]) {
    if (node.type === type) {
      const id = node.data?.entite?.id ?? '';
      const bloc = ancetres.findLast((a) => textBlocks.has(a.type)) ?? ancetres.at(-1)!;
      const lies = dejaLies.get(bloc) ?? new Set<string>();
      dejaLies.set(bloc, lies);
      if (lier(node, lies.has(id), ancetres)) lies.add(id);
      return;
    }
    if ('children' in node) for (const child of [...(node.children as Node[])]) parcourir(child, [...ancetres, node]);
  })(tree, []);
}

/** Blocks that hold other blocks: their children are separated by a space in the plain text. */
const containers = new Set(['root', 'blockquote', 'list', 'listItem', 'containerDirective', 'footnoteDefinition', 'table', 'tableRow']);

/** A node's plain text, and where some of its descendants sit in it. */
export interface PlainText {
  text: string;
  /** Start and end offsets in `text` of each node `plainText` was asked to locate. */
  spans: Map<Node, { start: number; end: number }>;
  /** Where each block after the first starts (a paragraph of a block quote, a line of a letter): a sentence ends there. */
  blocks: number[];
}

/**
 * The plain text of a node as readers see it, and where the descendants for which `locate` is true
 * start and end in it. Like mdast-util-to-string, except that the edition's own words
 * (`:lacune[…]`, `::lacune[…]`) keep their brackets, a hard line break (`break`) is a space, blocks
 * inside blocks are separated by a space, and raw HTML and YAML add nothing. Spaces are kept as
 * written (not collapsed).
 */
export function plainText(node: Node, locate: (node: Node) => boolean = () => false): PlainText {
  let text = '';
  const spans = new Map<Node, { start: number; end: number }>();
  const blocks: number[] = [];
  const walk = (current: Node) => {
    const start = text.length;
    const name = (current as { name?: unknown }).name;
    const lacune = (current.type === 'textDirective' || current.type === 'leafDirective') && directivesDeLEdition.has(name as string);
    if (lacune) text += '[';
    if (current.type === 'break') text += ' ';
    else if ('value' in current && typeof current.value === 'string' && current.type !== 'yaml' && current.type !== 'html') text += current.value;
    if ('children' in current && Array.isArray(current.children)) {
      const separate = containers.has(current.type);
      (current.children as Node[]).forEach((child, index) => {
        if (separate && index > 0) {
          text += ' ';
          blocks.push(text.length);
        }
        walk(child);
      });
    }
    if (lacune) text += ']';
    if (locate(current)) spans.set(current, { start, end: text.length });
  };
  walk(node);
  return { text, spans, blocks };
}

/**
 * Where a stretch of a text node sits in the file: from `index`, `length` characters, computed from
 * the node's position (`undefined` when the node has none, as when a plugin made it).
 */
export function positionIn(node: { value: string; position?: Position | undefined }, index: number, length: number): Position | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const lines = node.value.slice(0, index).split('\n');
  const line = start.line + lines.length - 1;
  const column = lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + index;
  return { start: { line, column }, end: { line, column: column + length } };
}

/** Abbreviations after which a full stop does not end a sentence (lower case, without the stop). */
const ABREVIATIONS = new Set(['cam', 'cf', 'p', 'pp', 'pr', 'dr', 'mm', 'mme', 'ch', 'vol', 't', 'art', 'ibid', 'op', 'cit', 'éd', 'ed', 'no', 'st', 'av', 'env', 'trad', 'fig', 'chap']);

/**
 * Where the sentences of a text end: offsets just after each end (its stop and any closing
 * guillemet, quote, parenthesis or bracket that follows). A stop does not end a sentence after an
 * initial (« L. B. Kamenev »), after a common abbreviation (« cam. », « cf. », « pp. »), or when
 * the next word starts in lower case.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?…]+(?:[\s\u00A0\u202F]*[»”)\]])*(?=\s|$)/gu)) {
    const after = m.index + m[0].length;
    const next = /\S/u.exec(text.slice(after))?.[0];
    if (next && /\p{Ll}/u.test(next)) continue;
    if (m[0].startsWith('.')) {
      const word = /([\p{L}]+)$/u.exec(text.slice(0, m.index))?.[1] ?? '';
      if (/^\p{Lu}$/u.test(word) || ABREVIATIONS.has(word.toLowerCase())) continue;
    }
    ends.push(after);
  }
  return ends;
}

/**
 * Where the sentence around a stretch of a passage's plain text starts and ends (see
 * {@link sentenceEnds}; `blocks`, where blocks start, end sentences too), spaces trimmed.
 */
export function sentenceBounds(text: string, start: number, end = start, blocks: readonly number[] = []): { from: number; to: number } {
  const ends = [...sentenceEnds(text), ...blocks].sort((a, b) => a - b);
  let from = ends.filter((e) => e <= start).at(-1) ?? 0;
  let to = ends.find((e) => e >= end) ?? text.length;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { from, to };
}

/**
 * {@link plainText} with its spaces collapsed and trimmed — the text of a passage as the model
 * keeps it (`Passage.texte`) — and the located nodes' offsets in that text.
 */
export function plainTextCollapsed(node: Node, locate: (node: Node) => boolean = () => false): PlainText {
  const { text, spans, blocks } = plainText(node, locate);
  // New offset of each old one: a run of spaces counts as one, leading spaces as none.
  const map = new Array<number>(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    map[i] = out.length;
    const space = /\s/.test(text[i]!);
    if (!space) out += text[i];
    else if (out.length > 0 && !out.endsWith(' ')) out += ' ';
  }
  map[text.length] = out.length;
  const trimmed = out.replace(/ $/, '');
  const clamp = (n: number) => Math.min(n, trimmed.length);
  const located = new Map<Node, { start: number; end: number }>();
  for (const [n, { start, end }] of spans) located.set(n, { start: clamp(map[start]!), end: clamp(map[end]!) });
  return { text: trimmed, spans: located, blocks: blocks.map((b) => clamp(map[b]!)) };
}
