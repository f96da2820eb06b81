/**
 * What a passage is. A passage is what a reader cites: a paragraph, a block quote (as one passage,
 * with everything in it), a list item, a table, one of the edition's structural lines
 * (`::suscription`, `::date`, `::salutation`, `::signature`), or an extract reproduced as an image.
 * Passages are numbered in reading order (§ 1, § 2…); their ids come from the ledger (`table.ts`).
 */
import type { Nodes, Parents, Root } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../arbre.ts';
import type { GenreDePassage } from '../modele.ts';

/** A passage found in a text, in reading order, before it gets its id. */
export interface Repere {
  /** The mdast node that becomes the passage's element (`<p>`, `<blockquote>`, `<li>`…). */
  node: Nodes;
  /** Its plain text, note calls left out. */
  texte: string;
  genre: Exclude<GenreDePassage, 'note'>;
  position: Position | undefined;
}

/** Structural lines of the edition (remark-edition) that are passages of their own. */
const lignesStructurelles = new Set(['suscription', 'date', 'salutation', 'signature']);
/** Containers that are one passage as a whole, like a block quote (an epigraph is a quotation). */
const blocsEntiers = new Map<string, Exclude<GenreDePassage, 'note'>>([['epigraphe', 'citation'], ['extrait-image', 'extrait']]);

/** The kind of passage a node is, or `undefined` when it is not one (its children may hold some). */
function genreDe(node: Nodes): Exclude<GenreDePassage, 'note'> | undefined {
  switch (node.type) {
    case 'paragraph': return 'paragraphe';
    case 'blockquote': return 'citation';
    case 'listItem': return 'element-de-liste';
    case 'table': return 'tableau';
    case 'leafDirective':
      return lignesStructurelles.has(node.name) ? 'structure' : undefined;
    case 'containerDirective':
      return blocsEntiers.get(node.name);
    default:
      return undefined;
  }
}

/** Nodes whose children may hold passages. Notes are left out: they are passages of their own kind. */
function peutContenir(node: Nodes): node is Parents {
  return node.type === 'root' || node.type === 'list' || (node.type === 'containerDirective' && !blocsEntiers.has(node.name));
}

/**
 * The plain text of a node as a reader sees it, spaces collapsed: note calls left out, blocks
 * separated by a space, the edition's own words (`:lacune[…]`) in brackets (see `plainText`).
 */
export function texteDe(node: Nodes): string {
  return plainText(node).text.replace(/\s+/g, ' ').trim();
}

/**
 * The passages of a text's body, in reading order: the outermost paragraphs, block quotes, list
 * items and structural lines, outside the notes. A passage with no text (an empty paragraph) is
 * skipped. Notes are not listed: they keep their own numbers (remark-passages numbers them).
 */
export function reperer(tree: Root): Repere[] {
  const reperes: Repere[] = [];
  const parcourir = (parent: Parents) => {
    for (const child of parent.children as Nodes[]) {
      const genre = genreDe(child);
      if (genre) {
        const texte = texteDe(child);
        if (texte) reperes.push({ node: child, texte, genre, position: child.position });
      } else if (peutContenir(child)) {
        parcourir(child);
      }
    }
  };
  parcourir(tree);
  return reperes;
}
