/**
 * The Markdown syntax of the edition, shared by the site pipeline, the content checks and the
 * fidelity test: CommonMark + GFM (footnotes) + directives (`:corr[…]{…}`, `:::epigraphe`…)
 * + YAML front matter.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A unified parser for the edition's Markdown (parse only, no transforms). */
export function createParser() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
}

/** Parse edition Markdown into an mdast tree (front matter kept as a `yaml` node). */
export function parseMarkdown(markdown: string): Root {
  return createParser().parse(markdown);
}
