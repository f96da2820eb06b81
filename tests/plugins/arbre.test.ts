/** Plain text, sentences and positions on mdast trees (src/noyau/arbre.ts). */
import { describe, expect, it } from 'vitest';
import type { Node } from 'unist';
import { parseMarkdown } from '../../src/noyau/markdown.ts';
import { plainText, plainTextCollapsed, positionIn, sentenceBounds, sentenceEnds } from '../../src/noyau/arbre.ts';

const phrases = (texte: string) => {
  let debut = 0;
  return sentenceEnds(texte).map((fin) => texte.slice(debut, (debut = fin)).trim());
};

describe('sentenceEnds', () => {
  it('should end a sentence at a stop followed by a capital or the end', () => {
    expect(phrases('Il part. Elle reste ! Et toi ? Fin… Puis.')).toEqual(['Il part.', 'Elle reste !', 'Et toi ?', 'Fin…', 'Puis.']);
  });

  it('should keep closing quotes, parentheses and brackets with their sentence', () => {
    expect(phrases('Il dit « non. » Puis (rien.) Et [fin.] Enfin ” x.” Voilà.')).toEqual(['Il dit « non. »', 'Puis (rien.)', 'Et [fin.]', 'Enfin ” x.”', 'Voilà.']);
    expect(phrases('Il dit « non.\u202F» Puis.')).toEqual(['Il dit « non.\u202F»', 'Puis.']);
  });

  it('should not end a sentence after an initial, an abbreviation, before lower case, or inside a word', () => {
    expect(phrases('L. B. Kamenev parle. Cf. la note, pp. 3-4, cam. Vychinski. Il dit. et puis. 3.14 Fin.')).toEqual(['L. B. Kamenev parle.', 'Cf. la note, pp. 3-4, cam. Vychinski.', 'Il dit. et puis.', '3.14 Fin.']);
    expect(sentenceEnds('Voir CF. Suite.')).toEqual([15]);
    expect(sentenceEnds('Un mot.Suite')).toEqual([]);
    expect(sentenceEnds('')).toEqual([]);
  });
});

describe('sentenceBounds', () => {
  const texte = 'Il part. Kamenev reste ici. Fin.';
  it('should find the sentence around a stretch, spaces trimmed', () => {
    expect(sentenceBounds(texte, 9, 16)).toEqual({ from: 9, to: 27 });
    expect(sentenceBounds(texte, 0)).toEqual({ from: 0, to: 8 });
    expect(sentenceBounds(texte, 29)).toEqual({ from: 28, to: 32 });
    // A stretch over two sentences takes both.
    expect(sentenceBounds(texte, 3, 12)).toEqual({ from: 0, to: 27 });
  });

  it('should end sentences where blocks start', () => {
    const blocs = 'Un titre Le texte suit';
    expect(sentenceBounds(blocs, 12, 17, [9])).toEqual({ from: 9, to: 22 });
    expect(sentenceBounds(blocs, 0, 2, [9])).toEqual({ from: 0, to: 8 });
    expect(sentenceBounds('  a  ', 2)).toEqual({ from: 2, to: 3 });
    expect(sentenceBounds('   ', 1)).toEqual({ from: 3, to: 3 });
  });
});

describe('plainText', () => {
  it('should read a tree as readers see it: the edition’s words in brackets, breaks and blocks as spaces, no HTML or YAML', () => {
    const arbre = parseMarkdown('---\ntitre: x\n---\n\n> Un  :lacune[mot]\\\n> fin.\n>\n> - a\n> - b\n\n::lacune[Bloc]\n');
    const { text, blocks } = plainText(arbre);
    // The front matter adds no words, only the space between blocks.
    expect(text).toBe(' Un  [mot] fin. a b [Bloc]');
    expect(blocks).toEqual([1, 16, 18, 20]);
  });

  it('should locate the nodes asked for, and collapse spaces with their offsets', () => {
    const arbre = parseMarkdown('  Un   *deux*   trois  \n');
    const located = (n: Node) => n.type === 'emphasis';
    const brut = plainText(arbre, located);
    expect([...brut.spans.values()]).toEqual([{ start: 5, end: 9 }]);
    const { text, spans } = plainTextCollapsed(arbre, located);
    expect(text).toBe('Un deux trois');
    expect([...spans.values()]).toEqual([{ start: 3, end: 7 }]);
    expect(plainTextCollapsed(parseMarkdown('a\n\nb *c*\n'), located)).toMatchObject({ text: 'a b c', blocks: [2] });
  });
});

describe('positionIn', () => {
  it('should place a stretch of a text node in the file, over lines', () => {
    const noeud = { value: 'abc\ndef ghi', position: { start: { line: 3, column: 5, offset: 0 }, end: { line: 4, column: 8, offset: 0 } } };
    expect(positionIn(noeud, 1, 2)).toEqual({ start: { line: 3, column: 6 }, end: { line: 3, column: 8 } });
    expect(positionIn(noeud, 8, 3)).toEqual({ start: { line: 4, column: 5 }, end: { line: 4, column: 8 } });
    expect(positionIn({ value: 'abc' }, 1, 1)).toBeUndefined();
  });
});

describe('parseMarkdown', () => {
  it('should read « 12:30 » and « note:ceci » as words, and keep real directives', () => {
    const arbre = parseMarkdown('À 12:30, note:ceci et :corr[x]{source="y" motif="z"} ou :lacune[mot].\n');
    const paragraphe = arbre.children[0] as unknown as { children: Array<{ type: string; value?: string; name?: string; position?: { start: { column: number }; end: { column: number } } }> };
    expect(paragraphe.children.map((n) => n.type === 'text' ? n.value : `:${n.name}`)).toEqual(['À 12:30, note:ceci et ', ':corr', ' ou ', ':lacune', '.']);
    // The merged text keeps the span of its parts.
    expect([paragraphe.children[0]!.position!.start.column, paragraphe.children[0]!.position!.end.column]).toEqual([1, 23]);
    expect(plainText(parseMarkdown('Un :a, deux :b{}.\n')).text).toBe('Un :a, deux :b.');
  });
});
