/**
 * Note calls printed as plain digits glued to the preceding word or number (Werth's essay):
 * "communistes1," → "communistes[^1],", "193015." → "1930[^15].", "importants4. »" →
 * "importants[^4]. »", and the few printed after a space ("[...] 11. »", "tsar 37 »").
 *
 * Calls are numbered 1..N in reading order, so only the expected next number can be a call: a date
 * or a count is never taken for one ("1930" followed by "15" when 15 is the next call; "le 4 mai"
 * while call 5 is expected is left alone). A number glued to a letter that is not the expected call
 * means a call was lost or misread: the import stops with an error naming the source line, and so
 * it does when fewer calls than announced were found.
 */
import { lineAt, type Paragraph } from './reflow.ts';

export interface NoteCall {
  number: number;
  /** 1-based source line where the call is printed. */
  line: number;
}

export interface GluedCallsResult {
  /** The paragraphs' texts with `[^n]` calls. */
  texts: string[];
  calls: NoteCall[];
}

export class NoteCallError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'NoteCallError';
    this.line = line;
  }
}

export interface GluedCallsOptions {
  /** How many calls the text must have (error if fewer are found). */
  total?: number;
  /** First expected call number. Default 1. */
  first?: number;
  /** Name of the source file, for error messages. */
  file?: string;
}

const GLUE_BEFORE = /[\p{L}\p{M})\]».!?…]/u;
const AFTER_STANDALONE = /^(?:$|[.,;:!?)»]| »)/u;

/** Separate the glued note calls of a sequence of paragraphs (one text, in reading order). */
export function separateGluedCalls(paragraphs: Paragraph[], options: GluedCallsOptions = {}): GluedCallsResult {
  let expected = options.first ?? 1;
  const where = (line: number) => (options.file ? `${options.file}:${line}` : `line ${line}`);
  const calls: NoteCall[] = [];
  const texts: string[] = [];

  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    let out = '';
    let last = 0;
    for (const m of text.matchAll(/\d+/g)) {
      const start = m.index;
      const digits = m[0];
      const end = start + digits.length;
      const before = text.charAt(start - 1);
      const after = text.slice(end);
      const nextChar = after.charAt(0);
      if (/[\p{L}\p{N}]/u.test(nextChar)) continue; // "00447", "3ème": not a call
      const want = String(expected);
      const line = lineAt(paragraph, start);

      let callStart = -1; // offset in text where the call digits start
      let trimSpace = false;
      if (before !== '' && GLUE_BEFORE.test(before)) {
        if (digits === want) callStart = start;
        else if (/\p{L}/u.test(before)) {
          throw new NoteCallError(
            `${where(line)}: note call ${want} expected, found "${digits}" glued to "${text.slice(Math.max(0, start - 12), end)}" (a call is missing or out of sequence)`,
            line,
          );
        }
      } else if (/^\d{4}$/.test(digits.slice(0, -want.length)) && digits.length > 4 && digits.endsWith(want)) {
        const year = Number(digits.slice(0, 4));
        if (year >= 1000 && year <= 2099) callStart = start + 4; // "193015" = 1930 + call 15
      } else if (before === ' ' && digits === want && AFTER_STANDALONE.test(after)) {
        callStart = start; // "[...] 11. »", "tsar 37 »"
        const beforeSpace = text.charAt(start - 2);
        trimSpace = beforeSpace !== '' && !/[\]!\s]/u.test(beforeSpace);
      }
      if (callStart < 0) continue;

      out += text.slice(last, trimSpace ? callStart - 1 : callStart) + `[^${want}]`;
      last = end;
      calls.push({ number: expected, line });
      expected++;
    }
    texts.push(out + text.slice(last));
  }

  if (options.total !== undefined && calls.length !== options.total) {
    const lastCall = calls[calls.length - 1];
    const after = lastCall ? `after ${where(lastCall.line)}` : 'in the whole text';
    throw new NoteCallError(
      `note calls: found ${calls.length} of ${options.total}; call ${expected} not found ${after}`,
      lastCall?.line ?? paragraphs[0]?.line ?? 0,
    );
  }
  return { texts, calls };
}
