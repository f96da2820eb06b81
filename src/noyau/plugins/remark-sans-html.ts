/**
 * remark-sans-html: the texts carry no raw HTML. Editorial markup goes through directives, so a
 * `<script>` or any other tag in `content/` stops the build instead of reaching a page.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export default function remarkSansHtml() {
  return function transform(tree: Root, file: VFile) {
    visit(tree, 'html', (node) => {
      file.fail(`HTML brut refusé : \`${node.value.slice(0, 40)}\` ; écrire en Markdown ou avec une directive (README, « Conventions Markdown »)`, {
        place: node.position, ruleId: 'raw-html', source: 'remark-sans-html',
      });
    });
  };
}
