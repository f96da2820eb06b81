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
 * Every mark carries its ISO 8601 / EDTF value in `data-edtf` (see `src/noyau/dates.ts` for what is
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
 * Each mark carries `data.date` (value, marked by hand or not, life dates), which remark-modele
 * records with its place (passage, offsets, sentence).
 *
 * Not read: links, code, `:lacune` and `:remarque` (the edition's own words). Dates in headings are marked.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import type { Data, Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { positionIn } from '../arbre.ts';
import { estValeurDeDate, lireDate, motifDates, valeurHtml } from '../dates.ts';
import type { DateMentionnee } from '../modele.ts';
import { directivesDeLEdition } from '../voix-edition.ts';

/** What remark-dates records on a date's node (remark-modele collects it with its place). */
export type DateDuNoeud = Pick<DateMentionnee, 'iso' | 'manuelle' | 'vie'>;

declare module 'unist' {
  interface Data {
    /** A date of the text (remark-dates). */
    date?: DateDuNoeud;
  }
}

/** A marked date in the tree, rendered by mdast-util-to-hast from its `data`. */
export interface DateNode extends Node {
  type: 'dateEdition';
  data: Data & { hName: 'time' | 'span'; hProperties: Record<string, unknown>; date: DateDuNoeud };
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
export function dateNode(date: DateDuNoeud, children: PhrasingContent[]): DateNode {
  const datetime = valeurHtml(date.iso);
  const hProperties: Record<string, unknown> = datetime ? { dateTime: datetime, dataEdtf: date.iso } : { className: ['date'], dataEdtf: date.iso };
  return { type: 'dateEdition', data: { hName: datetime ? 'time' : 'span', hProperties, date }, children };
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
        file.fail(`valeur de date ${iso ? `\`${iso}\`` : 'absente'} dans \`:date\` : \`:date[mots]{iso="…"}\` attend une valeur ISO 8601 / EDTF comme 1936-08-27, 1936-08, 1936, 1930-22, 192X, 1936/1938`, {
          place: node.position, ruleId: 'date-iso', source: 'remark-dates',
        });
      }
      parent!.children[index!] = dateNode({ iso: iso!, manuelle: true }, node.children);
      return SKIP;
    });

    findAndReplace(tree, [new RegExp(motifDates), (value: string, ...rest: unknown[]) => {
      const match = rest.at(-1) as RegExpMatchObject;
      const lecture = lireDate(match.input, match.index, value.length);
      if (lecture.genre === 'date') {
        // Life dates, « Kamenev (1883-1936) »: a span of years alone in parentheses.
        const vie = /^\d{4}\s*[-–]\s*\d{4}$/.test(value) && match.input[match.index - 1] === '(' && match.input[match.index + value.length] === ')';
        return dateNode({ iso: lecture.iso, ...(vie ? { vie } : {}) }, [{ type: 'text', value }]);
      }
      if (lecture.genre === 'sans-annee' && signalerSansAnnee) {
        const node = match.stack.at(-1) as Text;
        file.info(`date sans année (« ${value} »), laissée sans balise : \`:date[${value}]{iso="…"}\` si l’année est certaine, ou \`:nondate[${value}]\``, {
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

  };
}
