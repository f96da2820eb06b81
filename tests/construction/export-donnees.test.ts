/**
 * The edition's data for reuse (src/noyau/export-donnees.ts): the records of `donnees/dossier.json`,
 * `donnees/textes/<slug>.json` and `donnees/personnes.json`, built from small hand-made models.
 */
import { describe, expect, it } from 'vitest';
import type { EnTete } from '../../src/noyau/entete.ts';
import {
  dossierExporte, personnesExportees, reponseJson, texteExporte, VERSION_DONNEES, type PersonneExportee, type TexteExporte,
} from '../../src/noyau/export-donnees.ts';
import type { Modele } from '../../src/noyau/modele.ts';

const url = (chemin: string) => `https://exemple.org/${chemin}`;

function modele(parties: Partial<Modele>): Modele {
  return {
    passages: [], passagesRetires: [], passagesDeplaces: [], notes: [], titres: [], mentions: [], dates: [], corrections: [],
    lacunes: [], remarques: [], sics: [], oeuvres: [], mots: 0, ...parties,
  };
}

const presentation = 'Une lettre écrite pendant le procès, publiée dans le dossier.';

/** A dated, translated text: a heading naming Kamenev, a paragraph, a note; an event, a date, a correction. */
const lettre: TexteExporte = {
  slug: 'lettre',
  entete: {
    titre: 'Lettre', auteur: 'Nikolaï Boukharine', traduction: 'Le collectif de NSC', date: '1936-08-27', genre: 'lettre', ordre: 2,
    presentation, source: { fichier: 'lettre.txt', lignes: [[1, 20]] },
  },
  modele: modele({
    titres: [{ profondeur: 2, texte: 'Kamenev en 1936', id: 'kamenev-en-1936', ligne: 3 }],
    passages: [
      { id: 'p1', numero: 1, genre: 'paragraphe', alias: ['p0'], texte: 'Il écrit. Kamenev parle du procès en août 1936.', ligne: 5 },
      { id: 'note-7', numero: '7', genre: 'note', alias: [], texte: 'L. B. Kamenev (1883-1936).', ligne: 9 },
    ],
    notes: [{ numero: '7', id: 'note-7', appels: ['appel-7'], appelee: ['p1'], texte: 'L. B. Kamenev (1883-1936).', lacunes: [] }],
    mentions: [
      { passage: '', titre: 0, debut: 0, fin: 7, phrase: 'Kamenev en 1936', debutPhrase: 0, genre: 'personne', entite: 'kamenev', forme: 'Kamenev', resolution: 'graphie' },
      { passage: 'p1', debut: 10, fin: 17, phrase: 'Kamenev parle du procès en août 1936.', debutPhrase: 10, genre: 'personne', entite: 'kamenev', forme: 'Kamenev', resolution: 'graphie' },
      { passage: 'p1', debut: 24, fin: 30, phrase: 'Kamenev parle du procès en août 1936.', debutPhrase: 10, genre: 'evenement', entite: 'proces-des-seize', forme: 'procès', resolution: 'graphie' },
      { passage: 'note-7', debut: 0, fin: 13, phrase: 'L. B. Kamenev (1883-1936).', debutPhrase: 0, genre: 'personne', entite: 'kamenev', forme: 'L. B. Kamenev', resolution: 'graphie' },
    ],
    dates: [
      { passage: '', titre: 0, debut: 11, fin: 15, phrase: 'Kamenev en 1936', debutPhrase: 0, iso: '1936', mots: '1936' },
      { passage: 'p1', debut: 34, fin: 43, phrase: 'Kamenev parle du procès en août 1936.', debutPhrase: 10, iso: '1936-08', mots: 'août 1936' },
      { passage: 'note-7', debut: 15, fin: 24, phrase: 'L. B. Kamenev (1883-1936).', debutPhrase: 0, iso: '1883/1936', mots: '1883-1936', vie: true },
    ],
    corrections: [
      { id: 'corr-1', source: 'Kamenef', corrige: 'Kamenev', motif: "erreur d'extraction : lettre mal lue", categorie: 'extraction', ligne: 5, colonne: 11, passage: 'p1' },
    ],
  }),
};

/** An undated text, not translated, first in reading order. */
const essai: TexteExporte = {
  slug: 'essai',
  entete: { titre: 'Essai', auteur: 'Victor Serge', genre: 'essai', ordre: 1, presentation, source: { fichier: 'essai.txt', lignes: [[3, 4]] } } satisfies EnTete,
  modele: modele({
    passages: [{ id: 'p1', numero: 1, genre: 'paragraphe', alias: [], texte: 'Staline et Kamenev.', ligne: 3 }],
    mentions: [
      { passage: 'p1', debut: 0, fin: 7, phrase: 'Staline et Kamenev.', debutPhrase: 0, genre: 'personne', entite: 'staline', forme: 'Staline', resolution: 'graphie' },
      { passage: 'p1', debut: 11, fin: 18, phrase: 'Staline et Kamenev.', debutPhrase: 0, genre: 'personne', entite: 'kamenev', forme: 'Kamenev', resolution: 'graphie' },
    ],
  }),
};

describe('texteExporte', () => {
  it('should export a text with its passages, persons named, dates and corrections, positions in the passages', () => {
    expect(texteExporte(lettre, url)).toEqual({
      version: VERSION_DONNEES,
      slug: 'lettre',
      url: 'https://exemple.org/textes/lettre/',
      titre: 'Lettre',
      auteur: 'Nikolaï Boukharine',
      traduction: 'Le collectif de NSC',
      date: '1936-08-27',
      genre: 'lettre',
      ordre: 2,
      presentation,
      source: { fichier: 'lettre.txt', lignes: [[1, 20]] },
      passages: [
        { id: 'p1', numero: '1', reference: '§ 1', note: false, alias: ['p0'], texte: 'Il écrit. Kamenev parle du procès en août 1936.', url: 'https://exemple.org/textes/lettre/#p1' },
        { id: 'note-7', numero: '7', reference: 'note 7', note: true, alias: [], texte: 'L. B. Kamenev (1883-1936).', url: 'https://exemple.org/textes/lettre/#note-7' },
      ],
      // Persons only (no event); a heading is no passage and has no position.
      mentions: [
        { personne: 'kamenev', forme: 'Kamenev', passage: null, position: null, phrase: 'Kamenev en 1936' },
        { personne: 'kamenev', forme: 'Kamenev', passage: 'p1', position: 10, phrase: 'Kamenev parle du procès en août 1936.' },
        { personne: 'kamenev', forme: 'L. B. Kamenev', passage: 'note-7', position: 0, phrase: 'L. B. Kamenev (1883-1936).' },
      ],
      dates: [
        { iso: '1936', texte: '1936', passage: null, position: null, phrase: 'Kamenev en 1936', vie: false },
        { iso: '1936-08', texte: 'août 1936', passage: 'p1', position: 34, phrase: 'Kamenev parle du procès en août 1936.', vie: false },
        { iso: '1883/1936', texte: '1883-1936', passage: 'note-7', position: 15, phrase: 'L. B. Kamenev (1883-1936).', vie: true },
      ],
      corrections: [
        { id: 'corr-1', source: 'Kamenef', corrige: 'Kamenev', motif: "erreur d'extraction : lettre mal lue", categorie: 'extraction', url: 'https://exemple.org/textes/lettre/#corr-1' },
      ],
    });
  });

  it('should give null for a translation and a date the front matter does not state', () => {
    const exporte = texteExporte(essai, url);
    expect([exporte.traduction, exporte.date, exporte.dates, exporte.corrections]).toEqual([null, null, [], []]);
  });
});

describe('personnesExportees', () => {
  const personnes: PersonneExportee[] = [
    { id: 'kamenev', data: { nom: 'Lev Kamenev', formes: ['Kamenev', 'L. B. Kamenev'], naissance: 1883, mort: 1936, role: 'accusé', texte_note: { texte: 'lettre', note: '7' } } },
    { id: 'trotski', data: { nom: 'Léon Trotski', formes: ['Trotski'], role: 'exilé' } },
  ];

  it('should export each person with their note and where each text names them, texts in reading order', () => {
    expect(personnesExportees(personnes, [lettre, essai], url)).toEqual({
      version: VERSION_DONNEES,
      personnes: [
        {
          id: 'kamenev', url: 'https://exemple.org/personnes/kamenev/', nom: 'Lev Kamenev', formes: ['Kamenev', 'L. B. Kamenev'], naissance: 1883, mort: 1936, role: 'accusé',
          note: { texte: 'lettre', note: '7', url: 'https://exemple.org/textes/lettre/#note-7' },
          mentions: [
            {
              texte: 'essai', total: 1,
              lieux: [{ passage: 'p1', reference: '§ 1', formes: ['Kamenev'], phrase: 'Staline et Kamenev.', url: 'https://exemple.org/textes/essai/#p1' }],
            },
            {
              texte: 'lettre', total: 3,
              lieux: [
                { passage: null, reference: null, formes: ['Kamenev'], phrase: 'Kamenev en 1936', url: 'https://exemple.org/textes/lettre/#kamenev-en-1936' },
                { passage: 'p1', reference: '§ 1', formes: ['Kamenev'], phrase: 'Kamenev parle du procès en août 1936.', url: 'https://exemple.org/textes/lettre/#p1' },
                { passage: 'note-7', reference: 'note 7', formes: ['L. B. Kamenev'], phrase: 'L. B. Kamenev (1883-1936).', url: 'https://exemple.org/textes/lettre/#note-7' },
              ],
            },
          ],
        },
        // No dates, no note, named by no text.
        { id: 'trotski', url: 'https://exemple.org/personnes/trotski/', nom: 'Léon Trotski', formes: ['Trotski'], naissance: null, mort: null, role: 'exilé', note: null, mentions: [] },
      ],
    });
  });
});

describe('dossierExporte', () => {
  it('should point to the schema, the persons and each text’s page and data, in the order given', () => {
    expect(dossierExporte([essai, lettre], { titre: 'Les procès de Moscou', url })).toEqual({
      version: VERSION_DONNEES,
      titre: 'Les procès de Moscou',
      url: 'https://exemple.org/',
      langue: 'fr',
      schema: 'https://exemple.org/donnees/schema.json',
      personnes: 'https://exemple.org/donnees/personnes.json',
      textes: [
        { slug: 'essai', titre: 'Essai', auteur: 'Victor Serge', ordre: 1, url: 'https://exemple.org/textes/essai/', donnees: 'https://exemple.org/donnees/textes/essai.json' },
        { slug: 'lettre', titre: 'Lettre', auteur: 'Nikolaï Boukharine', ordre: 2, url: 'https://exemple.org/textes/lettre/', donnees: 'https://exemple.org/donnees/textes/lettre.json' },
      ],
    });
  });
});

describe('reponseJson', () => {
  it('should answer JSON indented by two spaces, ending with a newline', async () => {
    const reponse = reponseJson({ titre: 'Dossier', textes: [1] });
    expect(reponse.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await reponse.text()).toBe('{\n  "titre": "Dossier",\n  "textes": [\n    1\n  ]\n}\n');
  });
});
