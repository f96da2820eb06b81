/**
 * The cross-document index (src/noyau/index-dossier.ts) on texts modelled by the pipeline: who is
 * mentioned where, and the search records of the passages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mentionsParEntite, passagesIndexes, urlDuPassage, type TexteSource } from '../../src/noyau/index-dossier.ts';
import { modeleDe, rendreAvecPassages } from '../helpers/pipeline.ts';

async function texte(slug: string, ordre: number, markdown: string): Promise<TexteSource> {
  const file = await rendreAvecPassages(markdown, `${slug}.md`);
  return { slug, entete: { titre: `Titre ${slug}`, auteur: 'Auteur', ordre }, modele: modeleDe(file) };
}

let lettre: TexteSource;
let essai: TexteSource;
beforeAll(async () => {
  lettre = await texte('lettre', 2, '## Kamenev en 1936\n\nKamenev parle. Kamenev, ou L. B. Kamenev, se tait. Puis Staline.\n\nKamenev encore[^1].\n\n[^1]: L. B. Kamenev (1883-1936).\n');
  essai = await texte('essai', 1, 'Staline, en août 1936, et Kamenev.\n');
});

describe('mentionsParEntite', () => {
  it('should list each person’s texts in reading order, with how often and where', () => {
    const index = mentionsParEntite([lettre, essai], 'personne');
    const kamenev = index.get('kamenev')!;
    expect(kamenev.map((t) => [t.texte.slug, t.total])).toEqual([['essai', 1], ['lettre', 5]]);
    expect(kamenev[0]!.texte).toEqual({ slug: 'essai', titre: 'Titre essai', auteur: 'Auteur', ordre: 1 });
    expect(kamenev[1]!.lieux).toEqual([
      { formes: ['Kamenev'], phrase: 'Kamenev parle.', marques: [[0, 7]], passage: 'p1', numero: '§ 1', url: 'textes/lettre/#p1' },
      // One sentence listed once, every spelling and every place of the name in it.
      { formes: ['Kamenev', 'L. B. Kamenev'], phrase: 'Kamenev, ou L. B. Kamenev, se tait.', marques: [[0, 7], [12, 25]], passage: 'p1', numero: '§ 1', url: 'textes/lettre/#p1' },
      { formes: ['Kamenev'], phrase: 'Kamenev encore.', marques: [[0, 7]], passage: 'p2', numero: '§ 2', url: 'textes/lettre/#p2' },
      { formes: ['L. B. Kamenev'], phrase: 'L. B. Kamenev (1883-1936).', marques: [[0, 13]], passage: 'note-1', numero: 'note 1', url: 'textes/lettre/#note-1' },
    ]);
    expect(index.get('staline')!.map((t) => [t.texte.slug, t.total, t.lieux.map((l) => l.phrase)])).toEqual([
      ['essai', 1, ['Staline, en août 1936, et Kamenev.']],
      ['lettre', 1, ['Puis Staline.']],
    ]);
    expect([...index.keys()].sort()).toEqual(['kamenev', 'staline']);
  });

  it('should list a sentence repeated in two passages twice, and a name in a heading at its heading', () => {
    const deux: TexteSource = {
      ...lettre,
      modele: {
        ...lettre.modele,
        titres: [{ profondeur: 2, texte: 'Kamenev', id: 'kamenev', ligne: 1 }],
        mentions: [
          { passage: 'p1', debut: 0, fin: 7, phrase: 'Kamenev.', debutPhrase: 0, genre: 'personne', entite: 'kamenev', forme: 'Kamenev', resolution: 'graphie' },
          { passage: 'p2', debut: 4, fin: 11, phrase: 'Kamenev.', debutPhrase: 4, genre: 'personne', entite: 'kamenev', forme: 'Kamenev', resolution: 'graphie' },
          { passage: '', titre: 0, debut: 0, fin: 7, phrase: 'Kamenev', debutPhrase: 0, genre: 'personne', entite: 'kamenev', forme: 'Kamenev', resolution: 'graphie' },
          { passage: 'p2', debut: 4, fin: 11, phrase: 'Kamenev.', debutPhrase: 4, genre: 'personne', entite: 'kamenev', forme: 'Kamenev', resolution: 'directive' },
        ],
      },
    };
    const [dansLaLettre] = mentionsParEntite([deux], 'personne').get('kamenev')!;
    expect(dansLaLettre!.total).toBe(4);
    expect(dansLaLettre!.lieux.map((l) => [l.passage, l.url, l.marques])).toEqual([
      ['p1', 'textes/lettre/#p1', [[0, 7]]],
      ['p2', 'textes/lettre/#p2', [[0, 7]]],
      ['', 'textes/lettre/#kamenev', [[0, 7]]],
    ]);
  });
});

describe('passagesIndexes', () => {
  it('should make one record per passage and note, with its persons and dates', () => {
    const records = passagesIndexes([lettre, essai], [
      { id: 'kamenev', nom: 'Lev Kamenev', formes: ['Kamenev', 'L. B. Kamenev'] },
      { id: 'staline', nom: 'Joseph Staline', formes: ['Staline', 'Stalin'] },
    ]);
    expect(records.map((r) => [r.url, r.numero, r.ordre, r.titre, r.texte])).toEqual([
      ['/textes/essai/#p1', '§ 1', '01-00000', 'Titre essai — § 1', 'Titre essai'],
      ['/textes/lettre/#p1', '§ 1', '02-00000', 'Titre lettre — § 1', 'Titre lettre'],
      ['/textes/lettre/#p2', '§ 2', '02-00001', 'Titre lettre — § 2', 'Titre lettre'],
      ['/textes/lettre/#note-1', 'note 1', '02-00002', 'Titre lettre — note 1', 'Titre lettre'],
    ]);
    expect(records[0]!.contenu).toBe('Staline, en août 1936, et Kamenev.');
    expect(records[0]!.personnes).toEqual([{ nom: 'Joseph Staline', formes: ['Staline', 'Stalin'] }, { nom: 'Lev Kamenev', formes: ['Kamenev', 'L. B. Kamenev'] }]);
    expect(records[0]!.dates).toEqual([{ iso: '1936-08', formes: expect.arrayContaining(['août 1936', '1936']), annees: ['1936'] }]);
    expect(records[2]!.personnes).toEqual([{ nom: 'Lev Kamenev', formes: ['Kamenev', 'L. B. Kamenev'] }]);
    expect(records[2]!.dates).toEqual([]);
    // Life dates are searchable, under no year.
    expect(records[3]!.dates).toEqual([{ iso: '1883/1936', formes: expect.arrayContaining(['1883', '1936']), annees: [] }]);
  });

  it('should leave out a person the register does not give', () => {
    const [record] = passagesIndexes([essai], [{ id: 'staline', nom: 'Joseph Staline', formes: ['Staline'] }]);
    expect(record!.personnes).toEqual([{ nom: 'Joseph Staline', formes: ['Staline'] }]);
  });

  it('should link a passage, or the text when the passage is unknown', () => {
    expect(urlDuPassage('lettre', 'p3')).toBe('textes/lettre/#p3');
    expect(urlDuPassage('lettre', '')).toBe('textes/lettre/');
  });
});
