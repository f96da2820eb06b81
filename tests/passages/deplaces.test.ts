/**
 * Passages that leave their text (src/noyau/passages/deplaces.ts): pages restored to the dossier's
 * order in a unit of their own keep their old ids as moves; a short paragraph joined to its
 * neighbour keeps its id as an alias. The ledgers are made as `npm run passages` makes them, from
 * small texts, and read back through the ledger's own reader (which checks that no id is given twice).
 */
import { describe, expect, it } from 'vitest';
import { passagesDuMarkdown } from '../../src/construction/table-passages.ts';
import { rattacherAbsorbes, rattacherDeplaces } from '../../src/noyau/passages/deplaces.ts';
import { reconcilier } from '../../src/noyau/passages/reconciliation.ts';
import { ecrireTableDesPassages, lireTableDesPassages, type TableDesPassages } from '../../src/noyau/passages/table.ts';

async function tableDe(slug: string, markdown: string, avant?: TableDesPassages) {
  const passages = await passagesDuMarkdown(markdown, `${slug}.md`);
  return { passages, ...reconcilier(slug, avant, passages) };
}

const introduction = `Si on s'intéresse au démontage judiciaire des procès staliniens, c'est pour interroger la justice.

Le premier texte, de Nicolas Werth, propose une analyse assez complète de la machine à procès.

Extrait d'une lettre de Victor Serge à René Lefebvre qui édite une brochure avec ses textes.

> Cher Camarade, pour le portrait, utilisez si vous voulez, mais à cette condition stricte.
`;

describe('passages moved to another text', () => {
  it('should turn the ids retired from one text into moves to the new passages of another, and keep every id', async () => {
    const avant = (await tableDe('introduction', introduction)).table;
    const [debut] = introduction.split("\nExtrait d'une lettre");
    const intro = await tableDe('introduction', `${debut!.trimEnd()}\n`, avant);
    const extraits = await tableDe('extraits', introduction.slice(debut!.length + 1), undefined);
    expect(intro.table.retires).toEqual(['p3', 'p4']);

    const deplacements = rattacherDeplaces([
      { slug: 'introduction', avant, apres: intro.table },
      { slug: 'extraits', avant: undefined, apres: extraits.table },
    ]);

    expect(deplacements).toEqual([
      { depuis: 'introduction', id: 'p3', vers: 'extraits', passage: 'p1' },
      { depuis: 'introduction', id: 'p4', vers: 'extraits', passage: 'p2' },
    ]);
    expect(intro.table.retires).toEqual([]);
    const relu = lireTableDesPassages(ecrireTableDesPassages(intro.table), 'introduction.json');
    expect(relu.deplaces).toEqual([
      { id: 'p3', vers: 'extraits', passage: 'p1' },
      { id: 'p4', vers: 'extraits', passage: 'p2' },
    ]);
    // The next update of the old text keeps its moves, and never gives their ids again.
    const ensuite = reconcilier('introduction', relu, intro.passages);
    expect(ensuite.table.deplaces).toEqual(relu.deplaces);
    expect(ensuite.table.prochain).toBe(5);
  });

  it('should leave a removed passage retired when no other text took it', async () => {
    const avant = (await tableDe('introduction', introduction)).table;
    const intro = await tableDe('introduction', introduction.split('\nExtrait')[0]!, avant);
    const autre = await tableDe('autre', 'Un tout autre texte, sans rapport avec la lettre de Serge.\n');
    expect(rattacherDeplaces([{ slug: 'introduction', avant, apres: intro.table }, { slug: 'autre', avant: undefined, apres: autre.table }])).toEqual([]);
    expect(intro.table.retires).toEqual(['p3', 'p4']);
  });

  it('should refuse a ledger whose moves give an id twice or are malformed', () => {
    const base = { texte: 'x', prochain: 3, passages: [{ id: 'p1', empreinte: 'a', signature: '', taille: 0, debut: '' }], retires: ['p2'] };
    expect(() => lireTableDesPassages(JSON.stringify({ ...base, deplaces: [{ id: 'p2', vers: 'y', passage: 'p1' }] }), 'x.json')).toThrow(/`p2` figure deux fois/);
    expect(() => lireTableDesPassages(JSON.stringify({ ...base, deplaces: [{ id: 'p3', vers: 'y' }] }), 'x.json')).toThrow(/deplaces/);
  });
});

describe('a short paragraph joined to its neighbour', () => {
  const avantTexte = `Si le grand procès politique fait partie de la culture politique bolchevique, Staline écrit à Molotov : « Ai reçu nouvelles au sujet de l'assassinat de Voïkov par un monarchiste. On sent la main de l'Angleterre. Ils veulent provoquer un conflit avec la Pologne. »

Quelques jours plus tard, Staline écrit à Menjinski :

> « Mon opinion personnelle : les agents de Londres se sont infiltrés chez nous plus profondément qu'il n'y paraît, il faut mettre à profit les perquisitions générales pour détruire les réseaux d'espionnage anglais, recruter de nouveaux collaborateurs pour le service d'Artuzov parmi les détenus et développer un système de bénévolat au profit de l'OGPU et de ses organes au sein de la jeunesse ; il serait excellent d'organiser un ou deux procès exemplaires sur le thème de l'espionnage anglais, afin de disposer d'un matériau officiel à exploiter en Angleterre et en Europe, et de montrer aux ouvriers de tous les pays que la main de l'Angleterre est partout, dans chaque attentat, dans chaque sabotage, dans chaque complot contre le pouvoir des soviets. »

Au fil de la plume, l'idée du procès exemplaire est toujours présente.
`;
  const apresTexte = avantTexte.replace('Menjinski :\n\n> « Mon opinion', 'Menjinski : « Mon opinion');

  it('should make the id of the short paragraph an alias of the passage that took in its words', async () => {
    const avant = (await tableDe('werth', avantTexte)).table;
    const apres = await tableDe('werth', apresTexte, avant);
    const mise = { slug: 'werth', avant, apres: apres.table, textes: apres.passages.map((p) => p.texte) };
    // The update alone sees the short paragraph's words as a correction of the long quotation's, and retires it.
    expect(apres.table.retires).toEqual(['p2']);
    const absorptions = rattacherAbsorbes([mise]);
    expect(absorptions).toEqual([{ texte: 'werth', id: 'p2', dans: 'p3' }]);
    const hote = apres.table.passages.find((e) => [e.id, ...(e.alias ?? [])].includes('p2') && [e.id, ...(e.alias ?? [])].includes('p3'));
    expect(hote, JSON.stringify(apres.table.passages.map((e) => [e.id, e.alias]))).toBeDefined();
    expect(apres.table.retires).toEqual([]);
    lireTableDesPassages(ecrireTableDesPassages(apres.table), 'werth.json');
  });

  it('should not take in a passage whose first words are nowhere, or in two passages', async () => {
    const avant = (await tableDe('werth', avantTexte)).table;
    const sans = await tableDe('werth', avantTexte.replace(/Quelques jours plus tard, Staline écrit à Menjinski :\n\n/, ''), avant);
    const mise = { slug: 'werth', avant, apres: sans.table, textes: sans.passages.map((p) => p.texte) };
    expect(rattacherAbsorbes([mise])).toEqual([]);
    expect(sans.table.retires).toContain('p2');
  });
});
