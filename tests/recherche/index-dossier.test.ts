/**
 * The cross-document index (src/noyau/index-dossier.ts) on texts modelled by the pipeline: who is
 * mentioned where, and the search records of the passages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chronologie, formesDeDate, mentionsParEntite, passagesIndexes, urlDuPassage, type TexteSource } from '../../src/noyau/index-dossier.ts';
import type { DateMentionnee, Mention, Passage } from '../../src/noyau/modele.ts';
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

/** A text of plain objects: passages `p1`… (one sentence each), mentions and dates given. */
function simple(slug: string, ordre: number, contenu: { mentions?: Partial<Mention>[]; dates?: Partial<DateMentionnee>[]; passages?: number }): TexteSource {
  const passages: Passage[] = Array.from({ length: contenu.passages ?? 1 }, (_, i) => ({ id: `p${i + 1}`, numero: i + 1, genre: 'paragraphe', alias: [], texte: `Passage ${i + 1}.`, ligne: 2 * i + 1 }));
  const lieu = { passage: 'p1', debut: 0, fin: 7, phrase: 'Phrase.', debutPhrase: 0 };
  return {
    slug,
    entete: { titre: `Titre ${slug}`, auteur: 'Auteur', ordre },
    modele: {
      passages,
      mentions: (contenu.mentions ?? []).map((m) => ({ ...lieu, genre: 'personne', entite: 'kamenev', forme: 'Kamenev', resolution: 'graphie', ...m })),
      dates: (contenu.dates ?? []).map((d) => ({ ...lieu, iso: '1936', mots: 'mots', ...d })),
      notes: [],
      titres: [{ profondeur: 2, texte: 'Un titre', id: 'un-titre', ligne: 1 }, { profondeur: 2, texte: 'Un autre', id: 'un-autre', ligne: 3 }],
    },
  };
}

describe('mentionsParEntite, on plain objects', () => {
  it('should list the entities of the kind asked only', () => {
    const t = simple('t', 1, { mentions: [{ genre: 'evenement', entite: 'premier-proces', forme: 'procès des Seize' }, {}] });
    expect([...mentionsParEntite([t], 'personne').keys()]).toEqual(['kamenev']);
    expect([...mentionsParEntite([t], 'evenement').keys()]).toEqual(['premier-proces']);
  });

  it('should keep each spelling once and each distinct place of a sentence once', () => {
    const phrase = 'Kamenev, Kamenev et L. B. Kamenev.';
    const t = simple('t', 1, { mentions: [
      { debut: 0, fin: 7, phrase },
      { debut: 9, fin: 16, phrase },
      { debut: 20, fin: 33, phrase, forme: 'L. B. Kamenev' },
      // Places that share one end only with another are other places.
      { debut: 26, fin: 33, phrase },
      { debut: 20, fin: 24, phrase, forme: 'L. B.' },
      { debut: 0, fin: 7, phrase, resolution: 'directive' },
    ] });
    expect(mentionsParEntite([t], 'personne').get('kamenev')).toEqual([{
      texte: { slug: 't', titre: 'Titre t', auteur: 'Auteur', ordre: 1 },
      total: 6,
      lieux: [{ formes: ['Kamenev', 'L. B. Kamenev', 'L. B.'], phrase, marques: [[0, 7], [9, 16], [20, 33], [26, 33], [20, 24]], passage: 'p1', numero: '§ 1', url: 'textes/t/#p1' }],
    }]);
  });

  it('should give no number to a place in a heading', () => {
    const t = simple('t', 1, { mentions: [{ passage: '', titre: 1, phrase: 'Kamenev' }] });
    expect(mentionsParEntite([t], 'personne').get('kamenev')![0]!.lieux).toEqual([
      { formes: ['Kamenev'], phrase: 'Kamenev', marques: [[0, 7]], passage: '', numero: '', url: 'textes/t/#un-autre' },
    ]);
  });
});

describe('chronologie, on plain objects', () => {
  const resume = (slug: string, ordre: number) => ({ slug, titre: `Titre ${slug}`, auteur: 'Auteur', ordre });

  it('should list a date once per passage or heading, leave out life dates, and number the passage', () => {
    const t = simple('t', 1, { passages: 2, dates: [
      { iso: '1936-08' }, { iso: '1936-08' }, { iso: '1936-08', passage: 'p2' }, { iso: '1883/1936', vie: true },
      { iso: '1936-08', passage: '', titre: 0 }, { iso: '1936-08', passage: '', titre: 1 },
    ] });
    const entrees = chronologie([t]).flatMap((a) => a.entrees.map((e) => [e.iso, e.passage, e.numero, e.url]));
    expect(entrees).toEqual([
      ['1936-08', 'p1', '§ 1', 'textes/t/#p1'],
      ['1936-08', 'p2', '§ 2', 'textes/t/#p2'],
      ['1936-08', '', '', 'textes/t/#un-titre'],
      ['1936-08', '', '', 'textes/t/#un-autre'],
    ]);
  });

  it('should order by first day, then the longest span, then reading order', () => {
    const a = simple('a', 1, { dates: [{ iso: '1937' }, { iso: '1936-08-19' }, { iso: '1936-08' }, { iso: '1936-08-19/1936-08-24' }] });
    const b = simple('b', 2, { dates: [{ iso: '1936-08-19' }, { iso: '1936-08' }] });
    const annees = chronologie([b, a]);
    expect(annees.map((x) => [x.annee, x.entrees.map((e) => `${e.texte.slug}:${e.iso}`)])).toEqual([
      [1936, ['a:1936-08', 'b:1936-08', 'a:1936-08-19/1936-08-24', 'a:1936-08-19', 'b:1936-08-19']],
      [1937, ['a:1937']],
    ]);
    expect(annees[1]!.entrees[0]!.texte).toEqual(resume('a', 1));
    expect(chronologie([simple('c', 1, { dates: [{ iso: '1936' }, { iso: '1937' }, { iso: '1935' }] })]).map((x) => x.annee)).toEqual([1935, 1936, 1937]);
  });
});

describe('passagesIndexes, on plain objects', () => {
  it('should give each passage its events, with their forms, apart from its persons', () => {
    const t = simple('t', 1, { mentions: [{}, { genre: 'evenement', entite: 'premier-proces', forme: 'procès des Seize' }] });
    const [record] = passagesIndexes([t], [{ id: 'kamenev', nom: 'Lev Kamenev', formes: ['Kamenev'] }, { id: 'premier-proces', nom: 'Homonyme', formes: ['Homonyme'] }],
      [{ id: 'premier-proces', nom: 'Premier procès de Moscou', formes: ['procès des Seize', 'Trial of the Sixteen'] }]);
    expect([record!.personnes, record!.evenements]).toEqual([
      [{ nom: 'Lev Kamenev', formes: ['Kamenev'] }],
      [{ nom: 'Premier procès de Moscou', formes: ['procès des Seize', 'Trial of the Sixteen'] }],
    ]);
  });
});

describe('formesDeDate, exactly', () => {
  it('should give the forms of a day, a month, a year, in this order', () => {
    expect(formesDeDate('1936-08-27')).toEqual({ formes: ['1936', 'août 1936', '27 août 1936', '27/08/1936', '1936-08-27'], annees: ['1936'] });
    expect(formesDeDate('1937-01')).toEqual({ formes: ['1937', 'janvier 1937'], annees: ['1937'] });
    expect(formesDeDate('1936-12')).toEqual({ formes: ['1936', 'décembre 1936'], annees: ['1936'] });
    expect(formesDeDate('1936')).toEqual({ formes: ['1936'], annees: ['1936'] });
  });

  it('should give a season its year only, and a decade its name', () => {
    expect(formesDeDate('1930-22')).toEqual({ formes: ['1930'], annees: ['1930'] });
    expect(formesDeDate('192X').formes).toEqual(['années 1920']);
  });
});
