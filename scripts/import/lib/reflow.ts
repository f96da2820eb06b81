/**
 * Reflow raw PDF-extraction lines into paragraphs.
 *
 * - Page-break debris goes: blank lines, lines of only spaces, leading and trailing spaces, runs of
 *   spaces inside a line.
 * - Paragraph boundaries, by general rules (no line numbers):
 *   - a line that starts with a space and whose text does not start with a lowercase letter opens a
 *     paragraph (the printed first-line indent; " hérité de…" after a full line is a stray space);
 *   - when blank lines are meaningful (most printed lines are NOT followed by a blank line), a gap of
 *     blank lines closes the paragraph if the line before it ends a sentence (. ! ? : ; » … ) or is
 *     short; otherwise the gap is a page break inside a sentence, which is mended;
 *   - when blank lines are noise (most printed lines are followed by one), a paragraph ends after a
 *     short line that ends with sentence punctuation;
 *   - "short" means shorter than `shortRatio` (0.75) × the typical line length (75th percentile of
 *     the non-blank lines' lengths).
 * - Lines are joined with a space, except after a line-end hyphen: a letter + "-" asks the hyphen
 *   joiner (rejoin the word or keep the hyphen, no space either way); another character + "-"
 *   ("c.-" / "à-d.", "1936-" / "1938") keeps the hyphen without space; " -" is a dash (space kept).
 */
import type { HyphenJoiner } from './hyphenation.ts';

/** A reflowed paragraph, with its provenance for error messages. */
export interface Paragraph {
  text: string;
  /** 1-based source line of the paragraph's first line. */
  line: number;
  /** 1-based source line of its last line. */
  lastLine: number;
  /** The first line started with a space (printed indent). */
  indented: boolean;
  /** Where each source line starts in `text`, in increasing order. */
  segments: { offset: number; line: number }[];
}

export interface ReflowOptions {
  /** Source line number of `lines[0]` (1-based). Default 1. */
  firstLine?: number;
  /** Force the blank-line mode (default: detected). */
  blankLinesAreNoise?: boolean;
  /** Typical line length (default: 75th percentile of the non-blank lines). */
  typicalLength?: number;
  /** A line shorter than this fraction of the typical length is "short". Default 0.75. */
  shortRatio?: number;
  /** Told of every line-end hyphen decision (for reports). */
  onHyphen?: (info: { left: string; right: string; line: number; decision: 'join' | 'keep' }) => void;
}

const SENTENCE_END = /[.!?:;»…)\]]$/u;

/** The source line at a given offset of a paragraph's text. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.line;
  for (const s of paragraph.segments) {
    if (s.offset > offset) break;
    line = s.line;
  }
  return line;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Are blank lines noise (printed after almost every line) rather than paragraph/page breaks? */
export function blankLinesAreNoise(lines: string[]): boolean {
  let nonBlank = 0;
  let followedByBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? '').trim() === '') continue;
    nonBlank++;
    if (i + 1 < lines.length && (lines[i + 1] ?? '').trim() === '') followedByBlank++;
  }
  return nonBlank > 0 && followedByBlank / nonBlank > 0.5;
}

/** Glue the next line's text onto a paragraph's text, mending line-end hyphens. */
export function glue(previous: string, next: string, join: HyphenJoiner): string {
  if (/\p{L}-$/u.test(previous)) {
    const left = previous.slice(previous.lastIndexOf(' ') + 1);
    const right = next.split(' ')[0] ?? '';
    return join(left, right) === 'join' ? previous.slice(0, -1) + next : previous + next;
  }
  if (/[^\s]-$/u.test(previous)) return previous + next;
  return previous + ' ' + next;
}

/** Turn raw lines into paragraphs. */
export function reflow(lines: string[], join: HyphenJoiner, options: ReflowOptions = {}): Paragraph[] {
  const firstLine = options.firstLine ?? 1;
  const noise = options.blankLinesAreNoise ?? blankLinesAreNoise(lines);
  const cleaned = lines.map((raw) => raw.replace(/\s+/g, ' ').trim());
  const typical =
    options.typicalLength ?? percentile(cleaned.filter((l) => l !== '').map((l) => l.length), 0.75);
  const shortLimit = typical * (options.shortRatio ?? 0.75);
  const isShort = (text: string) => text.length < shortLimit;

  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  let previousText = '';
  let gap = 0;
  let previousLine = firstLine;

  for (let i = 0; i < lines.length; i++) {
    const text = cleaned[i] ?? '';
    if (text === '') {
      gap++;
      continue;
    }
    const line = firstLine + i;
    const indented = /^\s+\S/.test(lines[i] ?? '');
    const startsLowercase = /^\p{Ll}/u.test(text);
    const hyphenBreak = /\S-$/u.test(previousText);

    let opens = current === undefined;
    if (!opens && indented && !startsLowercase) opens = true;
    else if (!opens && !hyphenBreak) {
      if (noise) opens = SENTENCE_END.test(previousText) && isShort(previousText);
      else if (gap > 0) opens = SENTENCE_END.test(previousText) || isShort(previousText);
    }

    const hyphenLine = previousLine;
    const joinHere: HyphenJoiner = (left, right) => {
      const decision = join(left, right);
      options.onHyphen?.({ left, right, line: hyphenLine, decision });
      return decision;
    };

    if (opens || current === undefined) {
      current = { text, line, lastLine: line, indented, segments: [{ offset: 0, line }] };
      paragraphs.push(current);
    } else {
      const before = current.text;
      current.text = glue(before, text, joinHere);
      current.segments.push({ offset: current.text.length - text.length, line });
      current.lastLine = line;
    }
    previousText = text;
    previousLine = line;
    gap = 0;
  }
  return paragraphs;
}
