/** The words of the edition in its source view (`src/noyau/fidelite/edition.ts`). */
import { describe, expect, it } from 'vitest';
import { motsDeLEdition } from '../../src/noyau/fidelite/edition.ts';
import { parseMarkdown } from '../../src/noyau/markdown.ts';
import type { Root } from 'mdast';

const lire = (markdown: string) => motsDeLEdition(parseMarkdown(markdown));

describe('motsDeLEdition', () => {
  it('should read :corr as its source form, skip :lacune and the front matter, and keep notes apart', () => {
    const resultat = lire('---\ntitre: "Titre"\n---\n\nI. :corr[Smirnov]{source="Smimov"} :lacune[mot] fin[^2].\n\n[^2]: Une note.\n');
    expect(resultat.corps.map((t) => t.texte)).toEqual(['I', 'Smimov', 'fin', '2']);
    expect(resultat.corps.map((t) => t.genre)).toEqual(['mot', 'corr', 'mot', 'appel']);
    expect(resultat.notes).toEqual([{ etiquette: '2', ligne: 7, jetons: [expect.objectContaining({ texte: 'Une' }), expect.objectContaining({ texte: 'note' })] }]);
    expect(resultat.corrections).toEqual([{ source: 'Smimov', corrige: 'Smirnov', ligne: 5, place: { index: 1 } }]);
    expect(resultat.ecarts).toEqual([]);
  });

  it('should place a correction in its note, before the word that follows it there', () => {
    const { corrections, notes } = lire('Texte[^n].\n\n[^n]: Voir :corr[Reingold]{source="Reingo1d"}.\n');
    expect(corrections).toEqual([expect.objectContaining({ place: { note: 'n', index: 1 } })]);
    expect(notes[0]!.jetons[1]).toEqual({ avant: '', texte: 'Reingo1d', ligne: 3, genre: 'corr', corr: 0 });
  });

  it('should report a :corr without source, and keep its place in the list of corrections', () => {
    const { corrections, ecarts, corps } = lire('Un :corr[mot]{motif="x"} et :corr[deux]{source="deus"}.\n');
    expect(corrections).toEqual([undefined, expect.objectContaining({ source: 'deus' })]);
    expect(corps.map((t) => t.texte)).toEqual(['Un', 'et', 'deus']);
    expect(ecarts).toEqual([expect.objectContaining({ ligne: 1, edition: 'mot', raison: ':corr sans attribut source (ligne 1 du texte)' })]);
  });

  it('should read an ordered list’s numbers as words, and not a bullet list’s markers', () => {
    expect(lire('3. trois\n4. quatre\n').corps.map((t) => t.texte)).toEqual(['3', 'trois', '4', 'quatre']);
    expect(lire('- a\n- b\n').corps.map((t) => t.texte)).toEqual(['a', 'b']);
  });

  it('should count lines inside a paragraph, and read the words of a container directive but not of images', () => {
    const { corps } = lire(':::epigraphe\nUn\ndeux ![image](x.png)\n:::\n');
    expect(corps.map((t) => [t.texte, t.ligne])).toEqual([['Un', 2], ['deux', 3]]);
    // Lines counted in the text as read (NFC), whatever the file's form of its accents.
    expect(lire('Un e\u0301te\u0301\net\nmot\n').corps.map((t) => [t.texte, t.ligne])).toEqual([['Un', 1], ['été', 1], ['et', 2], ['mot', 3]]);
  });

  it('should skip :lacune as a block', () => {
    expect(lire('Avant.\n\n::lacune[page manquante]\n\nAprès.\n').corps.map((t) => t.texte)).toEqual(['Avant', 'Après']);
  });
});

/** A hand-built tree, for what the parser never writes: nodes without positions or attributes. */
const arbre = (...children: unknown[]) => ({ type: 'root', children }) as Root;
const texte = (value: string) => ({ type: 'text', value });

describe('motsDeLEdition, the signs and blocks each word carries', () => {
  it('should give each word the signs before it, the first word of a block its kind, and nothing after a list number', () => {
    expect(lire('(*mot*) fin').corps).toStrictEqual([
      { texte: 'mot', ligne: 1, genre: 'mot', avant: '(', bloc: 'paragraph' },
      { texte: 'fin', ligne: 1, genre: 'mot', avant: ')' },
    ]);
    // The signs of a list number are Markdown's: the first word of its item knows none, even after a sign alone in a node.
    expect(lire('Avant.\n\n3. « *mot* » fin\n4. deux\n').corps).toStrictEqual([
      { texte: 'Avant', ligne: 1, genre: 'mot', avant: '', bloc: 'paragraph' },
      { texte: '3', ligne: 3, genre: 'mot', avant: '.' },
      { texte: 'mot', ligne: 3, genre: 'mot', bloc: 'listItem' },
      { texte: 'fin', ligne: 3, genre: 'mot', avant: '»' },
      { texte: '4', ligne: 4, genre: 'mot', avant: '' },
      { texte: 'deux', ligne: 4, genre: 'mot', bloc: 'listItem' },
    ]);
  });

  it('should mark a bullet item’s first word with the bullet and its block as a list item, not as its paragraph', () => {
    expect(lire('- a\n- b\n').corps).toStrictEqual([
      { texte: 'a', ligne: 1, genre: 'mot', avant: '\u0001', bloc: 'listItem' },
      { texte: 'b', ligne: 2, genre: 'mot', avant: '\u0001', bloc: 'listItem' },
    ]);
  });

  it('should give a heading, a leaf directive and a table cell their own block, even after a paragraph without words', () => {
    expect(lire('![x](y.png)\n\n# Titre\n').corps).toStrictEqual([{ texte: 'Titre', ligne: 3, genre: 'mot', avant: '', bloc: 'heading' }]);
    expect(lire('![x](y.png)\n\n::date[12 mai]\n\nSuite\n').corps).toStrictEqual([
      { texte: '12', ligne: 3, genre: 'mot', avant: '', bloc: '::date' },
      { texte: 'mai', ligne: 3, genre: 'mot', avant: '' },
      { texte: 'Suite', ligne: 5, genre: 'mot', avant: '', bloc: 'paragraph' },
    ]);
    expect(lire('| a | b |\n|---|---|\n| c | d |\n').corps.map((t) => [t.texte, t.bloc])).toEqual([
      ['a', 'tableCell'],
      ['b', 'tableCell'],
      ['c', 'tableCell'],
      ['d', 'tableCell'],
    ]);
  });

  it('should read inline code, code blocks and the text of HTML, tags left out', () => {
    expect(lire('Un `code` mot\n\n```\nbloc de\ncode\n```\n').corps.map((t) => [t.texte, t.ligne, t.genre])).toEqual([
      ['Un', 1, 'mot'],
      ['code', 1, 'mot'],
      ['mot', 1, 'mot'],
      ['bloc', 3, 'mot'],
      ['de', 3, 'mot'],
      ['code', 4, 'mot'],
    ]);
    expect(lire('<div>un<br>deux <span>trois</span></div>\n').corps).toStrictEqual([
      { texte: 'un', ligne: 1, genre: 'mot', avant: '' },
      { texte: 'deux', ligne: 1, genre: 'mot', avant: '' },
      { texte: 'trois', ligne: 1, genre: 'mot', avant: '' },
    ]);
  });

  it('should keep the label of a footnote as written, in its call and its definition', () => {
    const { corps, notes } = lire('Appel[^A].\n\n[^A]: Note.\n');
    expect(corps[1]).toStrictEqual({ texte: 'A', ligne: 1, genre: 'appel', avant: '' });
    expect(notes).toStrictEqual([{ etiquette: 'A', ligne: 3, jetons: [{ texte: 'Note', ligne: 3, genre: 'mot', avant: '', bloc: 'paragraph' }] }]);
  });

  it('should keep the text in angle brackets of a code block, which is no HTML', () => {
    expect(lire('```\nx <y> z\n```\n').corps.map((t) => t.texte)).toEqual(['x', 'y', 'z']);
  });

  it('should go through thematic breaks and hard line breaks', () => {
    expect(lire('Un\n\n---\n\nDeux  \ntrois\n').corps.map((t) => [t.texte, t.ligne])).toEqual([
      ['Un', 1],
      ['Deux', 5],
      ['trois', 6],
    ]);
  });
});

describe('motsDeLEdition, the directives', () => {
  it('should skip the edition’s own words as containers, and read the words of other containers', () => {
    expect(lire(':::lacune\nmot\n:::\n\n:::remarque\nautre\n:::\n\nfin\n').corps.map((t) => t.texte)).toEqual(['fin']);
    expect(lire(':::alinea{motif="x"}\nmot\n:::\n\n:::suite{motif="y"}\nautre\n:::\n\n:::corr{source="x"}\ntroisième\n:::\n').corps).toStrictEqual([
      { texte: 'mot', ligne: 2, genre: 'mot', avant: '', bloc: 'paragraph' },
      { texte: 'autre', ligne: 6, genre: 'mot', avant: '', bloc: 'paragraph' },
      { texte: 'troisième', ligne: 10, genre: 'mot', avant: '', bloc: 'paragraph' },
    ]);
  });

  it('should read the words of a directive other than a correction, without taking it for one', () => {
    const resultat = lire('Un :sic[mot] fin\n');
    expect(resultat.corps.map((t) => [t.texte, t.genre])).toEqual([
      ['Un', 'mot'],
      ['mot', 'mot'],
      ['fin', 'mot'],
    ]);
    expect(resultat.corrections).toEqual([]);
    expect(resultat.ecarts).toEqual([]);
  });

  it('should ignore :alinea in the middle of a block, and leave a leaf ::alinea as a block of its own', () => {
    expect(lire('Un :alinea{motif="x"} deux\n').corps).toStrictEqual([
      { texte: 'Un', ligne: 1, genre: 'mot', avant: '', bloc: 'paragraph' },
      { texte: 'deux', ligne: 1, genre: 'mot', avant: '' },
    ]);
    expect(lire('::alinea{motif="x"}\n\nmot\n').corps).toStrictEqual([{ texte: 'mot', ligne: 3, genre: 'mot', avant: '', bloc: '::alinea' }]);
  });

  it('should report a :corr without source with no source line nor context', () => {
    const { corrections, ecarts } = lire('Un :corr[mot] fin\n');
    expect(corrections).toStrictEqual([undefined]);
    expect(ecarts).toStrictEqual([{ ligneSource: 0, source: '', edition: 'mot', contexte: '', ligne: 1, raison: ':corr sans attribut source (ligne 1 du texte)' }]);
  });

  it('should place a correction of the body in no note', () => {
    expect(lire('Un :corr[mot]{source="mat"} fin[^1].\n\n[^1]: Note.\n').corrections).toStrictEqual([{ source: 'mat', corrige: 'mot', ligne: 1, place: { index: 1 } }]);
  });

  it('should read nodes without position at line 0, and directives without attributes', () => {
    const resultat = motsDeLEdition(
      arbre(
        { type: 'paragraph', children: [texte('Un'), { type: 'textDirective', name: 'suite', children: [] }, texte(' deux')] },
        { type: 'paragraph', children: [{ type: 'textDirective', name: 'alinea', children: [] }, texte('trois'), { type: 'textDirective', name: 'corr', children: [texte('quatre')] }] },
        { type: 'paragraph', children: [{ type: 'textDirective', name: 'corr', attributes: { source: null }, children: [texte('cinq')] }] },
        { type: 'list', ordered: true, start: 2, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [texte('six')] }] }] },
      ),
    );
    expect(resultat.corps).toStrictEqual([
      { texte: 'Un', ligne: 0, genre: 'mot', avant: '', bloc: 'paragraph' },
      { texte: 'deux', ligne: 0, genre: 'mot', avant: '', suiteDeclaree: '' },
      { texte: 'trois', ligne: 0, genre: 'mot', avant: '', bloc: 'paragraph', alineaDeclare: '' },
      // the block of a paragraph without words waits for the next word
      { texte: '2', ligne: 0, genre: 'mot', avant: '', bloc: 'paragraph' },
      { texte: 'six', ligne: 0, genre: 'mot', bloc: 'listItem' },
    ]);
    expect(resultat.corrections).toStrictEqual([undefined, undefined]);
    expect(resultat.ecarts.map((e) => e.edition)).toEqual(['quatre', 'cinq']);
  });
});
