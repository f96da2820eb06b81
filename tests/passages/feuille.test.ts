/**
 * A reader's sheet in its URL (src/noyau/feuille.ts) and links to words (src/noyau/fragments.ts),
 * with the dossier's own passages where the ledger matters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ecrireFeuille, lireFeuille, trouverPassage } from '../../src/noyau/feuille.ts';
import { fragmentDesMots, lireFragmentDesMots, trouverLesMots } from '../../src/noyau/fragments.ts';
import { citation } from '../../src/noyau/references.ts';

describe('a sheet in its URL', () => {
  it('should read references written by hand, in order, and say which it cannot read', () => {
    const lue = lireFeuille('?p=lettre-boukharine/p12,article-furr/note-3,,%20essai-werth/p2%20,Lettre/p1,x/y/z,lettre-boukharine/p12');
    expect(lue.entrees).toEqual([
      { texte: 'lettre-boukharine', passage: 'p12' },
      { texte: 'article-furr', passage: 'note-3' },
      { texte: 'essai-werth', passage: 'p2' },
    ]);
    expect(lue.illisibles).toEqual(['Lettre/p1', 'x/y/z']);
  });

  it('should write the form organisers write, and the notes only when asked', () => {
    const entrees = [
      { texte: 'lettre-boukharine', passage: 'p12', note: 'À discuter : « aveux », 1936 & après' },
      { texte: 'article-furr', passage: 'p81' },
      { texte: 'essai-werth', passage: 'p3', note: 'Deux\nlignes' },
    ];
    expect(ecrireFeuille(entrees)).toBe('p=lettre-boukharine/p12,article-furr/p81,essai-werth/p3');
    const avec = ecrireFeuille(entrees, true);
    expect(avec).toMatch(/^p=lettre-boukharine\/p12,article-furr\/p81,essai-werth\/p3&n=1:/);
    expect(lireFeuille(avec).entrees).toEqual(entrees);
    expect(ecrireFeuille([])).toBe('');
  });

  it('should ignore notes for passages the URL does not have', () => {
    expect(lireFeuille('p=introduction/p1&n=2:perdue&n=x:rien&n=1:gardée').entrees).toEqual([{ texte: 'introduction', passage: 'p1', note: 'gardée' }]);
  });

  it('should find a passage by its id or by an older id of the ledger', () => {
    const passages = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'passages', 'lettre-boukharine.json'), 'utf8')).passages as { id: string }[];
    const publies = passages.map((p, i) => ({ id: p.id, alias: i === 3 ? ['p900'] : [] }));
    expect(trouverPassage(publies, passages[5]!.id)).toBe(publies[5]);
    expect(trouverPassage(publies, 'p900')).toBe(publies[3]);
    expect(trouverPassage(publies, 'p901')).toBeUndefined();
  });
});

describe('links to words', () => {
  it('should quote a few words whole, keeping no-break spaces, and escape the directive’s syntax', () => {
    const fragment = fragmentDesMots('p14', 'les Trotsky-Zinoviev, enfin\u202F!');
    expect(fragment).toBe('p14:~:text=les%20Trotsky%2DZinoviev%2C%20enfin%E2%80%AF!');
    expect(lireFragmentDesMots(`#${fragment}`)).toEqual({ id: 'p14', debut: 'les Trotsky-Zinoviev, enfin\u202F!' });
  });

  it('should name a long quotation by its first and last words', () => {
    const mots = 'Je déclare non seulement que je suis innocent des crimes qui me sont imputés';
    const fragment = fragmentDesMots('note-3', mots);
    expect(fragment).toBe('note-3:~:text=Je%20d%C3%A9clare%20non%20seulement,qui%20me%20sont%20imput%C3%A9s');
    expect(lireFragmentDesMots(fragment)).toEqual({ id: 'note-3', debut: 'Je déclare non seulement', fin: 'qui me sont imputés' });
    expect(lireFragmentDesMots('#p3')).toBeUndefined();
  });

  it('should find the words a link names in a passage, for browsers without text fragments', () => {
    const texte = 'Je déclare\u00A0: je suis innocent des crimes, « innocent » de tout, je le\ndéclare encore.';
    const court = lireFragmentDesMots(fragmentDesMots('p1', 'innocent des crimes'))!;
    expect(trouverLesMots(texte, court)).toEqual([texte.indexOf('innocent'), texte.indexOf(',')]);
    // First and last words: from the first occurrence of the start to the end term after it; a line break counts as a space.
    const long = lireFragmentDesMots(fragmentDesMots('p1', 'je suis innocent des crimes, « innocent » de tout, je le déclare'))!;
    expect(texte.slice(...trouverLesMots(texte, long)!)).toBe('je suis innocent des crimes, « innocent » de tout, je le\ndéclare');
    expect(trouverLesMots(texte, { debut: 'coupable' })).toBeUndefined();
    expect(trouverLesMots(texte, { debut: 'Je déclare', fin: 'absent' })).toBeUndefined();
  });

  it('should quote selected words whole, with French quotation marks and spacing', () => {
    expect(citation({ texte: 'un « procès » de quinze mots ou plus, qui ne sont pas coupés ici comme une ouverture le serait', auteur: 'A', titre: 'T', reference: '§ 2', url: 'u', entier: true }))
      .toBe('«\u202Fun “procès” de quinze mots ou plus, qui ne sont pas coupés ici comme une ouverture le serait\u202F» — A, T, § 2, u');
  });
});
