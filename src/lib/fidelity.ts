/**
 * Fidelity alignment: checks that an edited text (`content/textes/*.md`) contains every word of
 * its source (`content/sources/*.txt`, a raw PDF extraction) and that every change is declared.
 *
 * Both sides are reduced to streams of *words* (runs of letters/digits with internal hyphens):
 * punctuation, quotes, apostrophes, brackets and whitespace only separate words, so typographic
 * changes (' → ’, "…" → «…», spacing) are not differences.
 *
 * The edition is read in its "source view": a `:corr[corrigé]{source="fautif"}` contributes the
 * words of its `source` attribute; `:lacune[…]` contributes nothing (the edition's own voice); a
 * footnote call `[^7]` contributes the word `7`; every footnote definition is a stream of its own.
 *
 * Alignment, in short:
 * 1. each footnote definition is located in the source (longest runs of matching words first, a
 *    note may be assembled from several pieces, e.g. cut by a page break) and its words are taken
 *    out of the source stream;
 * 2. the remaining source words are diffed (Myers, `diff` package) with the body words; a word the
 *    PDF split at a line end (`com-` / `plicité`) matches `complicité` (rejoined) or `com-plicité`
 *    (hyphen kept);
 * 3. each changed hunk is explained if the removed and added words spell the same letters once
 *    concatenated (hyphens aside): a note call glued to a word (`communistes1` → `communistes` +
 *    call `1`, `193015` → `1930` + call `15`) or a mere regrouping (`1` `er` → `1er`); anything
 *    else is an unexplained difference.
 *
 * Pure module: no file system access. See `scripts/fidelite.ts` for the command line.
 */
import { diffArrays } from 'diff';
import type { Nodes, Root } from 'mdast';
import type {} from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from './markdown.ts';
import { comparerParagraphes, debutDAlinea, estMarqueAlinea, type BilanParagraphes, type MarqueAlinea } from './fidelite-paragraphes.ts';
import { comparerPonctuation, PUCE } from './fidelite-ponctuation.ts';
import { directivesDeLEdition } from './voix-edition.ts';

// ---------------------------------------------------------------------------------------------
// Types

/** An inclusive, 1-based range of source lines. */
export type LineRange = readonly [number, number];

/** A word of the source. */
export interface SourceToken {
  /** The word as it reads once a line-end hyphen break is removed (`complicité`). */
  text: string;
  /** 1-based line of the source file where the word starts. */
  line: number;
  /** Present when the PDF split the word at a line end with a hyphen: `["com", "plicité"]`. */
  pieces?: string[];
  /**
   * The edition may glue this word to the previous one without a declared correction: a hyphen
   * stands between them (`67- 82`, `trotskyste -` / `zinoviéviste`), or it is an ordinal suffix
   * printed apart from its number (`1` / `er`).
   */
  joinable?: boolean;
  /** The signs printed between the previous word and this one, spaces left out (see fidelite-ponctuation.ts). */
  avant?: string;
  /** The first word of one of the source's paragraphs, as the source marks them (see fidelite-paragraphes.ts). */
  alinea?: boolean;
}

const ORDINAL_SUFFIX = /^(?:er|ère|re|e|ème|es|nd|nde)$/u;

/** A word of the edition (source view). */
export interface EditionToken {
  text: string;
  /** 1-based line in the Markdown file (approximate inside a paragraph: start line of the node). */
  line: number;
  /** `word`: ordinary text; `call`: a footnote call (its label); `corr`: a word of a `:corr` source. */
  kind: 'word' | 'call' | 'corr';
  /** Index in {@link EditionWords.corrections} for `corr` words. */
  corr?: number;
  /** The signs between the previous word of the stream and this one, spaces left out; unknown after a list number. */
  avant?: string;
  /** The first word of a block of the edition: its kind (`paragraph`, `heading`, `listItem`, `::date`…). */
  bloc?: string;
  /** The reason given with `:alinea{motif="…"}` for a block the source does not begin there. */
  alineaDeclare?: string;
  /** The reason given with `:suite{motif="…"}` for a paragraph mark of the source that is none (a page break). */
  suiteDeclaree?: string;
}

/** A declared correction (`:corr[edition]{source="…" motif="…"}`). */
export interface Correction {
  /** The source form (the `source` attribute). */
  source: string;
  /** The corrected form shown to readers. */
  edition: string;
  motif?: string;
  /** Line of the directive in the Markdown file. */
  editionLine: number;
  /** Line of the source where the source form was found (after {@link align}). */
  sourceLine?: number;
  /** Where the directive sits: in the body or a note (its label), before the word at `index`. */
  position?: { note?: string; index: number };
}

/** One footnote definition as a word stream. */
export interface NoteStream {
  label: string;
  line: number;
  tokens: EditionToken[];
}

/** The edition split into word streams. */
export interface EditionWords {
  body: EditionToken[];
  notes: NoteStream[];
  corrections: Correction[];
  /** Problems found while reading (e.g. a `:corr` without `source`). */
  errors: Difference[];
}

/** A word the PDF had split at a line end, rejoined by the edition. */
export interface Rejoined {
  /** The source form, the break shown as `|`: `com-|plicité`. */
  source: string;
  edition: string;
  line: number;
}

/** A difference between source and edition. */
export interface Difference {
  /** Source line (1-based) where the difference is, or the nearest line. */
  line: number;
  /** The source words concerned (space separated, possibly shortened with `…`). */
  source: string;
  /** The edition words concerned (source view). */
  edition: string;
  /** A few source words around the difference, the difference between `[` `]`. */
  context: string;
  /** Line in the Markdown file, when known. */
  editionLine?: number;
  /** Why it is reported (French, for the report). */
  reason: string;
}

/** The result of {@link align}. */
export interface FidelityReport {
  /** Words in the source lines of the text. */
  sourceWords: number;
  /** Words of the edition (source view: body and notes, calls included, `:lacune` excluded). */
  editionWords: number;
  /** Words split at a line end by the PDF and written whole by the edition. */
  rejoined: Rejoined[];
  /** Words split at a line end whose hyphen the edition kept (`eux-mêmes`). */
  hyphenKept: number;
  /** Declared corrections. */
  corrections: Correction[];
  /** Note calls glued to a word in the source and detached by the edition. */
  detachedCalls: number;
  /** Footnote definitions located in the source and taken out of the running text. */
  notesMoved: number;
  /** Words the edition regrouped or split without changing a letter (`1` `er` → `1er`). */
  regrouped: number;
  /** Places where the signs between two words were compared with the source's. */
  ponctuationComparee: number;
  /** Paragraphs compared with the source's (see fidelite-paragraphes.ts); `verifies` is false when the source does not mark them. */
  paragraphes: BilanParagraphes;
  /** Differences that no rule explains: must be empty for a faithful text. */
  unexplained: Difference[];
}

/** Where a text comes from, as declared in its front matter. */
export interface SourceRef {
  fichier: string;
  lignes: LineRange[];
  /** How the source marks its paragraphs, when it does (see fidelite-paragraphes.ts). */
  alineas?: MarqueAlinea;
}

// ---------------------------------------------------------------------------------------------
// Words

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** A word, possibly split by line-end hyphens (`-` + spaces + newline(s) + spaces). */
const SOURCE_WORD = /[\p{L}\p{N}]+(?:(?:-[^\S\n]*(?:\n\s*)+|-)[\p{L}\p{N}]+)*/gu;
const LINE_BREAK_HYPHEN = /-[^\S\n]*(?:\n\s*)+/u;

/** Split a string into words (letters/digits with internal hyphens). */
export function words(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).slice();
}

/**
 * The words of the source lines in `ranges` (all lines when omitted), each with its line number.
 * A word split at a line end by a hyphen is one token carrying its `pieces`.
 */
export function sourceWords(text: string, ranges?: readonly LineRange[], alineas?: MarqueAlinea): SourceToken[] {
  const lines = text.normalize('NFC').split(/\r?\n/);
  const spans = ranges && ranges.length > 0 ? ranges : [[1, lines.length] as const];
  const tokens: SourceToken[] = [];
  let reste = '';
  for (const [start, end] of spans) {
    const first = Math.max(1, start);
    const last = Math.min(lines.length, end);
    if (last < first) continue;
    const chunk = lines.slice(first - 1, last);
    const starts: number[] = [];
    let offset = 0;
    for (const l of chunk) {
      starts.push(offset);
      offset += l.length + 1;
    }
    const joined = chunk.join('\n');
    let previousEnd = -1;
    for (const m of joined.matchAll(SOURCE_WORD)) {
      const line = first + lastIndexAtMost(starts, m.index);
      const raw = m[0];
      const previous = previousEnd >= 0 ? tokens.at(-1) : undefined;
      const between = previousEnd >= 0 ? joined.slice(previousEnd, m.index) : reste + joined.slice(0, m.index);
      const joinable = previous !== undefined && (between.includes('-') || (/^\d+$/.test(previous.text) && /^\s*$/.test(between) && ORDINAL_SUFFIX.test(raw)));
      previousEnd = m.index + raw.length;
      const token: SourceToken = LINE_BREAK_HYPHEN.test(raw)
        ? (() => { const pieces = raw.split(new RegExp(LINE_BREAK_HYPHEN.source, 'u')); return { text: pieces.join(''), line, pieces }; })()
        : { text: raw, line };
      if (joinable) token.joinable = true;
      // The first word of a range follows the signs left at the end of the previous range.
      token.avant = signes(between);
      if (alineas && debutDAlinea(chunk, starts, m.index, line - first, alineas)) token.alinea = true;
      tokens.push(token);
    }
    reste = previousEnd >= 0 ? joined.slice(previousEnd) : reste + joined;
  }
  return tokens;
}

function lastIndexAtMost(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The signs of a stretch of text: everything but spaces (punctuation, quotes, brackets…). */
function signes(text: string): string {
  return text.replace(/\s+/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Edition

/**
 * The words of an edition Markdown file, in reading order: the body stream, one stream per
 * footnote definition, the declared corrections.
 */
export function editionWords(markdown: string): EditionWords {
  const tree: Root = parseMarkdown(markdown);
  const result: EditionWords = { body: [], notes: [], corrections: [], errors: [] };

  // The signs met since the last word of each stream (null: unknown, after a list number).
  const enAttente = new Map<EditionToken[], string | null>();
  // The block whose first word is still to come, in each stream, and its declared paragraph break.
  const blocEnAttente = new Map<EditionToken[], { bloc: string; declare?: string }>();
  const suiteEnAttente = new Map<EditionToken[], string>();
  const prendreSignes = (out: EditionToken[], token: EditionToken, ajout: string) => {
    const attente = enAttente.get(out);
    if (attente !== null) token.avant = signes((attente ?? '') + ajout);
    enAttente.set(out, '');
    const suite = suiteEnAttente.get(out);
    if (suite !== undefined) {
      token.suiteDeclaree = suite;
      suiteEnAttente.delete(out);
    }
    const bloc = blocEnAttente.get(out);
    if (bloc) {
      token.bloc = bloc.bloc;
      if (bloc.declare !== undefined) token.alineaDeclare = bloc.declare;
      blocEnAttente.delete(out);
    }
  };
  const ouvrirBloc = (out: EditionToken[], bloc: string, remplacer: boolean) => {
    if (remplacer || !blocEnAttente.has(out)) blocEnAttente.set(out, { bloc });
  };
  const push = (out: EditionToken[], text: string, line: number, kind: EditionToken['kind'], corr?: number) => {
    // Approximate line: count newlines before each word inside the node's text.
    let cursor = 0;
    let currentLine = line;
    let fin = 0;
    const normalised = text.normalize('NFC');
    for (const m of normalised.matchAll(WORD)) {
      for (let k = cursor; k < m.index; k++) if (text[k] === '\n') currentLine++;
      cursor = m.index;
      const token: EditionToken = { text: m[0], line: currentLine, kind };
      if (corr !== undefined) token.corr = corr;
      prendreSignes(out, token, normalised.slice(fin, m.index));
      fin = m.index + m[0].length;
      out.push(token);
    }
    const attente = enAttente.get(out);
    if (attente !== null) enAttente.set(out, (attente ?? '') + normalised.slice(fin));
  };

  let currentNote: string | undefined;
  const visit = (node: Nodes, out: EditionToken[]): void => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell') ouvrirBloc(out, node.type, true);
    else if (node.type === 'paragraph') ouvrirBloc(out, 'paragraph', false);
    else if (node.type === 'leafDirective') ouvrirBloc(out, `::${node.name}`, true);
    switch (node.type) {
      case 'yaml':
      case 'image':
      case 'imageReference':
      case 'definition':
        return;
      case 'text':
      case 'inlineCode':
      case 'code':
        push(out, node.value, line, 'word');
        return;
      case 'html':
        push(out, node.value.replace(/<[^>]*>/g, ' '), line, 'word');
        return;
      case 'footnoteReference': {
        const token: EditionToken = { text: node.label ?? node.identifier, line, kind: 'call' };
        prendreSignes(out, token, '');
        out.push(token);
        return;
      }
      case 'list':
        // An ordered list's numbers are words of the source (« 1) », « 2. ») that Markdown turns into markers.
        node.children.forEach((item, i) => {
          if (node.ordered) {
            const token: EditionToken = { text: String((node.start ?? 1) + i), line: item.position?.start.line ?? line, kind: 'word' };
            prendreSignes(out, token, '');
            out.push(token);
            // The marker's own sign (« 1) », « 2. ») is Markdown syntax, not text: not compared.
            enAttente.set(out, null);
          } else {
            const attente = enAttente.get(out);
            if (attente !== null) enAttente.set(out, (attente ?? '') + PUCE);
          }
          visit(item, out);
        });
        return;
      case 'footnoteDefinition': {
        const note: NoteStream = { label: node.label ?? node.identifier, line, tokens: [] };
        result.notes.push(note);
        currentNote = note.label;
        for (const child of node.children) visit(child, note.tokens);
        currentNote = undefined;
        return;
      }
      case 'textDirective':
      case 'leafDirective':
      case 'containerDirective': {
        if (directivesDeLEdition.has(node.name)) return;
        if (node.name === 'alinea' && node.type === 'textDirective') {
          // `:alinea{motif="…"}`: the block it opens is a paragraph the source does not mark.
          const bloc = blocEnAttente.get(out);
          if (bloc) bloc.declare = node.attributes?.motif ?? '';
          return;
        }
        if (node.name === 'suite' && node.type === 'textDirective') {
          // `:suite{motif="…"}`: the source marks a paragraph before the next word, and it is none.
          suiteEnAttente.set(out, node.attributes?.motif ?? '');
          return;
        }
        if (node.name === 'corr' && node.type !== 'containerDirective') {
          const source = node.attributes?.source;
          const edition = toString(node);
          if (source === undefined || source === null) {
            result.errors.push({
              line: 0,
              source: '',
              edition,
              context: '',
              editionLine: line,
              reason: `:corr sans attribut source (ligne ${line} du texte)`,
            });
            return;
          }
          const correction: Correction = { source, edition, editionLine: line, position: { index: out.length } };
          if (currentNote) correction.position!.note = currentNote;
          const motif = node.attributes?.motif;
          if (motif) correction.motif = motif;
          result.corrections.push(correction);
          push(out, source, line, 'corr', result.corrections.length - 1);
          return;
        }
        for (const child of node.children) visit(child, out);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes, out);
    }
  };

  for (const child of tree.children) visit(child, result.body);
  return result;
}

/** The `source` of an edition's front matter (`lignes` as `[a, b]` or `[[a, b], …]`), if any. */
export function frontMatterSource(markdown: string): SourceRef | undefined {
  const tree = parseMarkdown(markdown);
  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (!yaml || yaml.type !== 'yaml') return undefined;
  const data: unknown = parseYaml(yaml.value);
  if (!isRecord(data) || !isRecord(data.source)) return undefined;
  const { fichier, lignes, alineas } = data.source;
  const ranges = normaliseRanges(lignes);
  if (typeof fichier !== 'string' || !ranges) return undefined;
  return { fichier, lignes: ranges, ...(estMarqueAlinea(alineas) ? { alineas } : {}) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `[a, b]` or `[[a, b], …]`, 1-based and in order; anything else is no usable range (undefined). */
function normaliseRanges(value: unknown): LineRange[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const liste: unknown[] = value.length === 2 && value.every((v) => typeof v === 'number') ? [value] : value;
  const ranges: LineRange[] = [];
  for (const r of liste) {
    if (!Array.isArray(r) || r.length !== 2 || !Number.isInteger(r[0]) || !Number.isInteger(r[1]) || r[0] < 1 || r[1] < r[0]) return undefined;
    ranges.push([r[0], r[1]]);
  }
  return ranges.length > 0 ? ranges : undefined;
}

// ---------------------------------------------------------------------------------------------
// Comparison

type Match = 'equal' | 'rejoined' | 'kept';

/** How an edition word matches a source word, or `null`. */
function compare(s: SourceToken, e: EditionToken): Match | null {
  if (s.pieces) {
    if (e.text === s.text) return 'rejoined';
    if (e.text === s.pieces.join('-')) return 'kept';
    return null;
  }
  return s.text === e.text ? 'equal' : null;
}

/** Letters only, for the "same letters once concatenated" rule. */
const squash = (text: string) => text.replace(/-/g, '');

interface Tally {
  rejoined: Rejoined[];
  hyphenKept: number;
  detachedCalls: number;
  regrouped: number;
}

function record(tally: Tally, s: SourceToken, e: EditionToken, how: Match): void {
  if (how === 'rejoined') tally.rejoined.push({ source: s.pieces!.join('-|'), edition: e.text, line: s.line });
  else if (how === 'kept') tally.hyphenKept++;
}

/**
 * Explain a changed hunk: removed source words `R`, added edition words `A`. Succeeds when both
 * can be cut into consecutive groups that spell the same letters (hyphens aside). Groups whose
 * edition side holds a note call are detached calls; the others are regroupings.
 */
function explainHunk(R: SourceToken[], A: EditionToken[]): { calls: number; regrouped: number } | null {
  if (R.length === 0 || A.length === 0) return null;
  let i = 0;
  let j = 0;
  let calls = 0;
  let regrouped = 0;
  while (i < R.length && j < A.length) {
    const groupStart = i;
    const groupEditionStart = j;
    let rs = squash(R[i++]!.text);
    let as = squash(A[j]!.text);
    let groupCalls = A[j++]!.kind === 'call' ? 1 : 0;
    while (rs !== as) {
      if (rs.length < as.length && as.startsWith(rs) && i < R.length) rs += squash(R[i++]!.text);
      else if (as.length < rs.length && rs.startsWith(as) && j < A.length) {
        if (A[j]!.kind === 'call') groupCalls++;
        as += squash(A[j++]!.text);
      } else return null;
    }
    const single = groupCalls === 0 && i - groupStart === 1 && j - groupEditionStart === 1;
    if (groupCalls > 0) calls += groupCalls;
    else if (!(single && compare(R[i - 1]!, A[j - 1]!))) {
      // Only a join the source itself suggests (a hyphen between the words, an ordinal suffix) is
      // a regrouping; splitting a word or gluing two words is a correction and must be declared.
      const join = j - groupEditionStart === 1 && R.slice(groupStart + 1, i).every((t) => t.joinable);
      if (!join) return null;
      regrouped++;
    }
  }
  return i === R.length && j === A.length ? { calls, regrouped } : null;
}

const MAX_SHOWN = 14;

function showWords(list: string[]): string {
  return list.length > MAX_SHOWN
    ? `${list.slice(0, MAX_SHOWN / 2).join(' ')} … ${list.slice(-MAX_SHOWN / 2).join(' ')} (${list.length} mots)`
    : list.join(' ');
}

function sourceForm(s: SourceToken): string {
  return s.pieces ? s.pieces.join('-|') : s.text;
}

function contextAround(all: SourceToken[], from: number, to: number): string {
  const before = all.slice(Math.max(0, from - 5), from).map(sourceForm).join(' ');
  const inside = showWords(all.slice(from, to).map(sourceForm));
  const after = all.slice(to, to + 5).map(sourceForm).join(' ');
  return `${before} [${inside}] ${after}`.trim();
}

// ---------------------------------------------------------------------------------------------
// Locating notes

/** Options of {@link align}. */
export interface AlignOptions {
  /** Minimum length of a note piece found anywhere in the source (default 3). */
  minPiece?: number;
  /** Length from which a further piece of a note may be far from its other pieces (default 8). */
  longPiece?: number;
  /** How far (in source words) a short further piece may be from the others (default 1500). */
  window?: number;
}

interface Piece {
  dStart: number;
  dEnd: number;
  sStart: number;
  sEnd: number;
}

interface NoteState {
  note: NoteStream;
  pieces: Piece[];
  /** Source positions claimed by this note (pieces, label, gaps). */
  claimed: number[];
  /** Edition positions explained (matched or explained by regrouping). */
  done: boolean[];
  /** For each edition position, the source position it was aligned with (if any). */
  sourceAt: (number | undefined)[];
}

/** Source form → positions, with split words under both their rejoined and hyphen-kept forms. */
function indexSource(source: SourceToken[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (key: string, p: number) => {
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  };
  source.forEach((s, p) => {
    add(s.text, p);
    if (s.pieces) add(s.pieces.join('-'), p);
  });
  return index;
}

function unmatchedIntervals(done: boolean[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  while (k < done.length) {
    if (done[k]) {
      k++;
      continue;
    }
    const start = k;
    while (k < done.length && !done[k]) k++;
    out.push([start, k]);
  }
  return out;
}

/**
 * Locate every note in the source: greedy, longest acceptable run first over all notes; then
 * the note's label just before its first piece, the small gaps between pieces and unmatched
 * edges (explained if they spell the same letters). Marks claimed positions as unavailable.
 */
function locateNotes(
  source: SourceToken[],
  notes: NoteStream[],
  available: boolean[],
  tally: Tally,
  unexplained: Difference[],
  options: Required<AlignOptions>,
): NoteState[] {
  const index = indexSource(source);
  const states: NoteState[] = notes.map((note) => ({
    note,
    pieces: [],
    claimed: [],
    done: note.tokens.map(() => false),
    sourceAt: note.tokens.map(() => undefined),
  }));

  const near = (state: NoteState, run: Piece): boolean =>
    state.pieces.some((p) => {
      if (run.dStart >= p.dEnd) return run.sStart >= p.sEnd && run.sStart - p.sEnd <= options.window;
      if (run.dEnd <= p.dStart) return run.sEnd <= p.sStart && p.sStart - run.sEnd <= options.window;
      return false;
    });

  const precededByLabel = (state: NoteState, run: Piece): boolean =>
    run.dStart === 0 && run.sStart > 0 && available[run.sStart - 1]! && source[run.sStart - 1]!.text === state.note.label;

  const acceptable = (state: NoteState, run: Piece, whole: boolean): boolean => {
    const len = run.dEnd - run.dStart;
    if (state.pieces.length === 0) {
      return len >= options.minPiece || (len === state.note.tokens.length && precededByLabel(state, run));
    }
    if (len >= options.longPiece) return true;
    return (len >= options.minPiece || whole) && near(state, run);
  };

  /** Best acceptable run for one note, scored by length, then label, then position. */
  const bestRun = (state: NoteState): { run: Piece; score: number } | null => {
    const d = state.note.tokens;
    let best: { run: Piece; score: number } | null = null;
    for (const [a, b] of unmatchedIntervals(state.done)) {
      for (let i = a; i < b; i++) {
        const candidates = index.get(d[i]!.text);
        if (!candidates) continue;
        for (const p of candidates) {
          if (!available[p]) continue;
          // Only maximal runs: skip a start that extends one to its left.
          if (i > a && p > 0 && available[p - 1] && compare(source[p - 1]!, d[i - 1]!)) continue;
          let len = 0;
          while (i + len < b && p + len < source.length && available[p + len] && compare(source[p + len]!, d[i + len]!)) len++;
          if (len === 0) continue;
          const run: Piece = { dStart: i, dEnd: i + len, sStart: p, sEnd: p + len };
          const whole = i === a && i + len === b;
          if (!acceptable(state, run, whole)) continue;
          const score = len * 4 + (precededByLabel(state, run) ? 2 : 0) + (near(state, run) ? 1 : 0);
          if (!best || score > best.score) best = { run, score };
        }
      }
    }
    return best;
  };

  const cache = new Map<NoteState, { run: Piece; score: number } | null>();
  for (;;) {
    let chosen: NoteState | undefined;
    let chosenRun: { run: Piece; score: number } | null = null;
    for (const state of states) {
      if (!cache.has(state)) cache.set(state, bestRun(state));
      const r = cache.get(state)!;
      if (r && (!chosenRun || r.score > chosenRun.score)) {
        chosen = state;
        chosenRun = r;
      }
    }
    if (!chosen || !chosenRun) break;
    const { run } = chosenRun;
    for (let k = 0; k < run.dEnd - run.dStart; k++) {
      const s = source[run.sStart + k]!;
      const e = chosen.note.tokens[run.dStart + k]!;
      record(tally, s, e, compare(s, e)!);
      available[run.sStart + k] = false;
      chosen.claimed.push(run.sStart + k);
      chosen.done[run.dStart + k] = true;
      chosen.sourceAt[run.dStart + k] = run.sStart + k;
    }
    chosen.pieces.push(run);
    // Invalidate this note and any note whose best run used the positions just taken.
    for (const [state, r] of cache) {
      if (state === chosen || (r && r.run.sStart < run.sEnd && run.sStart < r.run.sEnd)) cache.delete(state);
    }
  }

  for (const state of states) {
    const d = state.note.tokens;
    if (state.pieces.length === 0) {
      if (d.length > 0) {
        unexplained.push({
          line: 0,
          source: '',
          edition: showWords(d.map((t) => t.text)),
          context: '',
          editionLine: state.note.line,
          reason: `note [^${state.note.label}] introuvable dans la source`,
        });
      }
      continue;
    }
    state.pieces.sort((x, y) => x.dStart - y.dStart);
    // Pieces that follow each other in the note and sit close in the source: the words between
    // them (on either side) belong to the note; explained if they spell the same letters.
    for (let n = 0; n + 1 < state.pieces.length; n++) {
      const p1 = state.pieces[n]!;
      const p2 = state.pieces[n + 1]!;
      const dGap = p2.dStart - p1.dEnd;
      const sGap = p2.sStart - p1.sEnd;
      if (sGap < 0 || sGap > 3 * dGap + 3 || (sGap === 0 && dGap === 0)) continue;
      const positions = range(p1.sEnd, p2.sStart).filter((p) => available[p]);
      const words = d.slice(p1.dEnd, p2.dStart);
      const how = explainHunk(positions.map((p) => source[p]!), words);
      claim(state, positions, available);
      for (let q = p1.dEnd; q < p2.dStart; q++) {
        state.done[q] = true;
        state.sourceAt[q] = positions[0] ?? p1.sEnd - 1;
      }
      if (how) {
        tally.regrouped += how.regrouped;
        tally.detachedCalls += how.calls;
      } else {
        unexplained.push(noteDifference(state, source, p1.sEnd, positions, words, 'note différente de la source'));
      }
    }
    // Remaining unmatched words (edges, or the ends of a note cut far apart): extend the
    // neighbouring piece over source words that spell the same letters.
    let start = state.pieces[0]!.dStart === 0 ? state.pieces[0]!.sStart : -1;
    for (const [a, b] of unmatchedIntervals(state.done)) {
      const before = state.pieces.filter((p) => p.dEnd <= a).at(-1);
      const after = state.pieces.find((p) => p.dStart >= b);
      const words = d.slice(a, b);
      let explained = false;
      if (before) explained = extend(state, words, before.sEnd, +1) !== undefined;
      if (!explained && after) {
        const from = extend(state, words, after.sStart - 1, -1);
        explained = from !== undefined;
        if (from !== undefined && a === 0) start = from;
      }
      if (!explained) {
        const at = before ? before.sEnd : after ? after.sStart : 0;
        unexplained.push({
          line: source[Math.max(0, at - (before ? 1 : 0))]?.line ?? 0,
          source: '',
          edition: showWords(words.map((t) => t.text)),
          context: contextAround(source, at, at),
          editionLine: words[0]!.line,
          reason: `mots de la note [^${state.note.label}] absents de la source`,
        });
      }
    }
    // The note's own label, printed just before its text.
    if (start > 0 && available[start - 1] && source[start - 1]!.text === state.note.label) claim(state, [start - 1], available);
  }

  /** Consume source words from `start` in direction `dir` while they spell `words`. */
  function extend(state: NoteState, words: EditionToken[], start: number, dir: 1 | -1): number | undefined {
    const target = squash(words.map((w) => w.text).join(''));
    let acc = '';
    const positions: number[] = [];
    for (let p = start; p >= 0 && p < source.length && available[p] && positions.length <= 3 * words.length + 3; p += dir) {
      acc = dir > 0 ? acc + squash(source[p]!.text) : squash(source[p]!.text) + acc;
      positions.push(p);
      if (acc === target) {
        const R = (dir > 0 ? positions : [...positions].reverse()).map((q) => source[q]!);
        const how = explainHunk(R, words);
        if (!how) return undefined;
        tally.regrouped += how.regrouped;
        tally.detachedCalls += how.calls;
        claim(state, positions, available);
        const from = Math.min(...positions);
        for (const w of words) state.sourceAt[state.note.tokens.indexOf(w)] = from;
        return from;
      }
      if (dir > 0 ? !target.startsWith(acc) : !target.endsWith(acc)) return undefined;
    }
    return undefined;
  }

  return states;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

function claim(state: NoteState, positions: number[], available: boolean[]): void {
  for (const p of positions) {
    available[p] = false;
    state.claimed.push(p);
  }
}

function noteDifference(state: NoteState, source: SourceToken[], at: number, positions: number[], words: EditionToken[], reason: string): Difference {
  const from = positions[0] ?? at;
  return {
    line: source[Math.min(from, source.length - 1)]?.line ?? 0,
    source: showWords(positions.map((p) => sourceForm(source[p]!))),
    edition: showWords(words.map((t) => t.text)),
    context: contextAround(source, from, positions.length ? positions.at(-1)! + 1 : from),
    editionLine: words[0]?.line ?? state.note.line,
    reason: `${reason} [^${state.note.label}]`,
  };
}

// ---------------------------------------------------------------------------------------------
// Alignment

/**
 * Align an edition with its source.
 * @param source the source file's text and the line ranges the edition comes from (all lines if
 *   `ranges` is omitted or empty)
 * @param markdown the edition's Markdown
 */
export function align(source: { text: string; ranges?: readonly LineRange[]; alineas?: MarqueAlinea }, markdown: string, options: AlignOptions = {}): FidelityReport {
  const opts: Required<AlignOptions> = { minPiece: 3, longPiece: 8, window: 1500, ...options };
  // How the source marks its paragraphs: given, or declared in the text's front matter.
  const alineas = source.alineas ?? frontMatterSource(markdown)?.alineas;
  const src = sourceWords(source.text, source.ranges, alineas);
  const rawLines = source.text.normalize('NFC').split(/\r?\n/);
  const edition = editionWords(markdown);
  const tally: Tally = { rejoined: [], hyphenKept: 0, detachedCalls: 0, regrouped: 0 };
  const unexplained: Difference[] = [...edition.errors];
  const available = src.map(() => true);

  // (1) notes out of the running text
  const notes = locateNotes(src, edition.notes, available, tally, unexplained, opts);

  // (2) diff the remaining source words with the body
  const remaining: number[] = [];
  available.forEach((ok, p) => {
    if (ok) remaining.push(p);
  });
  type Item = { side: 's'; p: number } | { side: 'e'; j: number };
  const left: Item[] = remaining.map((p) => ({ side: 's', p }));
  const right: Item[] = edition.body.map((_, j) => ({ side: 'e', j }));
  const matchItems = (x: Item, y: Item): Match | null => {
    const s = x.side === 's' ? x : y.side === 's' ? y : undefined;
    const e = x.side === 'e' ? x : y.side === 'e' ? y : undefined;
    if (!s || s.side !== 's' || !e || e.side !== 'e') return null;
    return compare(src[s.p]!, edition.body[e.j]!);
  };
  const changes = diffArrays(left, right, { comparator: (x, y) => matchItems(x, y) !== null });

  // (3) walk the changes, explaining hunks
  const corrState = edition.corrections.map(() => ({ ok: true, line: 0 }));
  const noteCorr = (e: EditionToken, s: SourceToken | undefined, ok: boolean) => {
    if (e.corr === undefined) return;
    const st = corrState[e.corr]!;
    if (!ok) st.ok = false;
    if (s && !st.line) st.line = s.line;
  };
  const bodySource: (number | undefined)[] = edition.body.map(() => undefined);
  const rest = remaining.map((p) => src[p]!);
  let i = 0; // index in remaining
  let j = 0; // index in body
  let k = 0;
  while (k < changes.length) {
    const change = changes[k]!;
    if (!change.added && !change.removed) {
      for (let c = 0; c < change.count; c++) {
        const s = src[remaining[i]!]!;
        const e = edition.body[j]!;
        record(tally, s, e, compare(s, e)!);
        noteCorr(e, s, true);
        bodySource[j] = remaining[i];
        i++;
        j++;
      }
      k++;
      continue;
    }
    // A hunk: consecutive removed/added changes.
    const rFrom = i;
    const eFrom = j;
    while (k < changes.length && (changes[k]!.added || changes[k]!.removed)) {
      if (changes[k]!.removed) i += changes[k]!.count;
      else j += changes[k]!.count;
      k++;
    }
    const R = remaining.slice(rFrom, i).map((p) => src[p]!);
    const A = edition.body.slice(eFrom, j);
    const how = explainHunk(R, A);
    if (how) {
      tally.detachedCalls += how.calls;
      tally.regrouped += how.regrouped;
      for (const e of A) noteCorr(e, R[0], true);
      for (let q = eFrom; q < j; q++) bodySource[q] = remaining[rFrom];
      continue;
    }
    const at = rFrom < remaining.length ? remaining[rFrom]! : src.length;
    const lineTok = R[0] ?? src[remaining[rFrom - 1] ?? -1] ?? src[at];
    for (const e of A) noteCorr(e, undefined, false);
    const corrs = [...new Set(A.filter((e) => e.corr !== undefined).map((e) => e.corr!))];
    unexplained.push({
      line: lineTok?.line ?? 0,
      source: showWords(R.map(sourceForm)),
      edition: showWords(A.map((t) => t.text)),
      context: contextAround(rest, rFrom, i),
      editionLine: A[0]?.line ?? edition.body[eFrom - 1]?.line,
      reason:
        corrs.length > 0
          ? `forme source d'une correction introuvable à cet endroit : ${corrs.map((c) => `«${edition.corrections[c]!.source}»`).join(', ')}`
          : R.length === 0
            ? 'mots ajoutés'
            : A.length === 0
              ? 'mots omis'
              : 'mots changés',
    });
  }

  // Corrections inside notes: verified with the note's pieces.
  for (const state of notes) {
    for (const [n, e] of state.note.tokens.entries()) {
      if (e.corr === undefined) continue;
      const p = state.sourceAt[n];
      noteCorr(e, p === undefined ? undefined : src[p], state.done[n] === true && p !== undefined);
    }
  }

  // Corrections whose source form has no word (e.g. a stray bracket): look for it in the raw
  // source lines around the place the directive sits (the source word aligned just before it).
  const corrections = edition.corrections.map((c, n) => {
    const st = corrState[n]!;
    const out: Correction = { ...c };
    delete out.position;
    const form = c.source.trim();
    if (words(c.source).length === 0 && form !== '') {
      let nearLine: number | undefined;
      const pos = c.position;
      if (pos && pos.note === undefined) {
        for (let q = Math.min(pos.index, bodySource.length) - 1; q >= 0 && nearLine === undefined; q--) {
          const p = bodySource[q];
          if (p !== undefined) nearLine = src[p]!.line;
        }
        nearLine ??= src[remaining[0] ?? 0]?.line;
      } else if (pos) {
        const state = notes.find((s) => s.note.label === pos.note);
        for (let q = pos.index - 1; state && q >= 0 && nearLine === undefined; q--) {
          const p = state.sourceAt[q];
          if (p !== undefined) nearLine = src[p]!.line;
        }
      }
      const found = nearLine !== undefined && [nearLine, nearLine + 1, nearLine + 2].some((l) => rawLines[l - 1]?.includes(form));
      if (nearLine !== undefined) st.line = nearLine;
      if (!found) {
        unexplained.push({
          line: nearLine ?? 0,
          source: c.source,
          edition: c.edition,
          context: nearLine !== undefined ? (rawLines[nearLine - 1] ?? '').trim() : '',
          editionLine: c.editionLine,
          reason: `forme source d'une correction introuvable à cet endroit : «${c.source}»`,
        });
      }
    }
    if (st.line) out.sourceLine = st.line;
    return out;
  });

  // Signs between words (punctuation, quotes): the same as the source's, or declared.
  const ponctuation = comparerPonctuation(src, [{ tokens: edition.body, sourceAt: bodySource }, ...notes.map((s) => ({ tokens: s.note.tokens, sourceAt: s.sourceAt }))], compare);
  unexplained.push(...ponctuation.ecarts);
  // Paragraphs: where the source begins one, the edition does; a paragraph of its own is declared.
  const paragraphes = comparerParagraphes(src, edition.body, bodySource, compare, alineas !== undefined);
  unexplained.push(...paragraphes.ecarts);

  unexplained.sort((x, y) => x.line - y.line);
  return {
    sourceWords: src.length,
    editionWords: edition.body.length + edition.notes.reduce((n, note) => n + note.tokens.length, 0),
    rejoined: tally.rejoined,
    hyphenKept: tally.hyphenKept,
    corrections,
    detachedCalls: tally.detachedCalls,
    notesMoved: notes.filter((s) => s.pieces.length > 0).length,
    regrouped: tally.regrouped,
    ponctuationComparee: ponctuation.comparees,
    paragraphes: paragraphes.bilan,
    unexplained,
  };
}

// ---------------------------------------------------------------------------------------------
// Report formatting (shared by `scripts/fidelite.ts` and the tests)

/** Column headings of the fidelity table. */
export const TABLE_HEADINGS = [
  'texte',
  'mots source',
  'mots édition',
  'mots rejoints',
  "traits d'union gardés",
  'corrections déclarées',
  'appels détachés',
  'notes déplacées',
  'mots regroupés',
  'signes comparés',
  'alinéas (source)',
  'alinéas déclarés',
  'différences inexpliquées',
] as const;

/** One table row per text. */
export function tableRow(texte: string, report: FidelityReport): string[] {
  return [
    texte,
    String(report.sourceWords),
    String(report.editionWords),
    String(report.rejoined.length),
    String(report.hyphenKept),
    String(report.corrections.length),
    String(report.detachedCalls),
    String(report.notesMoved),
    String(report.regrouped),
    String(report.ponctuationComparee),
    // A source that does not mark its paragraphs: they are not compared.
    report.paragraphes.verifies ? String(report.paragraphes.source) : '—',
    String(report.paragraphes.declares),
    String(report.unexplained.length),
  ];
}

/** A plain-text table, first column left-aligned, the others right-aligned. */
export function formatTable(rows: string[][]): string {
  const all = [[...TABLE_HEADINGS], ...rows];
  const widths = TABLE_HEADINGS.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ');
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...all.slice(1).map(line)].join('\n');
}

/** `content/textes/<slug>.md ← content/sources/<file>:<line>: source «…» / édition «…»` */
export function formatDifference(textPath: string, sourcePath: string, d: Difference): string {
  const where = d.editionLine ? ` (texte l. ${d.editionLine})` : '';
  return `${textPath} ← ${sourcePath}${d.line ? `:${d.line}` : ''}: source «${d.source}» / édition «${d.edition}» — ${d.reason}${where}; contexte : ${d.context}`;
}
