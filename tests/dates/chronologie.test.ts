/** The chronology computed by src/noyau/index-dossier.ts from what remark-dates recorded. */
import { describe, expect, it } from 'vitest';
import type { DateMentionnee, Passage } from '../../src/noyau/modele-transitoire.ts';
import { chronologie, type TexteSource } from '../../src/noyau/index-dossier.ts';

function texte(id: string, ordre: number, dates: Partial<DateMentionnee>[], passages: Partial<Passage>[] = []): TexteSource {
  return {
    id,
    data: { titre: `Titre ${id}`, auteur: `Auteur ${id}`, ordre },
    rendered: { metadata: { frontmatter: { dates: dates.map((d) => ({ texte: d.iso, phrase: `En ${d.iso}.`, passage: '', ...d })), passages } } },
  };
}

describe('chronologie', () => {
  const textes = [
    texte('furr', 3, [{ iso: '1937', passage: 'p2' }, { iso: '2002-11-13', passage: 'p9' }]),
    texte('lettre', 4, [
      { iso: '1936-08-19/1936-08-24', texte: 'du 19 au 24 août 1936', phrase: 'Le procès se tint du 19 au 24 août 1936.', passage: 'note-2' },
      { iso: '1883/1936', passage: 'note-3' },
      { iso: '1936', passage: 'p1' },
      { iso: '1936', passage: 'p1' },
    ], [{ id: 'note-2', numero: '2' }, { id: 'p1', numero: 1 }]),
    texte('werth', 2, [{ iso: '192X', passage: 'p4' }, { iso: '1936-08', passage: '' }]),
  ];
  const annees = chronologie(textes);

  it('should group the dates by the year they start in, in date order', () => {
    expect(annees.map((a) => a.annee)).toEqual([1883, 1920, 1936, 1937, 2002]);
    expect(annees.find((a) => a.annee === 1936)!.entrees.map((e) => e.iso)).toEqual(['1936', '1936-08', '1936-08-19/1936-08-24']);
  });

  it('should list a date written twice in one passage once', () => {
    expect(annees.flatMap((a) => a.entrees).filter((e) => e.texte.slug === 'lettre' && e.iso === '1936')).toHaveLength(1);
  });

  it('should give each entry its sentence, its label and a link to its passage', () => {
    const entree = annees.find((a) => a.annee === 1936)!.entrees.find((e) => e.passage === 'note-2')!;
    expect(entree).toMatchObject({
      libelle: '19–24 août 1936', datetime: '1936-08', mots: 'du 19 au 24 août 1936', phrase: 'Le procès se tint du 19 au 24 août 1936.',
      numero: 'note 2', url: 'textes/lettre/#note-2', texte: { slug: 'lettre', titre: 'Titre lettre', auteur: 'Auteur lettre', ordre: 4 },
    });
    const sansPassage = annees.find((a) => a.annee === 1936)!.entrees.find((e) => e.iso === '1936-08')!;
    expect(sansPassage).toMatchObject({ url: 'textes/werth/', numero: '' });
    expect(annees.find((a) => a.annee === 1920)!.entrees[0]).toMatchObject({ libelle: 'années 1920', datetime: undefined });
  });

  it('should link a date in a heading to the heading when the headings are known', () => {
    const titre = texte('lettre', 1, [{ iso: '1936', passage: '', phrase: '1936 – Lettres de Boukharine' }]);
    expect(chronologie([titre], { lettre: [{ slug: '1936--lettres-de-boukharine', text: '1936 – Lettres de Boukharine' }] })[0]!.entrees[0]!.url)
      .toBe('textes/lettre/#1936--lettres-de-boukharine');
    expect(chronologie([titre])[0]!.entrees[0]!.url).toBe('textes/lettre/');
  });

  it('should give an empty chronology for texts without dates', () => {
    expect(chronologie([{ id: 'x', data: { titre: 'X', auteur: 'Y', ordre: 1 } }])).toEqual([]);
  });
});
