/**
 * The coverage report of the persons register, on a small text with the test register (the
 * dossier itself, whose texts must name nobody the register does not know, is checked in
 * tests/construction/dossier.test.ts, where it is modelled once).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { couvrir, lireNonPersonnes, motsCourantsFrancais, type TexteACouvrir } from '../../src/noyau/couverture-personnes.ts';
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

describe('the coverage report, on short passages', () => {
  const repertoire = () => compilerRegistre([
    { id: 'kamenev', nom: 'Lev Kamenev', formes: ['Kamenev', 'L. B. Kamenev'], role: 'Dirigeant bolchevique', note: '' },
    { id: 'zinoviev', nom: 'Grigori Zinoviev', formes: ['Zinoviev'], role: 'Dirigeant bolchevique', note: '' },
    { id: 'piatakov', nom: 'Iouri Piatakov', formes: ['Iouri Piatakov'], role: 'Dirigeant bolchevique', note: '' },
  ]);
  /** A text of one passage (line 3); `noms` are the person mentions, in order of their first occurrence after the previous one. */
  const texte = (passage: string, noms: Array<[string, string]> = [], edition: Partial<Record<'lacunes' | 'remarques' | 'oeuvres' | 'titres', string[]>> = {}) => {
    let apres = 0;
    const mentions = noms.map(([forme, entite]) => {
      const debut = passage.indexOf(forme, apres);
      apres = debut + forme.length;
      return { passage: 'p1', debut, fin: apres, phrase: passage, debutPhrase: 0, genre: 'personne' as const, entite, forme, resolution: 'graphie' as const };
    });
    const lieux = (mots: string[] = []) => mots.map((m) => ({ passage: 'p1', debut: passage.indexOf(m), fin: passage.indexOf(m) + m.length, phrase: passage, debutPhrase: 0, texte: m }));
    return {
      chemin: 'court.md',
      modele: {
        passages: [{ id: 'p1', numero: 1, genre: 'paragraphe' as const, alias: [], texte: passage, ligne: 3 }],
        mentions, lacunes: lieux(edition.lacunes), remarques: lieux(edition.remarques), oeuvres: lieux(edition.oeuvres), titres: lieux(edition.titres),
      },
    } as unknown as TexteACouvrir;
  };
  const inconnus = (passage: string, noms: Array<[string, string]> = [], motsCourants: string[] = [], edition = {}) =>
    couvrir([texte(passage, noms, edition)], repertoire(), new Set(), new Set(motsCourants)).inconnus.map((m) => m.mot);

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

  it('should take a whole hyphenated word or an acronym declared as a non-person as used', () => {
    const resultat = couvrir([texte('de Saint-Pétersbourg en URSS.')], compilerRegistre([]), new Set(['Saint-Pétersbourg', 'URSS', 'Kiev']));
    expect([resultat.inconnus, resultat.nonPersonnesInutiles]).toEqual([[], ['Kiev']]);
  });

  it('should report the names nobody registered, once a line, and not the registered ones', () => {
    const resultat = couvrir([texte('le bloc Zinoviev-Kamenev, Iagoda, d’Iagoda et Kamenev.', [['Zinoviev', 'zinoviev'], ['Kamenev', 'kamenev'], ['Kamenev', 'kamenev']])], repertoire(), new Set());
    expect(resultat).toEqual({
      inconnus: [{ chemin: 'court.md', ligne: 3, mot: 'Iagoda' }],
      graphies: [],
      jamaisMentionnees: ['piatakov'],
      nonPersonnesInutiles: [],
      formesInutilisees: ['kamenev: L. B. Kamenev', 'piatakov: Iouri Piatakov'],
    });
  });

  it('should report a spelling the register lacks and, apart, the same word left unmarked', () => {
    const resultat = couvrir([texte('ni Piatakov ni Piatakov.', [['Piatakov', 'piatakov']])], repertoire(), new Set());
    expect([resultat.graphies, resultat.inconnus]).toEqual([
      [{ chemin: 'court.md', ligne: 3, mot: 'Piatakov', personnes: ['piatakov'] }],
      [{ chemin: 'court.md', ligne: 3, mot: 'Piatakov' }],
    ]);
  });

  it('should not report initials, acronyms, Roman numerals, or the edition’s own words', () => {
    expect(inconnus('signé J. et K. au XVIIe congrès du NKVD, et Louis XIV.')).toEqual(['Louis']);
    expect(inconnus('il dit Illisible puis Dimitrov et Radek ici.', [], [], { remarques: ['Illisible'], lacunes: ['Radek'], oeuvres: ['Dimitrov'] })).toEqual([]);
  });

  it('should take a capitalised common word for an ordinary one at a sentence start only', () => {
    expect(inconnus('Cette fois. il vit cette maison.')).toEqual([]);
    expect(inconnus('Aujourd\'hui il part, il part aujourd\'hui.')).toEqual([]);
    expect(inconnus('il partit.  — Cependant il revint.', [], ['cependant'])).toEqual([]);
    expect(inconnus('Visites et Camarades, écrit le camarade Marteau.', [], ['visite', 'camarade', 'marteau'])).toEqual(['Camarades', 'Marteau']);
    expect(inconnus('Iagoda parle.', [], ['iagoda'])).toEqual([]);
    expect(inconnus('Iagoda parle.')).toEqual(['Iagoda']);
  });

  it('should take the first word of a quotation or a parenthesis as a sentence start', () => {
    expect(inconnus('il écrivit «Cependant, rien» et (Cependant).', [], ['cependant'])).toEqual([]);
    expect(inconnus('il écrivit « mot » puis Cependant.', [], ['cependant'])).toEqual(['Cependant']);
    expect(inconnus('il écrivit «  Cependant».', [], ['cependant'])).toEqual([]);
  });
});
