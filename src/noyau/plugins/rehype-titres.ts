/**
 * rehype-titres: every heading of a text gets its id, as Astro would give it (github-slugger, the
 * same as `rehypeHeadingIds`), computed from the heading as readers see it, French typography
 * included, so that the ids stay those already published (« Les procès en province : … » →
 * `les-procès-en-province-une-…`). The ids go on the model's headings (`modele.titres`), in order;
 * headings a plugin made with their own id (the notes' « Notes ») keep it and are not in the model.
 */
import Slugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { typographier } from '../typographie.ts';

export default function rehypeTitres() {
  return function transform(tree: Root, file: VFile) {
    const slugger = new Slugger();
    const titres = file.data.modele?.titres ?? [];
    let rang = 0;
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      if (typeof node.properties.id === 'string') return;
      let texte = '';
      visit(node, 'text', (t) => { texte += t.value; });
      const id = slugger.slug(typographier(texte));
      node.properties.id = id;
      if (titres[rang]) titres[rang]!.id = id;
      rang++;
    });
  };
}
