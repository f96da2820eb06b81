/**
 * rehype-typographie: applies French typography (`src/noyau/typographie.ts`) to every text node of
 * the rendered text, except inside `code`, `pre`, `kbd`, `script` and `style`. Text nodes are
 * visited in reading order so that a sign at the start of a node sees the text before it.
 */
import type { Element, Root, Text } from 'hast';
import type { Parents } from 'hast';
import { typographier } from '../typographie.ts';

const skipped = new Set(['code', 'pre', 'kbd', 'script', 'style']);

export default function rehypeTypographie() {
  return function transform(tree: Root) {
    let previous = '';
    const walk = (node: Parents) => {
      for (const child of node.children) {
        if (child.type === 'text') {
          const text = child as Text;
          text.value = typographier(text.value, previous);
          previous = text.value || previous;
        } else if (child.type === 'element' && !skipped.has((child as Element).tagName)) {
          walk(child as Element);
        }
      }
    };
    walk(tree);
  };
}
