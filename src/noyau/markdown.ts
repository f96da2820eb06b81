/**
 * The Markdown syntax of the edition, shared by the site pipeline, the content checks and the
 * fidelity test: CommonMark + GFM (footnotes) + directives (`:corr[…]{…}`, `:::epigraphe`…)
 * + YAML front matter.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A unified parser for the edition's Markdown (parse only, no transforms). */
export function createParser() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
}

/**
 * Prose such as « à 12:30 » or « Note:ceci » parses as a text directive (`:30`). A text directive
 * with neither `[label]` nor `{attributes}` is turned back into the literal text it was; one with
 * either is editorial markup and is left for the plugins to check.
 */
export function restoreLiteralColons(tree: Root): void {
  visit(tree, 'textDirective', (node, index, parent) => {
    if (node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0) return;
    const text: Text = { type: 'text', value: `:${node.name}`, position: node.position };
    parent!.children[index!] = text;
    return SKIP;
  });
  // Merge the restored text with its neighbours so that words are not split across nodes.
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as Array<{ type: string; value?: string; position?: Text['position'] }>;
    for (let i = children.length - 1; i > 0; i--) {
      const left = children[i - 1]!;
      const right = children[i]!;
      if (left.type === 'text' && right.type === 'text') {
        left.value = (left.value ?? '') + (right.value ?? '');
        if (left.position && right.position) left.position = { start: left.position.start, end: right.position.end };
        children.splice(i, 1);
      }
    }
  });
}

/** remark plugin form of {@link restoreLiteralColons}, first in the site's pipeline. */
export function remarkLiteralColons() {
  return restoreLiteralColons;
}

/** Parse edition Markdown into an mdast tree (front matter kept as a `yaml` node). */
export function parseMarkdown(markdown: string): Root {
  const tree = createParser().parse(markdown);
  restoreLiteralColons(tree);
  return tree;
}
