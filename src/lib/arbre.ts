/** Small helpers on mdast trees shared by the plugins. */
import type { Node } from 'unist';

/** What remark-passages writes on each passage node (paragraph, block quote, list item, note). */
export interface PassageData {
  /** Stable id of the passage (`p14`, `note-7`). */
  passage?: string;
}

/**
 * The id of the passage that holds a node: the nearest ancestor (or the node itself) on which
 * remark-passages recorded `data.passage`. `undefined` when the pipeline runs without passages
 * (unit tests of a single plugin).
 */
export function nearestPassage(ancestors: readonly Node[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const id = (ancestors[i]!.data as PassageData | undefined)?.passage;
    if (id) return id;
  }
  return undefined;
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

/** The sentence around a position of a passage's plain text (see {@link sentenceEnds}), trimmed. */
export function sentenceAround(text: string, start: number, end = start): string {
  const ends = sentenceEnds(text);
  const from = ends.filter((e) => e <= start).at(-1) ?? 0;
  const to = ends.find((e) => e >= end) ?? text.length;
  return text.slice(from, to).trim();
}
