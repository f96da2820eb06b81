/** The signs between words (`src/noyau/fidelite/ponctuation.ts`). */
import { describe, expect, it } from 'vitest';
import type { JetonEdition } from '../../src/noyau/fidelite/edition.ts';
import type { JetonSource } from '../../src/noyau/fidelite/mots.ts';
import { comparerPonctuation, PUCE } from '../../src/noyau/fidelite/ponctuation.ts';

const apparie = (x: JetonSource, y: JetonEdition) => x.texte === y.texte;
/** Two consecutive source words, the signs printed between them. */
const source = (imprime: string | undefined): JetonSource[] => [
  { texte: 'un', ligne: 1, avant: '' },
  imprime === undefined ? { texte: 'deux', ligne: 2 } : { texte: 'deux', ligne: 2, avant: imprime },
];
/** The same two words in the edition, its signs between them. */
const edition = (edite: string | undefined): JetonEdition[] => [
  { texte: 'un', ligne: 3, genre: 'mot', avant: '' },
  edite === undefined ? { texte: 'deux', ligne: 4, genre: 'mot' } : { texte: 'deux', ligne: 4, genre: 'mot', avant: edite },
];
const comparer = (imprime: string | undefined, edite: string | undefined, positions: (number | undefined)[] = [0, 1]) =>
  comparerPonctuation(source(imprime), [{ jetons: edition(edite), positions }], apparie);

describe('comparerPonctuation', () => {
  it('should report a sign dropped or added, with both readings and the place', () => {
    expect(comparer(',', '')).toEqual({
      comparees: 1,
      ecarts: [
        {
          ligneSource: 2,
          source: 'un , deux',
          edition: 'un deux',
          contexte: 'entre « un » et « deux »',
          ligne: 4,
          raison: "ponctuation changée sans déclaration : « , » dans la source, « (rien) » dans l'édition",
        },
      ],
    });
    expect(comparer('', '.').ecarts.map((e) => [e.source, e.edition])).toEqual([['un deux', 'un . deux']]);
  });

  it('should take two or three hyphens for a dash, and a single hyphen for itself', () => {
    expect(comparer('--', '—')).toEqual({ comparees: 1, ecarts: [] });
    expect(comparer('--', '').ecarts.map((e) => e.raison)).toEqual(["ponctuation changée sans déclaration : « — » dans la source, « (rien) » dans l'édition"]);
    expect(comparer('-', '—').ecarts.map((e) => e.raison)).toEqual(["ponctuation changée sans déclaration : « - » dans la source, « — » dans l'édition"]);
  });

  it('should read a list marker as the bullet printed at its place, and only as a bullet', () => {
    expect(comparer('•(', `${PUCE}(`)).toEqual({ comparees: 1, ecarts: [] });
    expect(comparer('.', PUCE).ecarts.map((e) => e.raison)).toEqual(["ponctuation changée sans déclaration : « . » dans la source, « (rien) » dans l'édition"]);
  });

  it('should compare only consecutive words paired with their own source word, with signs known on both sides', () => {
    expect(comparer(',', '', [0, 2])).toEqual({ comparees: 0, ecarts: [] });
    expect(comparer(',', '', [undefined, 1])).toEqual({ comparees: 0, ecarts: [] });
    expect(comparer(',', '', [0, undefined])).toEqual({ comparees: 0, ecarts: [] });
    expect(comparer(',', undefined)).toEqual({ comparees: 0, ecarts: [] });
    expect(comparer(undefined, '')).toEqual({ comparees: 0, ecarts: [] });
    const autre: JetonEdition[] = [edition('')[0]!, { texte: 'trois', ligne: 4, genre: 'mot', avant: '' }];
    expect(comparerPonctuation(source(','), [{ jetons: autre, positions: [0, 1] }], apparie)).toEqual({ comparees: 0, ecarts: [] });
    const premier: JetonEdition[] = [{ texte: 'zéro', ligne: 3, genre: 'mot', avant: '' }, edition('')[1]!];
    expect(comparerPonctuation(source(','), [{ jetons: premier, positions: [0, 1] }], apparie)).toEqual({ comparees: 0, ecarts: [] });
  });
});
