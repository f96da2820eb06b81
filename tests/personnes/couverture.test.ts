/**
 * The coverage report of the persons register, on a small text with the test register (the
 * dossier itself, whose texts must name nobody the register does not know, is checked in
 * tests/construction/dossier.test.ts, where it is modelled once).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { couvrir, lireNonPersonnes, motsCourantsFrancais } from '../../src/noyau/couverture-personnes.ts';
import { compilerRegistre } from '../../src/noyau/personnes.ts';
import { modeleDe, rendreAvecPassages, repertoireDe } from '../helpers/pipeline.ts';

const ici = (...p: string[]) => join(import.meta.dirname, ...p);
const motsCourants = await motsCourantsFrancais();

describe('the coverage report', async () => {
  const repertoire = repertoireDe(ici('registre'));
  const file = await rendreAvecPassages(readFileSync(ici('couverture', 'texte.md'), 'utf8'), 'texte.md', { personnes: repertoire });
  const resultat = couvrir([{ chemin: 'texte.md', modele: modeleDe(file) }], repertoire, lireNonPersonnes(readFileSync(ici('couverture', 'non-personnes.txt'), 'utf8')), motsCourants);

  it('should report a capitalised word that is neither registered nor a declared non-person, with the line of its passage, outside the edition\'s words and the works cited', () => {
    expect(resultat.inconnus).toEqual([
      { chemin: 'texte.md', ligne: 14, mot: 'Dzerjinski' },
      { chemin: 'texte.md', ligne: 14, mot: 'Zinoviev' },
      { chemin: 'texte.md', ligne: 23, mot: 'Iagoda' },
    ]);
  });

  it('should report a name written with initials its entry does not list', () => {
    expect(resultat.graphies).toEqual([{ chemin: 'texte.md', ligne: 14, mot: 'E. Reingold', personnes: ['reingold'] }]);
  });

  it('should list register entries no text mentions, non-persons and spellings no text uses', () => {
    expect(resultat.jamaisMentionnees).toContain('boukharine');
    expect(resultat.jamaisMentionnees).not.toContain('kamenev');
    expect(resultat.jamaisMentionnees).not.toContain('trotski');
    expect(resultat.nonPersonnesInutiles).toEqual(['Inutile']);
    expect(resultat.formesInutilisees).toContain('kamenev: L. B. Kamenev');
    expect(resultat.formesInutilisees).not.toContain('kamenev: Kamenev');
  });
});

describe('the coverage report of a hyphenated word', () => {
  const texte = (passage: string) => ({
    chemin: 'court.md',
    modele: { passages: [{ id: 'p1', numero: 1, genre: 'paragraphe' as const, alias: [], texte: passage, ligne: 3 }], mentions: [], lacunes: [], remarques: [], oeuvres: [], titres: [] },
  });

  it('should take a declared non-person inside a hyphenated word as used, and check the other parts', () => {
    const resultat = couvrir([texte('la ligne Moscou-Iaroslavl fut doublée.')], compilerRegistre([]), new Set(['Moscou', 'Kiev']));
    expect(resultat).toEqual({
      inconnus: [{ chemin: 'court.md', ligne: 3, mot: 'Iaroslavl' }],
      graphies: [],
      jamaisMentionnees: [],
      nonPersonnesInutiles: ['Kiev'],
      formesInutilisees: [],
    });
  });
});
