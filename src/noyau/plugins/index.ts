/**
 * The edition's Markdown pipeline, in one place: consumed by `astro.config.ts` and by the content
 * check (`scripts/verifier-contenu.ts`), so both run exactly the same plugins.
 */
import type { RehypePlugins, RemarkPlugins, Smartypants } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { cheminDeBase } from '../../construction/base.ts';
import { remarkLiteralColons } from '../markdown.ts';
import { chargerRegistre } from '../../construction/registre-personnes.ts';
import rehypeTypographie from './rehype-typographie.ts';
import remarkDates from './remark-dates.ts';
import remarkEdition from './remark-edition.ts';
import remarkNotes from './remark-notes.ts';
import remarkPassages from './remark-passages.ts';
import remarkPersonnes from './remark-personnes.ts';
import remarkSansHtml from './remark-sans-html.ts';

/**
 * The persons register (content/personnes/*.md), read once here and handed to remark-personnes; its
 * links honour the site's base path (the variable astro.config.ts reads). The register's own notes
 * are rendered by this same pipeline but are not searched for names.
 */
const personnes = {
  repertoire: chargerRegistre(),
  base: cheminDeBase(),
  ignorer: (file: { path?: string }) => /[\\/]personnes[\\/][^\\/]+\.md$/.test(file.path ?? ''),
};

/**
 * Order matters: directives are parsed and checked first; remark-passages then gives every passage
 * its id (recorded on `node.data.passage`), which the persons and dates plugins read to say where a
 * mention is; remark-notes comes last because it moves the notes to the end of the text.
 */
export const remarkPlugins: RemarkPlugins = [remarkDirective, remarkLiteralColons, remarkSansHtml, remarkEdition, remarkPassages, [remarkPersonnes, personnes], remarkDates, remarkNotes];

export const rehypePlugins: RehypePlugins = [rehypeTypographie];

/** French quotes; single quotes stay ‘ ’ so that elisions (l’homme) keep their apostrophe. */
export const smartypants: Smartypants = {
  openingQuotes: { double: '«', single: '‘' },
  closingQuotes: { double: '»', single: '’' },
};
