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

/**
 * The sentence around a position of a passage's plain text: from the previous sentence end to the
 * next one, trimmed. Abbreviated initials (« L. B. Kamenev ») do not end a sentence.
 */
export function sentenceAround(text: string, start: number, end = start): string {
  const isEnd = (i: number) => /[.!?…]/.test(text[i]!) && /\s/.test(text[i + 1] ?? ' ') && !/(^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i));
  let from = start;
  while (from > 0 && !isEnd(from - 1)) from--;
  let to = end;
  while (to < text.length && !isEnd(to)) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}
