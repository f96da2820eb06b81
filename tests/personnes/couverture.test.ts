/**
 * The coverage report of the persons register: on a small text with the test register, then on
 * the dossier itself, whose texts must name nobody the register does not know.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contenu } from '../../src/construction/contenu.ts';
import { couvrir, lireNonPersonnes, motsCourantsFrancais } from '../../src/noyau/couverture-personnes.ts';
import { chargerRegistre } from '../../src/construction/registre-personnes.ts';

const ici = (...p: string[]) => join(import.meta.dirname, ...p);
const motsCourants = await motsCourantsFrancais();

describe('the coverage report', () => {
  const resultat = couvrir(
    [{ chemin: 'texte.md', markdown: readFileSync(ici('couverture', 'texte.md'), 'utf8') }],
    chargerRegistre(ici('registre')),
    lireNonPersonnes(readFileSync(ici('couverture', 'non-personnes.txt'), 'utf8')),
    motsCourants,
  );

  it('should report a capitalised word that is neither registered nor a declared non-person, with its line', () => {
    expect(resultat.inconnus).toEqual([
      { chemin: 'texte.md', ligne: 7, mot: 'Dzerjinski' },
      { chemin: 'texte.md', ligne: 8, mot: 'Zinoviev' },
      { chemin: 'texte.md', ligne: 12, mot: 'Iagoda' },
    ]);
  });

  it('should report a name written with initials its entry does not list', () => {
    expect(resultat.graphies).toEqual([{ chemin: 'texte.md', ligne: 8, mot: 'E. Reingold', personnes: ['reingold'] }]);
  });

  it('should list register entries no text mentions, and non-persons no text uses', () => {
    expect(resultat.jamaisMentionnees).toContain('boukharine');
    expect(resultat.jamaisMentionnees).not.toContain('kamenev');
    expect(resultat.nonPersonnesInutiles).toEqual(['Inutile']);
  });
});

describe('the dossier', () => {
  const dossier = contenu('textes');
  const textes = readdirSync(dossier).filter((f) => f.endsWith('.md')).map((f) => ({ chemin: join(dossier, f), markdown: readFileSync(join(dossier, f), 'utf8') }));
  const resultat = couvrir(textes, chargerRegistre(), lireNonPersonnes(readFileSync(contenu('personnes', 'non-personnes.txt'), 'utf8')), motsCourants);
  const lignes = (manques: typeof resultat.inconnus) => manques.map((m) => `${m.chemin}:${m.ligne}: ${m.mot}`);

  it('should name nobody the register does not know (npm run personnes:couverture)', () => {
    expect(lignes(resultat.inconnus)).toEqual([]);
  });

  it('should write every name in a spelling its register entry lists', () => {
    expect(lignes(resultat.graphies)).toEqual([]);
  });

  it('should mention every person of the register', () => {
    expect(resultat.jamaisMentionnees).toEqual([]);
  });
});
