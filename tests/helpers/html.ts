/** Reading built HTML pages as trees (hast), for the checks that look inside them. */
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Parse a built page. */
export function arbre(fichier: string): Root {
  return fromHtml(readFileSync(fichier, 'utf8'));
}

/** Every element of a tree, in document order. */
export function elements(tree: Root): Element[] {
  const liste: Element[] = [];
  visit(tree, 'element', (node) => {
    liste.push(node);
  });
  return liste;
}

/** Every `id` of a page (the targets its fragments may name). */
export function ids(tree: Root): Set<string> {
  return new Set(elements(tree).map((e) => e.properties.id).filter((id): id is string => typeof id === 'string'));
}
