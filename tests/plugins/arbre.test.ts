/** Plain text, sentences and positions on mdast trees (src/noyau/arbre.ts). */
import { describe, expect, it } from 'vitest';
import type { Node } from 'unist';
import { parseMarkdown } from '../../src/noyau/markdown.ts';
import { lierParBloc, plainText, plainTextCollapsed, positionIn, sentenceBounds, sentenceEnds } from '../../src/noyau/arbre.ts';

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
    expect(phrases('(Boukharine, op. cit.) Puis il part.')).toEqual(['(Boukharine, op. cit.) Puis il part.']);
    expect(sentenceEnds('Un mot.Suite')).toEqual([]);
    expect(sentenceEnds('')).toEqual([]);
  });

  it('should end a sentence after an initial or an abbreviation when the stop is not a full stop, and after a word in capitals', () => {
    expect(phrases('C’est le plan B! Puis le plan C? Enfin.')).toEqual(['C’est le plan B!', 'Puis le plan C?', 'Enfin.']);
    expect(phrases('Il adhère au KPD. Puis il part.')).toEqual(['Il adhère au KPD.', 'Puis il part.']);
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

  it('should take a stretch starting at a sentence’s end in the next sentence, and one ending there in its own', () => {
    expect(sentenceBounds(texte, 8, 16)).toEqual({ from: 9, to: 27 });
    expect(sentenceBounds(texte, 9, 27)).toEqual({ from: 9, to: 27 });
    // An empty stretch between two sentences gives an empty range, never one that ends before it starts.
    expect(sentenceBounds('Un. Deux.', 3)).toEqual({ from: 3, to: 3 });
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

  it('should locate nothing unless asked, and drop trailing spaces', () => {
    const arbre = parseMarkdown('Un *deux*\n\n> trois\n');
    expect(plainText(arbre).spans).toEqual(new Map());
    expect(plainTextCollapsed(arbre).spans).toEqual(new Map());
    const fin = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Il part.  ' }] }] } as Node;
    expect(plainTextCollapsed(fin)).toEqual({ text: 'Il part.', spans: new Map(), blocks: [] });
  });

  it('should keep inline HTML out, and keep the brackets to the edition’s words in text and leaf directives only', () => {
    expect(plainText(parseMarkdown('Un <b>gras</b> mot.\n')).text).toBe('Un gras mot.');
    expect(plainText(parseMarkdown(':::remarque\nUn ajout.\n:::\n')).text).toBe('Un ajout.');
    expect(plainText(parseMarkdown('Un :remarque[ajout] et :sic[mot].\n')).text).toBe('Un [ajout] et mot.');
  });

  it('should read only string values and array children', () => {
    const arbre = { type: 'paragraph', children: [{ type: 'compte', value: 42 }, { type: 'vide', children: 'non' }, { type: 'text', value: 'mot' }] } as Node;
    expect(plainText(arbre).text).toBe('mot');
  });
});

describe('lierParBloc', () => {
  type Noeud = { type: string; data?: { entite?: { id: string } }; children?: Noeud[] };
  const mention = (id?: string): Noeud => ({ type: 'mention', ...(id === undefined ? {} : { data: { entite: { id } } }) });
  const appels = (arbre: Noeud) => {
    const vus: Array<{ id: string | undefined; dejaLie: boolean; ancetres: string[] }> = [];
    lierParBloc(arbre as Node, 'mention', (node, dejaLie, ancetres) => {
      vus.push({ id: (node as Noeud).data?.entite?.id, dejaLie, ancetres: ancetres.map((a) => a.type) });
      return true;
    });
    return vus;
  };

  it('should link the first mention of an entity in each block of running text, an emphasis being part of its paragraph', () => {
    const arbre: Noeud = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [mention('staline'), { type: 'emphasis', children: [mention('staline'), mention('kamenev')] }] },
        { type: 'paragraph', children: [mention('staline')] },
      ],
    };
    expect(appels(arbre)).toEqual([
      { id: 'staline', dejaLie: false, ancetres: ['root', 'paragraph'] },
      { id: 'staline', dejaLie: true, ancetres: ['root', 'paragraph', 'emphasis'] },
      { id: 'kamenev', dejaLie: false, ancetres: ['root', 'paragraph', 'emphasis'] },
      { id: 'staline', dejaLie: false, ancetres: ['root', 'paragraph'] },
    ]);
  });

  it('should take the parent as the block of a mention outside running text, and read mentions without an entity', () => {
    const arbre: Noeud = {
      type: 'root',
      children: [{ type: 'list', children: [{ type: 'listItem', children: [mention('staline'), mention()] }, { type: 'listItem', children: [mention('staline'), { type: 'mention', data: {} }] }] }],
    };
    expect(appels(arbre)).toEqual([
      { id: 'staline', dejaLie: false, ancetres: ['root', 'list', 'listItem'] },
      { id: undefined, dejaLie: false, ancetres: ['root', 'list', 'listItem'] },
      { id: 'staline', dejaLie: false, ancetres: ['root', 'list', 'listItem'] },
      { id: undefined, dejaLie: false, ancetres: ['root', 'list', 'listItem'] },
    ]);
  });

  it('should not count a mention as linked when its link was not made', () => {
    const arbre: Noeud = { type: 'root', children: [{ type: 'paragraph', children: [mention('staline'), mention('staline'), mention('staline')] }] };
    const dejaLies: boolean[] = [];
    let n = 0;
    lierParBloc(arbre as Node, 'mention', (_node, dejaLie) => {
      dejaLies.push(dejaLie);
      return n++ === 1;
    });
    expect(dejaLies).toEqual([false, false, true]);
  });
});

describe('positionIn', () => {
  it('should place a stretch of a text node in the file, over lines', () => {
    const noeud = { value: 'abc\ndef ghi', position: { start: { line: 3, column: 5, offset: 0 }, end: { line: 4, column: 8, offset: 0 } } };
    expect(positionIn(noeud, 1, 2)).toEqual({ start: { line: 3, column: 6 }, end: { line: 3, column: 8 } });
    expect(positionIn(noeud, 8, 3)).toEqual({ start: { line: 4, column: 5 }, end: { line: 4, column: 8 } });
    expect(positionIn({ value: 'abc' }, 1, 1)).toBeUndefined();
    const troisLignes = { value: 'abc\nd\nefgh ij', position: { start: { line: 3, column: 5, offset: 0 }, end: { line: 5, column: 8, offset: 0 } } };
    expect(positionIn(troisLignes, 11, 2)).toEqual({ start: { line: 5, column: 6 }, end: { line: 5, column: 8 } });
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
