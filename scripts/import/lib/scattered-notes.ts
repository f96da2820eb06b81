/**
 * Scattered notes: a PDF extraction where note calls sit alone on their own lines and the notes'
 * text is dumped at the page ends, in the middle of the body's sentences.
 *
 * ```text
 * …de ce qui se passait au procès          body line
 * 2                                         call, alone on its line
 * . Je n’avais                              rest of the printed line
 *   Source : Archives…                      note block (a note that lost its number)
 *  2
 *  Le 1 / er / août 1936…                   numbered note (superscript broken onto its own line)
 *                                           a run of blank lines: page break
 * découlent non pas tant…                   the body's sentence goes on
 * ```
 *
 * The functions here (a) split the raw text into pages and, per page, body lines and note-block
 * lines; (b) mend the body across the removed note blocks; (c) attach each call to the word before
 * it (`Kamenev[^3]. Je partis`); (d) parse the note blocks into notes — numbered, continued across
 * a page break, or attributed by elimination when their number was lost; (e) report what cannot be
 * resolved: a call without any note text, a note cut short, and (by throwing) a note that cannot be
 * attributed.
 *
 * Nothing is invented and no word is changed, except that a word split by a line-end hyphen is
 * rejoined when the {@link HyphenJoiner} says so. What the source lacks is said with `:lacune[…]`.
 */

import type { HyphenJoiner } from './hyphenation.ts';
import { glue } from './reflow.ts';

export type { HyphenJoiner };

/** One line of the source, with its 1-based line number. */
export interface SourceLine {
  n: number;
  text: string;
}

/** A page of the source: its body lines (blank lines kept) and its note-block lines (blank lines dropped). */
export interface Page {
  body: SourceLine[];
  notes: SourceLine[];
}

/** A printed line of the body, rebuilt: a text line with its calls and the rest of the line after them. */
export interface PrintedLine {
  /** The text, calls written `[^n]`. */
  text: string;
  /** Source line number of the line's first fragment. */
  n: number;
  /** The note numbers called on this line, in order. */
  calls: number[];
  /** First line of its page: it continues the previous page's last line when that one was cut. */
  pageStart: boolean;
}

/** A note as found in the note blocks, before and after attribution. */
export interface ParsedNote {
  /** The printed number, or null when the extraction lost it. */
  number: number | null;
  /** Its lines, in order (several blocks when the note was cut by a page break). */
  lines: SourceLine[];
  /** How its number was found. */
  attribution: 'numérotée' | 'élimination';
  /** Index of the page whose note block holds its first line. */
  page: number;
}

/** A note definition ready for the Markdown, with what the source lacks. */
export interface NoteDefinition {
  number: number;
  /** Markdown text of the definition (after `[^n]: `). */
  markdown: string;
  etat: 'complète' | 'coupée' | 'manquante';
  attribution: 'numérotée' | 'élimination' | 'aucune';
  /** Source line numbers of its text (empty when missing). */
  lignes: number[];
}

/** The body and the notes of a source with scattered notes. */
export interface ScatteredNotes {
  pages: Page[];
  body: PrintedLine[];
  notes: NoteDefinition[];
  /** Things an editor should look at (attribution not forced, continuation across pages…). */
  remarques: string[];
}

export const LACUNE_NOTE_MANQUANTE = ':lacune[Le texte de cette note manque dans la source.]';
export const LACUNE_SUITE_MANQUANTE = ':lacune[La suite de cette note manque dans la source.]';

const SEPARATOR_MIN_LENGTH = 20;
const NUMBER_LINE = /^\s*(\d{1,3})\s*(,?)\s*$/;
/** Superscript endings the extraction broke onto their own line (`1` / `er`). */
const SUPERSCRIPT = /^(er|re|ère|e|ème|nd|nde|o)$/;
/** What a call's trailing fragment may start with when it is glued to the call. */
const PUNCTUATION_START = /^[.,;:!?)\]»…]/;

const isWhitespace = (text: string) => /^\s*$/.test(text);
const isBlank = (text: string) => isWhitespace(text) && text.length < SEPARATOR_MIN_LENGTH;
const isSeparator = (text: string) => isWhitespace(text) && text.length >= SEPARATOR_MIN_LENGTH;
const isNumber = (text: string) => NUMBER_LINE.test(text);
const isText = (text: string) => !isWhitespace(text) && !isNumber(text);
/** A note's first line when its number was lost: indented by two spaces or more. */
const isIndentedStart = (text: string) => /^\s{2,}\S/.test(text);
/** A line glued to the previous one by one space: the extraction lost the page's blank lines. */
const isSingleSpaceStart = (text: string) => /^ \S/.test(text);

/** The source's lines, numbered, with broken superscripts (`1` / `` / `er` / ` août`) put back. */
export function sourceLines(raw: string): SourceLine[] {
  const lines = raw.split(/\r?\n/).map((text, i) => ({ n: i + 1, text }));
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (SUPERSCRIPT.test(line.text)) {
      let p = out.length - 1;
      while (p >= 0 && isWhitespace(out[p]!.text)) p--;
      const prev = out[p];
      if (prev && /\d$/.test(prev.text)) {
        out.length = p + 1;
        prev.text += line.text;
        const next = lines[i + 1];
        if (next && isText(next.text)) {
          prev.text += next.text;
          i++;
        }
        continue;
      }
    }
    out.push({ ...line });
  }
  return out;
}

/** Index of the line ending the run of blank lines that starts at `i`, or -1 if it is not a page break. */
function pageBreakEnd(lines: SourceLine[], i: number): number {
  let j = i;
  while (j < lines.length && isBlank(lines[j]!.text)) j++;
  return j - i >= 2 ? j : -1;
}

/** Whether the number line at `i` is a call (in the body) rather than a note's number. */
function isCallAt(lines: SourceLine[], i: number): boolean {
  const line = lines[i]!;
  if (/^\s/.test(line.text)) return false;
  const prev = lines[i - 1];
  if (prev && isText(prev.text)) return true;
  let k = i + 1;
  while (k < lines.length && isBlank(lines[k]!.text) && k - i <= 2) k++;
  const next = lines[k];
  return !next || !isText(next.text) || PUNCTUATION_START.test(next.text.trimStart());
}

/** Whether the number line at `i`, met in the body, begins a note block. */
function startsNoteBlockWithNumber(lines: SourceLine[], i: number): boolean {
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (prev && !isWhitespace(prev.text)) return false;
  return !!next && isText(next.text) && !PUNCTUATION_START.test(next.text.trimStart());
}

/** From a glued line in the body: does what follows, up to the next page break, hold a call? */
function regionHasCall(lines: SourceLine[], i: number): boolean {
  for (let k = i; k < lines.length; k++) {
    if (pageBreakEnd(lines, k) !== -1) return false;
    if (isNumber(lines[k]!.text) && isCallAt(lines, k)) return true;
  }
  return false;
}

/**
 * (a) Split the raw text into pages, and each page into body lines and note-block lines.
 *
 * A page break is a run of two blank lines or more, or a line glued by one space to the previous
 * one (the extraction lost the blank lines). A note block begins with a separator line of spaces,
 * a line indented by two spaces (a note whose number was lost), a number line after a blank line
 * followed by the note's text, or a glued line when no call follows it before the next page break.
 * It lasts until the page break.
 */
export function splitPages(raw: string): Page[] {
  const lines = sourceLines(raw);
  const pages: Page[] = [{ body: [], notes: [] }];
  let page = pages[0]!;
  let inNotes = false;
  const newPage = () => {
    page = { body: [], notes: [] };
    pages.push(page);
    inNotes = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const end = pageBreakEnd(lines, i);
    if (end !== -1) {
      if (page.body.length || page.notes.length) newPage();
      i = end - 1;
      continue;
    }
    const prev = lines[i - 1];
    const glued = isText(line.text) && isSingleSpaceStart(line.text) && !!prev && isText(prev.text);
    if (inNotes) {
      if (glued) {
        newPage();
        page.body.push(line);
      } else if (!isWhitespace(line.text)) {
        page.notes.push(line);
      }
      continue;
    }
    if (isSeparator(line.text)) {
      inNotes = true;
      continue;
    }
    if (
      (isText(line.text) && isIndentedStart(line.text)) ||
      (isNumber(line.text) && !isCallAt(lines, i) && startsNoteBlockWithNumber(lines, i))
    ) {
      inNotes = true;
      page.notes.push(line);
      continue;
    }
    if (glued) {
      if (regionHasCall(lines, i)) {
        newPage();
        page.body.push(line);
      } else {
        inNotes = true;
        page.notes.push(line);
      }
      continue;
    }
    page.body.push(line);
  }
  if (!page.body.length && !page.notes.length) pages.pop();
  return pages;
}

/**
 * (c) Rebuild a page's printed lines: each call (a line holding only a number, maybe with a
 * comma) is attached to the word before it, and the rest of the printed line follows it:
 * `Kamenev` / `3` / `. Je partis` → `Kamenev[^3]. Je partis`.
 */
export function printedLines(body: SourceLine[]): PrintedLine[] {
  const out: PrintedLine[] = [];
  const nextNonBlank = (k: number) => {
    while (k < body.length && isWhitespace(body[k]!.text)) k++;
    return k;
  };
  let i = nextNonBlank(0);
  while (i < body.length) {
    const first = body[i]!;
    if (isNumber(first.text)) {
      throw new Error(`Ligne ${first.n} : appel de note « ${first.text.trim()} » sans mot auquel l'attacher.`);
    }
    const line: PrintedLine = { text: first.text.trim(), n: first.n, calls: [], pageStart: false };
    i = nextNonBlank(i + 1);
    while (i < body.length && isNumber(body[i]!.text)) {
      const [, number, comma] = NUMBER_LINE.exec(body[i]!.text)!;
      line.text = `${line.text.trimEnd()}[^${number}]${comma}`;
      line.calls.push(Number(number));
      const k = nextNonBlank(i + 1);
      const fragment = body[k];
      if (fragment && isText(fragment.text) && (/^\s/.test(fragment.text) || PUNCTUATION_START.test(fragment.text))) {
        const rest = fragment.text.trim();
        line.text += PUNCTUATION_START.test(rest) && !/^\s/.test(fragment.text) ? rest : ` ${rest}`;
        i = nextNonBlank(k + 1);
      } else {
        i = k;
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * (b) The body mended across the note blocks: the printed lines of all pages in order. The first
 * line of each page is marked `pageStart`; joining it to the line before (see {@link joinLines})
 * continues the sentence the note block or the page break cut.
 */
export function mendBody(pages: Page[]): PrintedLine[] {
  const out: PrintedLine[] = [];
  for (const page of pages) {
    const lines = printedLines(page.body);
    if (lines[0] && out.length) lines[0].pageStart = true;
    out.push(...lines);
  }
  return out;
}

/**
 * Join two lines of running text (see `glue` in reflow.ts): a word split by a line-end hyphen is
 * rejoined when `join` says so (`com-` + `plicité`), a real hyphen is kept (`Eux-` + `mêmes`), a dash
 * after a space stays a dash (`a priori -` + `démontrer`); otherwise one space.
 */
export function joinLines(left: string, right: string, join: HyphenJoiner): string {
  const a = left.trim();
  const b = right.trim();
  if (!a) return b;
  if (!b) return a;
  return glue(a, b, join);
}

/** Whether a note's text stops short (no closing punctuation): `… publié in`. */
export function looksUnfinished(text: string): boolean {
  return !/[.!?…»)”"]$/.test(text.trim());
}

/**
 * (d) Parse each page's note block into notes. A number line begins a numbered note; a line
 * indented by two spaces after some note text begins a note that lost its number; text before the
 * block's first note continues the previous block's last note when that one looks unfinished (cut
 * by the page break), and is otherwise a note that lost its number.
 */
export function parseNoteBlocks(pages: Page[], join: HyphenJoiner): ParsedNote[] {
  const notes: ParsedNote[] = [];
  let last: ParsedNote | undefined;
  pages.forEach((page, p) => {
    let current: ParsedNote | undefined;
    for (const line of page.notes) {
      const number = NUMBER_LINE.exec(line.text);
      if (number) {
        current = { number: Number(number[1]), lines: [], attribution: 'numérotée', page: p };
        notes.push(current);
        continue;
      }
      const startsNew = isIndentedStart(line.text) && (!current || current.lines.length > 0);
      if (!current && !startsNew && last && looksUnfinished(noteText(last, join))) {
        current = last;
      } else if (!current || startsNew) {
        current = { number: null, lines: [], attribution: 'élimination', page: p };
        notes.push(current);
      }
      current.lines.push(line);
    }
    if (current) last = current;
  });
  return notes;
}

/** The running text of a note (hyphenated words rejoined by `join`). */
export function noteText(note: ParsedNote, join: HyphenJoiner): string {
  return note.lines.reduce((text, line) => joinLines(text, line.text.trim(), join), '');
}

/**
 * (d) Give its number to each note that lost it, by elimination: the calls of the pages since the
 * previous note block that have no note yet, in order, kept between the numbers of the block's
 * numbered notes around it. Throws, naming the source line, when no call is left for a note.
 * Returns remarks when the choice was not forced (more free calls than notes without number).
 */
export function attributeByElimination(pages: Page[], notes: ParsedNote[], body: PrintedLine[]): string[] {
  const remarques: string[] = [];
  const taken = new Set<number>();
  for (const note of notes) {
    if (note.number == null) continue;
    if (taken.has(note.number)) {
      throw new Error(`Ligne ${note.lines[0]?.n ?? '?'} : la note ${note.number} figure deux fois dans la source.`);
    }
    taken.add(note.number);
  }
  const callsOfPage = pages.map((page) => {
    const lines = new Set(page.body.map((line) => line.n));
    return body.filter((line) => lines.has(line.n)).flatMap((line) => line.calls);
  });
  let from = 0;
  pages.forEach((page, p) => {
    if (!page.notes.length) return;
    const blockNotes = notes.filter((note) => note.page === p);
    const free = callsOfPage.slice(from, p + 1).flat().filter((n) => !taken.has(n));
    const lost = blockNotes.filter((note) => note.number == null);
    from = p + 1;
    if (!lost.length) return;
    let cursor = 0;
    for (const note of lost) {
      const index = blockNotes.indexOf(note);
      const before = blockNotes.slice(0, index).reverse().find((n) => n.number != null)?.number ?? -Infinity;
      const after = blockNotes.slice(index + 1).find((n) => n.number != null)?.number ?? Infinity;
      while (cursor < free.length && (taken.has(free[cursor]!) || free[cursor]! <= before)) cursor++;
      const candidate = free[cursor];
      if (candidate == null || candidate >= after) {
        const first = note.lines[0];
        throw new Error(
          `Ligne ${first?.n ?? '?'} : impossible d'attribuer la note sans numéro « ${first?.text.trim().slice(0, 60) ?? ''}… » ` +
            `(aucun appel sans note sur sa page${free.length ? ` : appels libres ${free.join(', ')}` : ''}).`,
        );
      }
      note.number = candidate;
      taken.add(candidate);
      cursor++;
    }
    const left = free.filter((n) => !taken.has(n));
    if (left.length) {
      remarques.push(
        `Lignes ${lost.map((n) => n.lines[0]?.n).join(', ')} : notes sans numéro attribuées à ${lost.map((n) => n.number).join(', ')} ` +
          `par ordre ; appels restés sans note sur la même page : ${left.join(', ')}.`,
      );
    }
  });
  return remarques;
}

/**
 * (e) The note definitions, one per call in numeric order: the note's text; the text that survives
 * followed by `:lacune[La suite…]` when it is cut; `:lacune[Le texte…]` when it is missing. Throws
 * for a note whose number no call bears.
 */
export function resolveNotes(notes: ParsedNote[], body: PrintedLine[], join: HyphenJoiner): NoteDefinition[] {
  const called = new Set(body.flatMap((line) => line.calls));
  const byNumber = new Map<number, ParsedNote>();
  for (const note of notes) {
    if (note.number == null || !called.has(note.number)) {
      const first = note.lines[0];
      throw new Error(`Ligne ${first?.n ?? '?'} : la note ${note.number ?? 'sans numéro'} « ${first?.text.trim().slice(0, 60) ?? ''}… » ne répond à aucun appel.`);
    }
    byNumber.set(note.number, note);
  }
  return [...called].sort((a, b) => a - b).map((number): NoteDefinition => {
    const note = byNumber.get(number);
    const text = note ? noteText(note, join) : '';
    if (!note || !text) {
      return { number, markdown: LACUNE_NOTE_MANQUANTE, etat: 'manquante', attribution: note?.attribution ?? 'aucune', lignes: note?.lines.map((l) => l.n) ?? [] };
    }
    const cut = looksUnfinished(text);
    return {
      number,
      markdown: cut ? `${text} ${LACUNE_SUITE_MANQUANTE}` : text,
      etat: cut ? 'coupée' : 'complète',
      attribution: note.attribution,
      lignes: note.lines.map((l) => l.n),
    };
  });
}

/** All of the above: pages, mended body with its calls, resolved notes, remarks. */
export function extractScatteredNotes(raw: string, join: HyphenJoiner): ScatteredNotes {
  const pages = splitPages(raw);
  const body = mendBody(pages);
  const parsed = parseNoteBlocks(pages, join);
  const remarques = attributeByElimination(pages, parsed, body);
  for (const note of parsed) {
    const pagesOf = new Set(note.lines.map((line) => pages.findIndex((page) => page.notes.includes(line))));
    if (pagesOf.size > 1) {
      remarques.push(`Note ${note.number} : reprise d'une page à l'autre (lignes ${note.lines[0]?.n}–${note.lines.at(-1)?.n}), à vérifier.`);
    }
  }
  const notes = resolveNotes(parsed, body, join);
  return { pages, body, notes, remarques };
}
