/** Which differences the rules explain (`src/noyau/fidelite/comparaison.ts`). */
import { describe, expect, it } from 'vitest';
import { compter, contexteAutour, correspondance, expliquer, montrer, nouveauBilan } from '../../src/noyau/fidelite/comparaison.ts';
import type { JetonEdition } from '../../src/noyau/fidelite/edition.ts';
import { motsDeLaSource } from '../../src/noyau/fidelite/mots.ts';

const edition = (...mots: string[]): JetonEdition[] => mots.map((m) => (m.startsWith('^') ? { texte: m.slice(1), ligne: 1, genre: 'appel' } : { texte: m, ligne: 1, genre: 'mot' }));

describe('correspondance', () => {
  it('should match a word split at a line end rejoined, or with its hyphen kept, and nothing else', () => {
    const [coupe] = motsDeLaSource('com-\nplicité');
    expect(correspondance(coupe!, edition('complicité')[0]!)).toBe('rejoint');
    expect(correspondance(coupe!, edition('com-plicité')[0]!)).toBe('garde');
    expect(correspondance(coupe!, edition('com')[0]!)).toBeNull();
    const [mot] = motsDeLaSource('Smimov');
    expect(correspondance(mot!, edition('Smimov')[0]!)).toBe('egal');
    expect(correspondance(mot!, edition('smimov')[0]!)).toBeNull();
  });

  it('should count rejoined words with their source form as readers see it', () => {
    const bilan = nouveauBilan();
    const [coupe] = motsDeLaSource('\ncom-\nplicité');
    compter(bilan, coupe!, edition('complicité')[0]!, 'rejoint');
    compter(bilan, coupe!, edition('com-plicité')[0]!, 'garde');
    expect(bilan).toEqual({ motsRejoints: [{ source: 'com-plicité', edition: 'complicité', ligne: 2 }], traitsDUnionGardes: 1, appelsDetaches: 0, motsRegroupes: 0 });
  });
});

describe('expliquer', () => {
  it('should explain a note call glued to a word or a year', () => {
    expect(expliquer(motsDeLaSource('communistes1'), edition('communistes', '^1'))).toEqual({ appels: 1, regroupes: 0 });
    expect(expliquer(motsDeLaSource('193015'), edition('1930', '^15'))).toEqual({ appels: 1, regroupes: 0 });
  });

  it('should explain a regrouping the source suggests: an ordinal suffix, words around a hyphen', () => {
    expect(expliquer(motsDeLaSource('1 er'), edition('1er'))).toEqual({ appels: 0, regroupes: 1 });
    expect(expliquer(motsDeLaSource('67- 82'), edition('67-82'))).toEqual({ appels: 0, regroupes: 1 });
  });

  it('should not explain two words glued, a word split, other letters, or an empty side', () => {
    expect(expliquer(motsDeLaSource('par tout'), edition('partout'))).toBeNull();
    expect(expliquer(motsDeLaSource('partout'), edition('par', 'tout'))).toBeNull();
    expect(expliquer(motsDeLaSource('Smimov'), edition('Smirnov'))).toBeNull();
    expect(expliquer([], edition('mot'))).toBeNull();
    expect(expliquer(motsDeLaSource('mot'), [])).toBeNull();
    // A hyphen dropped or added inside one word is a change of the word, to be declared.
    expect(expliquer(motsDeLaSource('eux-mêmes'), edition('euxmêmes'))).toBeNull();
    expect(expliquer(motsDeLaSource('euxmêmes'), edition('eux-mêmes'))).toBeNull();
  });
});

describe('expliquer, how the words are grouped', () => {
  it('should not explain two empty sides, nor words left over on either side', () => {
    expect(expliquer([], [])).toBeNull();
    expect(expliquer(motsDeLaSource('mot reste'), edition('mot'))).toBeNull();
    expect(expliquer(motsDeLaSource('mot'), edition('mot', 'reste'))).toBeNull();
  });

  it('should not explain a side whose letters run out before the other’s', () => {
    expect(expliquer(motsDeLaSource('comm'), edition('communistes'))).toBeNull();
    expect(expliquer(motsDeLaSource('communistes'), edition('comm'))).toBeNull();
  });

  it('should explain a note call printed before its word', () => {
    expect(expliquer(motsDeLaSource('1Lénine'), edition('^1', 'Lénine'))).toEqual({ appels: 1, regroupes: 0 });
  });

  it('should close a group as soon as its letters agree, a same word after it being no regrouping', () => {
    expect(expliquer(motsDeLaSource('communistes1 mot'), edition('communistes', '^1', 'mot'))).toEqual({ appels: 1, regroupes: 0 });
    expect(expliquer(motsDeLaSource('communistes1 1 er'), edition('communistes', '^1', '1er'))).toEqual({ appels: 1, regroupes: 1 });
  });

  it('should not regroup words unless every word after the first may be joined', () => {
    expect(expliquer(motsDeLaSource('67- 82 83'), edition('67-8283'))).toBeNull();
  });
});

describe('montrer and contexteAutour', () => {
  it('should shorten a long list of words in the middle, saying how many there are', () => {
    const liste = Array.from({ length: 20 }, (_, i) => `m${i}`);
    expect(montrer(liste)).toBe('m0 m1 m2 m3 m4 m5 m6 … m13 m14 m15 m16 m17 m18 m19 (20 mots)');
    expect(montrer(['a', 'b'])).toBe('a b');
    expect(montrer(liste.slice(0, 14))).toBe('m0 m1 m2 m3 m4 m5 m6 m7 m8 m9 m10 m11 m12 m13');
  });

  it('should show five words on each side, the difference in brackets and line-end breaks as -|', () => {
    const source = motsDeLaSource('un deux trois quatre cinq six com-\nplicité sept huit neuf dix onze douze');
    expect(contexteAutour(source, 6, 7)).toBe('deux trois quatre cinq six [com-|plicité] sept huit neuf dix onze');
    expect(contexteAutour(source, 0, 0)).toBe('[] un deux trois quatre cinq');
  });
});
