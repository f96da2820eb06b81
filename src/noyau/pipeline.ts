/**
 * The edition's pipeline: one pass over a text's Markdown gives its HTML and its model
 * (src/noyau/modele.ts). Pure: everything it needs (the persons register, the text's ledger of
 * passages, the source files, the base path) arrives as options, from whoever builds it — the
 * build's content loader (src/construction/chargeurs.ts), a command-line tool or a test.
 *
 * Order: the front matter is read and the words compared with the source first, on the tree as
 * written; the edition's directives are checked and rendered; passages get their ids; events, persons
 * and dates are found and marked; the model is collected (one walk for every kind of mark); notes move
 * to the end; headings get their ids.
 */
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkSmartypants from 'remark-smartypants';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { createParser, remarkLiteralColons } from './markdown.ts';
import type { TableDesPassages } from './passages/table.ts';
import { compilerEvenements, type RepertoireEvenements } from './evenements.ts';
import type { Repertoire } from './personnes.ts';
import rehypeTitres from './plugins/rehype-titres.ts';
import remarkDates from './plugins/remark-dates.ts';
import remarkElisions from './plugins/remark-elisions.ts';
import remarkEdition from './plugins/remark-edition.ts';
import remarkEntete from './plugins/remark-entete.ts';
import remarkEvenements from './plugins/remark-evenements.ts';
import remarkFidelite from './plugins/remark-fidelite.ts';
import remarkModele from './plugins/remark-modele.ts';
import remarkNotes from './plugins/remark-notes.ts';
import remarkPassages from './plugins/remark-passages.ts';
import remarkPersonnes from './plugins/remark-personnes.ts';
import remarkSansHtml from './plugins/remark-sans-html.ts';

/** French quotes; single quotes stay ‘ ’ so that elisions (l’homme) keep their apostrophe. */
export const smartypants = {
  openingQuotes: { double: '«', single: '‘' },
  closingQuotes: { double: '»', single: '’' },
} as const;

export interface OptionsPipeline {
  /** The persons register, compiled (`compilerRegistre`). */
  personnes: Repertoire;
  /** The events register, compiled (`compilerEvenements`); without it, no event is looked for. */
  evenements?: RepertoireEvenements | undefined;
  /** The text's ledger of passages; without one, passages are neither numbered nor recorded (fixtures). */
  table?: TableDesPassages | undefined;
  /** The source files by name (`content/sources/<fichier>`): the text's front matter says which one it comes from. */
  sources?: Readonly<Record<string, string>>;
  /** The site's base path, for links to person pages: `/` or `/dossier/`. */
  base?: string;
}

/**
 * The steps that shape the tree whose passages get numbered: `npm run passages` runs these alone
 * to read a text's passages before it has a ledger (the front matter and fidelity steps only read).
 */
export function creerPipelineAvantPassages(options: Pick<OptionsPipeline, 'sources'> = {}) {
  return createParser()
    .use(remarkLiteralColons)
    .use(remarkSmartypants, smartypants)
    .use(remarkElisions)
    .use(remarkEntete)
    .use(remarkSansHtml)
    .use(remarkFidelite, { sources: options.sources })
    .use(remarkEdition);
}

/** The unified processor for one text. */
export function creerPipeline(options: OptionsPipeline) {
  return creerPipelineAvantPassages(options)
    .use(remarkPassages, { table: options.table })
    .use(remarkEvenements, { repertoire: options.evenements ?? compilerEvenements([]), base: options.base })
    .use(remarkPersonnes, { repertoire: options.personnes, base: options.base })
    .use(remarkDates)
    .use(remarkModele)
    .use(remarkNotes)
    .use(remarkRehype)
    .use(rehypeTitres)
    .use(rehypeStringify);
}

/**
 * Process one Markdown document: its HTML is `file.value`, its model `file.data.modele`, its front
 * matter `file.data.entete`. Every message stays in `file.messages`; a problem the editors must
 * fix is `fatal` (and the HTML and model are then incomplete).
 */
export async function traiterMarkdown(markdown: string, chemin: string, options: OptionsPipeline): Promise<VFile> {
  const file = new VFile({ path: chemin, value: markdown });
  try {
    await creerPipeline(options).process(file);
  } catch (erreur) {
    // `file.fail` has recorded the message before throwing it.
    if (!(erreur instanceof VFileMessage) || !file.messages.includes(erreur)) throw erreur;
  }
  return file;
}

/** {@link traiterMarkdown}, throwing the first fatal message (`VFileMessage`: file, line, column). */
export async function rendreMarkdown(markdown: string, chemin: string, options: OptionsPipeline): Promise<VFile> {
  const file = await traiterMarkdown(markdown, chemin, options);
  const fatal = file.messages.find((m) => m.fatal);
  if (fatal) throw fatal;
  return file;
}

/** A message as editors read it: `fichier:ligne:colonne : raison`. */
export function formaterMessage(message: VFileMessage, chemin = message.file): string {
  return `${chemin}:${message.line ?? 1}:${message.column ?? 1} : ${message.reason}`;
}
