/**
 * The site's Markdown pipeline outside Astro (content checks, unit tests): the edition's parser,
 * then exactly the plugins `astro.config.ts` uses.
 */
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins, smartypants } from './plugins/index.ts';
import { createParser } from './markdown.ts';

export function createPipeline() {
  return createParser()
    .use(remarkSmartypants, smartypants)
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify);
}

/** Render one Markdown document; plugin errors are thrown as `VFileMessage`s naming the file and line. */
export async function renderMarkdown(markdown: string, path = 'document.md'): Promise<VFile> {
  const file = new VFile({ path, value: markdown });
  await createPipeline().process(file);
  return file;
}
