/**
 * remark-dates: the dates of the texts and notes, marked for machines and recorded for the
 * chronology and the search.
 *
 * ```md
 * Le premier procès se tint du 19 au 24 août 1936 (cf. les années 1920)[^2].
 * Il parla le :date[10 mars]{iso="1936-03-10"} ; voir :nondate[1936] (un numéro de page).
 * ```
 *
 * becomes
 *
 * ```html
 * … se tint <time datetime="1936-08" data-edtf="1936-08-19/1936-08-24">du 19 au 24 août 1936</time>
 * (cf. les <span class="date" data-edtf="192X">années 1920</span>)…
 * … le <time datetime="1936-03-10" data-edtf="1936-03-10">10 mars</time> ; voir 1936 …
 * ```
 *
 * Every mark carries its ISO 8601 / EDTF value in `data-edtf` (see `src/lib/dates.ts` for what is
 * recognised). HTML's `datetime` only takes a year, a month or a day: it gets the value itself when
 * it is one of those, else the smallest of those that holds it all (a season → its year, « du 19
 * au 24 août 1936 » → `1936-08`); when there is none (« 1936-1938 », « années 1920 ») the mark is a
 * `<span class="date">` instead of a `<time>`.
 *
 * An editor marks a date the plugin cannot read with `:date[mots]{iso="…"}` (the value is checked)
 * and keeps digits from being read as a date with `:nondate[mots]`. A day and month without a year
 * (« le 10 mars ») is never dated by guess: the plugin leaves it and says so (an info message), so
 * that an editor can mark it by hand or silence it with `:nondate`.
 *
 * Each date is recorded on `file.data.astro.frontmatter.dates` (`DateMentionnee[]`, in reading
 * order) with the passage that holds it (set by remark-passages on `node.data.passage`; empty when
 * the pipeline runs without it) and the sentence around it.
 *
 * Not read: links, code, `:lacune` (the edition's own words). Dates in headings are marked.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import type { Data, Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { nearestPassage, plainText, positionIn, sentenceAround, textBlocks, type PlainText } from '../lib/arbre.ts';
import { estValeurDeDate, lireDate, motifDates, valeurHtml } from '../lib/dates.ts';
import type { DateMentionnee } from '../lib/donnees.ts';
import { directivesDeLEdition } from '../lib/voix-edition.ts';
import { frontmatterOf } from './frontmatter.ts';

/** A marked date in the tree, rendered by mdast-util-to-hast from its `data`. */
export interface DateNode extends Node {
  type: 'dateEdition';
  data: Data & { hName: 'time' | 'span'; hProperties: Record<string, unknown>; iso: string };
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap { dateEdition: DateNode }
  interface RootContentMap { dateEdition: DateNode }
}

export interface DatesOptions {
  /** Report days and months without a year (« le 10 mars ») as info messages. Default: true. */
  signalerSansAnnee?: boolean;
}

const emptyOptions: DatesOptions = {};

/** Parents whose text is not read: links, code, the edition's voice, dates already marked or refused. */
function ignore(node: Node): boolean {
  if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'dateEdition') return true;
  const name = (node as Partial<TextDirective>).name;
  return node.type.endsWith('Directive') && (directivesDeLEdition.has(name ?? '') || name === 'nondate' || (name === 'date' && node.type === 'textDirective'));
}

/** The element for a date: `<time>` when HTML has a value for it, else `<span class="date">`. */
export function dateNode(iso: string, children: PhrasingContent[]): DateNode {
  const datetime = valeurHtml(iso);
  const hProperties: Record<string, unknown> = datetime ? { dateTime: datetime, dataEdtf: iso } : { className: ['date'], dataEdtf: iso };
  return { type: 'dateEdition', data: { hName: datetime ? 'time' : 'span', hProperties, iso }, children };
}

/** Mark and record the dates of a text. */
export default function remarkDates(options: DatesOptions = emptyOptions) {
  const signalerSansAnnee = options.signalerSansAnnee ?? true;
  return function transform(tree: Root, file: VFile) {
    // Editors' marks first: `:date[…]{iso}` becomes a date, `:nondate[…]` is left to be unwrapped.
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'date') return;
      const iso = node.attributes?.iso;
      if (!iso || !estValeurDeDate(iso)) {
        file.fail(`Unexpected date value ${iso ? `\`${iso}\`` : '(none)'} in \`:date\`, expected \`:date[mots]{iso="…"}\` with an ISO 8601 / EDTF value such as 1936-08-27, 1936-08, 1936, 1930-22, 192X, 1936/1938`, {
          place: node.position, ruleId: 'date-iso', source: 'remark-dates',
        });
      }
      parent!.children[index!] = dateNode(iso, node.children);
      return SKIP;
    });

    findAndReplace(tree, [new RegExp(motifDates), (value: string, ...rest: unknown[]) => {
      const match = rest.at(-1) as RegExpMatchObject;
      const lecture = lireDate(match.input, match.index, value.length);
      if (lecture.genre === 'date') return dateNode(lecture.iso, [{ type: 'text', value }]);
      if (lecture.genre === 'sans-annee' && signalerSansAnnee) {
        const node = match.stack.at(-1) as Text;
        file.info(`Unexpected date without a year (\`${value}\`), left unmarked: expected \`:date[${value}]{iso="…"}\` when the year is certain, or \`:nondate[${value}]\``, {
          place: positionIn(node, match.index, value.length)?.start ?? node.position ?? match.stack.findLast((n) => n.position)?.position,
          ruleId: 'date-sans-annee', source: 'remark-dates',
        });
      }
      // Not a date (or not datable): keep the words, and do not read inside them again.
      return value;
    }], { ignore });

    // `:nondate[…]` has done its work: its words go back into the text.
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'nondate') return;
      parent!.children.splice(index!, 1, ...node.children);
      return index;
    });

    const dates: DateMentionnee[] = [];
    const texts = new Map<Node, PlainText>();
    const record = (node: Node, ancestors: Node[]) => {
      if (node.type === 'dateEdition') {
        const block = ancestors.findLast((a) => textBlocks.has(a.type)) ?? ancestors.at(-1)!;
        let known = texts.get(block);
        if (!known) texts.set(block, (known = plainText(block, (n) => n.type === 'dateEdition')));
        const { text } = known;
        const { start, end } = known.spans.get(node) ?? { start: 0, end: 0 };
        const texte = text.slice(start, end);
        const vie = /^\d{4}\s*[-–]\s*\d{4}$/.test(texte) && text[start - 1] === '(' && text[end] === ')';
        dates.push({
          iso: (node as DateNode).data.iso,
          texte,
          passage: nearestPassage(ancestors) ?? '',
          phrase: sentenceAround(text, start, end),
          ...(vie ? { vie } : {}),
        });
        return;
      }
      if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) record(child, [...ancestors, node]);
    };
    record(tree, []);
    frontmatterOf(file).dates = dates;
  };
}
