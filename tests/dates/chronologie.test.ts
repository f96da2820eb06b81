/** The chronology computed by src/noyau/index-dossier.ts from what remark-dates recorded. */
import { describe, expect, it } from 'vitest';
import type { DateMentionnee, Passage, Titre } from '../../src/noyau/modele.ts';
import { chronologie, type TexteSource } from '../../src/noyau/index-dossier.ts';

/** A text with the dates given: each date's words are `mots` (its value when not given), in the sentence « En <mots>. ». */
function texte(slug: string, ordre: number, dates: Partial<DateMentionnee>[], passages: Partial<Passage>[] = [], titres: Titre[] = []): TexteSource {
  return {
    slug,
    entete: { titre: `Titre ${slug}`, auteur: `Auteur ${slug}`, ordre },
    modele: {
      dates: dates.map((d) => {
        const mots = d.mots ?? d.iso!;
        const phrase = d.phrase ?? `En ${mots}.`;
        const debut = phrase.indexOf(mots);
        return { iso: '', mots, phrase, passage: '', debut, fin: debut + mots.length, debutPhrase: 0, ...d };
      }),
      passages: passages as Passage[], mentions: [], notes: [], titres,
    },
  };
}

describe('chronologie', () => {
  const textes = [
    texte('furr', 3, [{ iso: '1937', passage: 'p2' }, { iso: '2002-11-13', passage: 'p9' }]),
    texte('lettre', 4, [
      { iso: '1936-08-19/1936-08-24', mots: 'du 19 au 24 août 1936', phrase: 'Le procès se tint du 19 au 24 août 1936.', passage: 'note-2' },
      { iso: '1883/1936', passage: 'note-3', vie: true },
      { iso: '1883', passage: 'note-3' },
      { iso: '1936', passage: 'p1' },
      { iso: '1936', passage: 'p1' },
    ], [{ id: 'note-2', numero: '2' }, { id: 'p1', numero: 1 }]),
    texte('werth', 2, [{ iso: '192X', passage: 'p4' }, { iso: '1936-08', passage: '' }]),
  ];
  const annees = chronologie(textes);

  it('should group the dates by the year they start in, in date order', () => {
    // Life dates (1883/1936) are no events: 1883 comes from the other date of the note.
    expect(annees.map((a) => a.annee)).toEqual([1883, 1920, 1936, 1937, 2002]);
    expect(annees.flatMap((a) => a.entrees).map((e) => e.iso)).not.toContain('1883/1936');
    expect(annees.find((a) => a.annee === 1936)!.entrees.map((e) => e.iso)).toEqual(['1936', '1936-08', '1936-08-19/1936-08-24']);
  });

  it('should list a date written twice in one passage once', () => {
    expect(annees.flatMap((a) => a.entrees).filter((e) => e.texte.slug === 'lettre' && e.iso === '1936')).toHaveLength(1);
  });

  it('should give each entry its sentence, its label and a link to its passage', () => {
    const entree = annees.find((a) => a.annee === 1936)!.entrees.find((e) => e.passage === 'note-2')!;
    expect(entree).toMatchObject({
      libelle: '19–24 août 1936', datetime: '1936-08', mots: 'du 19 au 24 août 1936', phrase: 'Le procès se tint du 19 au 24 août 1936.', marque: [18, 39],
      numero: 'note 2', url: 'textes/lettre/#note-2', texte: { slug: 'lettre', titre: 'Titre lettre', auteur: 'Auteur lettre', ordre: 4 },
    });
    const sansPassage = annees.find((a) => a.annee === 1936)!.entrees.find((e) => e.iso === '1936-08')!;
    expect(sansPassage).toMatchObject({ url: 'textes/werth/', numero: '' });
    expect(annees.find((a) => a.annee === 1920)!.entrees[0]).toMatchObject({ libelle: 'années 1920', datetime: undefined });
  });

  it('should link a date in a heading to the heading', () => {
    const titre: Titre = { profondeur: 2, texte: '1936 – Lettres de Boukharine', id: '1936--lettres-de-boukharine', ligne: 3 };
    const dansUnTitre = { iso: '1936', passage: '', titre: 0, phrase: '1936 – Lettres de Boukharine' };
    expect(chronologie([texte('lettre', 1, [dansUnTitre], [], [titre])])[0]!.entrees[0]!.url).toBe('textes/lettre/#1936--lettres-de-boukharine');
    // A heading without an id yet: the text itself.
    expect(chronologie([texte('lettre', 1, [dansUnTitre], [], [{ ...titre, id: '' }])])[0]!.entrees[0]!.url).toBe('textes/lettre/');
  });

  it('should list the same year in two headings of a text twice, and in two texts twice', () => {
    const titres: Titre[] = [{ profondeur: 2, texte: 'En 1936.', id: 'a', ligne: 1 }, { profondeur: 2, texte: 'En 1936.', id: 'b', ligne: 5 }];
    const annees = chronologie([texte('x', 1, [{ iso: '1936', titre: 0 }, { iso: '1936', titre: 1 }], [], titres), texte('y', 2, [{ iso: '1936', passage: 'p1' }])]);
    expect(annees[0]!.entrees.map((e) => e.url)).toEqual(['textes/x/#a', 'textes/x/#b', 'textes/y/#p1']);
  });

  it('should order dates of the same first day longest first, then in reading order of the texts', () => {
    const annees = chronologie([texte('b', 2, [{ iso: '1936', passage: 'p1' }]), texte('a', 1, [{ iso: '1936-01', passage: 'p1' }, { iso: '1936/1938', passage: 'p2' }, { iso: '1936', passage: 'p3' }])]);
    expect(annees[0]!.entrees.map((e) => [e.texte.slug, e.iso])).toEqual([['a', '1936/1938'], ['a', '1936'], ['b', '1936'], ['a', '1936-01']]);
  });

  it('should give an empty chronology for texts without dates', () => {
    expect(chronologie([texte('x', 1, [])])).toEqual([]);
  });
});
