/** The words of the edition in its source view (`src/noyau/fidelite/edition.ts`). */
import { describe, expect, it } from 'vitest';
import { motsDeLEdition } from '../../src/noyau/fidelite/edition.ts';
import { parseMarkdown } from '../../src/noyau/markdown.ts';

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
  });

  it('should skip :lacune as a block', () => {
    expect(lire('Avant.\n\n::lacune[page manquante]\n\nAprès.\n').corps.map((t) => t.texte)).toEqual(['Avant', 'Après']);
  });
});
