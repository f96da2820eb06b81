/**
 * The rules of src/noyau/passages/deplaces.ts on tables written by hand (no pipeline): which
 * retired ids become moves or aliases, which stay retired, and what each table looks like after.
 */
import { describe, expect, it } from 'vitest';
import { rattacherAbsorbes, rattacherDeplaces, type MiseAJourDeTexte } from '../../src/noyau/passages/deplaces.ts';
import { empreinte, encoderSignature, signature } from '../../src/noyau/passages/empreintes.ts';
import { debutDe, type EntreeDeLaTable, type TableDesPassages } from '../../src/noyau/passages/table.ts';

function entree(id: string, texte: string, alias?: string[]): EntreeDeLaTable {
  const s = signature(texte);
  return { id, empreinte: empreinte(texte), signature: encoderSignature(s), taille: s.taille, debut: debutDe(texte), ...(alias ? { alias } : {}) };
}
const table = (texte: string, passages: EntreeDeLaTable[], retires: string[] = [], prochain = 10): TableDesPassages => ({ texte, prochain, passages, retires });

const lettre = 'Cher Camarade, pour le portrait, utilisez si vous voulez, mais à cette condition stricte : pas de biographie dans la brochure.';
const lettreCorrigee = 'Cher camarade, pour le portrait, utilisez-le si vous voulez, mais à cette condition stricte : pas de biographie dans la brochure.';
const autre = 'Le premier texte, de Nicolas Werth, propose une analyse assez complète de la machine à procès stalinienne.';
const troisieme = 'Un tout autre passage, sans rapport, sur la constitution de 1936 et le suffrage universel secret.';

describe('moves between texts', () => {
  it('should move a retired id, and its aliases, to the same words in another text', () => {
    const avant = table('intro', [entree('p1', autre), entree('p2', lettre, ['p5'])]);
    const apres = table('intro', [entree('p1', autre)], ['p2']);
    const extraits = table('extraits', [entree('p1', troisieme), entree('p2', lettre)]);
    const deplacements = rattacherDeplaces([{ slug: 'intro', avant, apres }, { slug: 'extraits', avant: undefined, apres: extraits }]);
    expect(deplacements).toEqual([
      { depuis: 'intro', id: 'p2', vers: 'extraits', passage: 'p2' },
      { depuis: 'intro', id: 'p5', vers: 'extraits', passage: 'p2' },
    ]);
    expect(apres.retires).toEqual([]);
    expect(apres.deplaces).toEqual([{ id: 'p2', vers: 'extraits', passage: 'p2' }, { id: 'p5', vers: 'extraits', passage: 'p2' }]);
  });

  it('should move to words corrected in the other text, when they are alike enough', () => {
    const avant = table('intro', [entree('p1', autre), entree('p2', lettre)]);
    const apres = table('intro', [entree('p1', autre)], ['p2']);
    const extraits = table('extraits', [entree('p1', troisieme), entree('p2', lettreCorrigee)]);
    expect(rattacherDeplaces([{ slug: 'intro', avant, apres }, { slug: 'extraits', avant: undefined, apres: extraits }]))
      .toEqual([{ depuis: 'intro', id: 'p2', vers: 'extraits', passage: 'p2' }]);
  });

  it('should choose the most alike of several candidates', () => {
    const avant = table('intro', [entree('p1', lettre)]);
    const apres = table('intro', [], ['p1']);
    const proche = table('a', [entree('p1', lettreCorrigee)]);
    const exact = table('b', [entree('p3', lettre.replace('brochure.', 'brochure !'))]);
    const [deplacement] = rattacherDeplaces([{ slug: 'intro', avant, apres }, { slug: 'a', avant: undefined, apres: proche }, { slug: 'b', avant: undefined, apres: exact }]);
    expect(deplacement).toEqual({ depuis: 'intro', id: 'p1', vers: 'b', passage: 'p3' });
  });

  it('should not move to a passage the other text already had, nor within the same text, nor twice to one passage', () => {
    const avant = table('intro', [entree('p1', lettre), entree('p2', lettre.replace('Cher', 'Très cher'))]);
    const apres = table('intro', [entree('p7', lettre)], ['p1', 'p2']);
    // The other text's passage was there before: it did not come from here.
    const extraitsAvant = table('extraits', [entree('p1', lettre)]);
    const extraitsApres = table('extraits', [entree('p1', lettre)]);
    expect(rattacherDeplaces([{ slug: 'intro', avant, apres }, { slug: 'extraits', avant: extraitsAvant, apres: extraitsApres }])).toEqual([]);
    expect(apres.retires).toEqual(['p1', 'p2']);
    expect(apres.deplaces).toBeUndefined();

    // One new passage elsewhere takes one retired id only.
    const apres2 = table('intro', [], ['p1', 'p2']);
    const neuf = table('extraits', [entree('p1', lettre)]);
    expect(rattacherDeplaces([{ slug: 'intro', avant, apres: apres2 }, { slug: 'extraits', avant: undefined, apres: neuf }]).map((d) => d.id)).toEqual(['p1']);
    expect(apres2.retires).toEqual(['p2']);
  });

  it('should leave alone ids retired before this update, ids still in the text, and words too different', () => {
    const avant = table('intro', [entree('p1', lettre), entree('p2', autre)], ['p9']);
    const apres = table('intro', [entree('p2', autre)], ['p9', 'p1']);
    const ailleurs = table('extraits', [entree('p1', troisieme)]);
    expect(rattacherDeplaces([{ slug: 'intro', avant, apres }, { slug: 'extraits', avant: undefined, apres: ailleurs }])).toEqual([]);
    expect(apres.retires).toEqual(['p9', 'p1']);
    // A new passage of another text whose id was one of its own old ids is not new.
    const extraitsAvant = { ...table('extraits', [], ['p4']) };
    const extraitsApres = table('extraits', [entree('p4', lettre)]);
    expect(rattacherDeplaces([{ slug: 'intro', avant, apres }, { slug: 'extraits', avant: extraitsAvant, apres: extraitsApres }])).toEqual([]);
  });
});

describe('a passage taken into its neighbour', () => {
  const long = `${autre} Quelques jours plus tard, ${lettre}`;

  it('should make the retired id, and its aliases, an alias of the one passage holding its first words', () => {
    const avant = table('werth', [entree('p1', autre), entree('p2', lettre, ['p6'])]);
    const apres = table('werth', [entree('p1', long, ['p4'])], ['p2']);
    const mise: MiseAJourDeTexte = { slug: 'werth', avant, apres, textes: [long] };
    expect(rattacherAbsorbes([mise])).toEqual([{ texte: 'werth', id: 'p2', dans: 'p1' }]);
    expect(apres.passages[0]!.alias).toEqual(['p4', 'p2', 'p6']);
    expect(apres.retires).toEqual([]);
  });

  it('should read the first words without their ellipsis, whatever the case and spaces', () => {
    const avant = table('werth', [entree('p2', lettre)]);
    expect(avant.passages[0]!.debut.endsWith('…')).toBe(true);
    const apres = table('werth', [entree('p1', long.toUpperCase())], ['p2']);
    expect(rattacherAbsorbes([{ slug: 'werth', avant, apres, textes: [long.replace(/ /g, '  ')] }])).toEqual([{ texte: 'werth', id: 'p2', dans: 'p1' }]);
  });

  it('should do nothing without the texts, without a previous table, or for ids retired before', () => {
    const avant = table('werth', [entree('p2', lettre)], ['p3']);
    const apres = () => table('werth', [entree('p1', long)], ['p3', 'p2']);
    expect(rattacherAbsorbes([{ slug: 'werth', avant, apres: apres() }])).toEqual([]);
    expect(rattacherAbsorbes([{ slug: 'werth', avant: undefined, apres: apres(), textes: [long] }])).toEqual([]);
    const ancien = table('werth', [entree('p3', lettre)], ['p3']);
    const encore = apres();
    expect(rattacherAbsorbes([{ slug: 'werth', avant: ancien, apres: encore, textes: [long] }])).toEqual([]);
    expect(encore.retires).toEqual(['p3', 'p2']);
  });
});
