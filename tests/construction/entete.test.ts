/** Front matters: finding the YAML, checking it, placing its problems (src/noyau/entete.ts). */
import { describe, expect, it } from 'vitest';
import { lireEnTete, placeDansLEnTete, schemaTexte, yamlDe } from '../../src/noyau/entete.ts';

const ENTETE = `titre: Une lettre
auteur: N. Boukharine
genre: lettre
ordre: 1
presentation: Une lettre de test, pour les messages.
source:
  fichier: lettre.txt
  lignes: [[1, 3]]
`;

const DONNEES = {
  titre: 'Une lettre',
  auteur: 'N. Boukharine',
  genre: 'lettre',
  ordre: 1,
  presentation: 'Une lettre de test, pour les messages.',
  source: { fichier: 'lettre.txt', lignes: [[1, 3]] },
};

describe('yamlDe', () => {
  it('should take the YAML between the two --- lines, the first at the very start', () => {
    expect(yamlDe('---\na: 1\n---\nTexte')).toEqual({ yaml: 'a: 1', ligne: 2 });
    expect(yamlDe('---\r\na: 1\r\n---\r\nTexte')).toEqual({ yaml: 'a: 1', ligne: 2 });
    expect(yamlDe('---\na: 1\n---x\nb\n---\n')).toEqual({ yaml: 'a: 1\n---x\nb', ligne: 2 });
    expect(yamlDe('Texte\n---\na: 1\n---\n')).toBeUndefined();
  });

  it('should accept an empty front matter, spaces after the closing line, and a file that ends there', () => {
    expect(yamlDe('---\n---\nTexte')).toEqual({ yaml: '', ligne: 2 });
    expect(yamlDe('---\na: 1\n--- \t\nTexte')).toEqual({ yaml: 'a: 1', ligne: 2 });
    expect(yamlDe('---\na: 1\n---')).toEqual({ yaml: 'a: 1', ligne: 2 });
  });
});

describe('lireEnTete', () => {
  it('should give the checked data of a good front matter', () => {
    expect(lireEnTete(ENTETE, schemaTexte)).toEqual({ ok: true, donnees: DONNEES });
    expect(lireEnTete(`${ENTETE}date: 1936-08\n`, schemaTexte)).toEqual({ ok: true, donnees: { ...DONNEES, date: '1936-08' } });
    expect(lireEnTete(ENTETE.replace('[[1, 3]]', '[[2, 2]]'), schemaTexte)).toEqual({ ok: true, donnees: { ...DONNEES, source: { fichier: 'lettre.txt', lignes: [[2, 2]] } } });
  });

  it('should refuse a date that does not exist, a season included, at the date’s place', () => {
    const raison = 'en-tête, date : une date qui existe est attendue (mois 01 à 12, un jour de ce mois)';
    expect(lireEnTete(`${ENTETE}date: 1936-21\n`, schemaTexte, 5)).toEqual({ ok: false, problemes: [{ raison, ligne: 13, colonne: 7 }] });
    expect(lireEnTete(`${ENTETE}date: 1936-02-30\n`, schemaTexte, 5)).toEqual({ ok: false, problemes: [{ raison, ligne: 13, colonne: 7 }] });
  });

  it('should refuse a range of lines that ends before it starts', () => {
    expect(lireEnTete(ENTETE.replace('[[1, 3]]', '[[3, 2]]'), schemaTexte, 5)).toEqual({
      ok: false,
      problemes: [{ raison: 'en-tête, source.lignes.0 : une plage de lignes [début, fin] avec début ≤ fin est attendue', ligne: 12, colonne: 12 }],
    });
  });

  it('should give YAML errors with the first line of their message and their place', () => {
    expect(lireEnTete('titre: [a\n', schemaTexte, 5)).toEqual({
      ok: false,
      problemes: [{ raison: 'en-tête YAML illisible (Flow sequence in block collection must be sufficiently indented and end with a ])', ligne: 6, colonne: 1 }],
    });
  });

  it('should place a missing field at its parent, or at the front matter’s start, even after a comment', () => {
    expect(lireEnTete(ENTETE.replace('  fichier: lettre.txt\n', ''), schemaTexte, 5)).toEqual({
      ok: false,
      problemes: [{ raison: 'en-tête, source.fichier : Entrée invalide : chaîne de caractères attendu, indéfini reçu', ligne: 11, colonne: 3 }],
    });
    expect(lireEnTete(`# commentaire\n\n${ENTETE.replace('titre: Une lettre\n', '')}`, schemaTexte, 5)).toEqual({
      ok: false,
      problemes: [{ raison: 'en-tête, titre : Entrée invalide : chaîne de caractères attendu, indéfini reçu', ligne: 5, colonne: 1 }],
    });
  });

  it('should name the root and place it at the front matter’s start when the whole front matter is wrong', () => {
    expect(lireEnTete('# commentaire\n\n- a\n', schemaTexte, 5)).toEqual({
      ok: false,
      problemes: [{ raison: 'en-tête, (racine) : Entrée invalide : objet attendu, tableau reçu', ligne: 5, colonne: 1 }],
    });
  });
});

describe('placeDansLEnTete', () => {
  it('should give the line and column of a value, over the file’s lines', () => {
    expect(placeDansLEnTete(ENTETE, ['source', 'lignes', 0, 1], 5)).toEqual({ line: 12, column: 16 });
    expect(placeDansLEnTete(ENTETE, ['titre'])).toEqual({ line: 2, column: 8 });
  });

  it('should give the front matter’s start for a value it does not have', () => {
    expect(placeDansLEnTete(ENTETE, ['source', 'absent'], 5)).toEqual({ line: 5, column: 1 });
    expect(placeDansLEnTete('', [], 5)).toEqual({ line: 5, column: 1 });
  });
});
