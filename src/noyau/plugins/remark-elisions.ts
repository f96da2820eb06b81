/**
 * remark-elisions: after smartypants, an opening single quote glued to the letter before it is an
 * elision (« d'«avoir » in the source: the apostrophe comes before a guillemet, which smartypants
 * reads as the start of a quotation). It becomes the apostrophe « ’ », in the text and in the model.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const GUILLEMET_APRES_LETTRE = /(?<=\p{L})‘/gu;

export default function remarkElisions() {
  return function transform(tree: Root) {
    visit(tree, 'text', (node) => {
      node.value = node.value.replace(GUILLEMET_APRES_LETTRE, '’');
    });
  };
}
