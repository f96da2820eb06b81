/** The words of the source (`src/noyau/fidelite/mots.ts`). */
import { describe, expect, it } from 'vitest';
import { mots, motsDeLaSource } from '../../src/noyau/fidelite/mots.ts';

describe('mots', () => {
  it('should keep letters and digits with internal hyphens, and split on everything else', () => {
    expect(mots("L’homme « eux-mêmes » (1936), -trait- n°12 ; l'an")).toEqual(['L', 'homme', 'eux-mêmes', '1936', 'trait', 'n', '12', 'l', 'an']);
  });

  it('should compare composed and decomposed accents alike', () => {
    expect(mots('e\u0301te\u0301')).toEqual(['été']);
  });
});

describe('motsDeLaSource', () => {
  it('should give each word its line and treat punctuation and quotes as separators', () => {
    const jetons = motsDeLaSource('Il dit : "l\'homme"\n(eux-mêmes), 1936.\n');
    expect(jetons.map((w) => [w.texte, w.ligne])).toEqual([
      ['Il', 1],
      ['dit', 1],
      ['l', 1],
      ['homme', 1],
      ['eux-mêmes', 2],
      ['1936', 2],
    ]);
  });

  it('should make one word with its pieces of a word split by a hyphen at a line end, across blank lines', () => {
    const jetons = motsDeLaSource('une com-\n\n  \nplicité, trotskyste -\nzinoviéviste');
    expect(jetons[1]).toEqual({ avant: '', texte: 'complicité', ligne: 1, morceaux: ['com', 'plicité'] });
    expect(jetons.slice(2).map((w) => w.texte)).toEqual(['trotskyste', 'zinoviéviste']);
  });

  it('should mark as joinable a word after a detached hyphen, and an ordinal suffix printed apart', () => {
    const jetons = motsDeLaSource('trotskyste -\nzinoviéviste, pages 67- 82, le 1 er mai, le 1 mai');
    const joignables = jetons.filter((j) => j.joignable).map((j) => j.texte);
    expect(joignables).toEqual(['zinoviéviste', '82', 'er']);
  });

  it('should only take for an ordinal suffix a suffix printed right after a number', () => {
    const joignables = (texte: string) => motsDeLaSource(texte).map((j) => [j.texte, j.joignable ?? false]);
    expect(joignables('12 e')).toEqual([['12', false], ['e', true]]);
    expect(joignables('mot er')).toEqual([['mot', false], ['er', false]]);
    expect(joignables('a1 er')).toEqual([['a1', false], ['er', false]]);
    expect(joignables('1a er')).toEqual([['1a', false], ['er', false]]);
    expect(joignables('1, er')).toEqual([['1', false], ['er', false]]);
  });

  it('should carry the signs of a range without words to the next word', () => {
    expect(motsDeLaSource('un,\n«(\ndeux', [[1, 1], [2, 2], [3, 3]])).toEqual([
      { texte: 'un', ligne: 1, avant: '' },
      { texte: 'deux', ligne: 3, avant: ',«(' },
    ]);
  });

  it('should only read the lines in range, and never join words across two ranges', () => {
    const jetons = motsDeLaSource('un\ndeux -\ntrois\nquatre\n', [[2, 2], [4, 4]]);
    expect(jetons).toEqual([
      { texte: 'deux', ligne: 2, avant: '' },
      // The hyphen closing the first range is a sign before the first word of the next one, never a join.
      { texte: 'quatre', ligne: 4, avant: '-' },
    ]);
  });

  it('should read every line when no range or an empty list is given, and clip ranges to the file', () => {
    expect(motsDeLaSource('a\nb\n', []).map((w) => w.texte)).toEqual(['a', 'b']);
    expect(motsDeLaSource('a\nb\n', [[2, 40]]).map((w) => w.texte)).toEqual(['b']);
  });
});
