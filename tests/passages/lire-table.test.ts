/** Reading, writing and checking a ledger (`src/noyau/passages/table.ts`). */
import { describe, expect, it } from 'vitest';
import { empreinte } from '../../src/noyau/passages/empreintes.ts';
import { reconcilier } from '../../src/noyau/passages/reconciliation.ts';
import { comparer, debutDe, ecrireTableDesPassages, lireTableDesPassages } from '../../src/noyau/passages/table.ts';

const passages = ['Premier passage du texte.', 'Deuxième passage, un peu plus long que le premier.', 'Troisième.'];
const { table } = reconcilier('lettre', undefined, passages.map((texte) => ({ texte })));
const json = ecrireTableDesPassages(table);

describe('lireTableDesPassages and ecrireTableDesPassages', () => {
  it('should read back what it wrote, one passage per line', () => {
    expect(lireTableDesPassages(json, 'passages/lettre.json')).toEqual(table);
    expect(json.split('\n').filter((l) => l.includes('"empreinte"'))).toHaveLength(3);
  });

  it('should name the file and say what is wrong, in French', () => {
    const lire = (modifier: (r: Record<string, unknown>) => void) => () => {
      const r = JSON.parse(json) as Record<string, unknown>;
      modifier(r);
      lireTableDesPassages(JSON.stringify(r), 'passages/lettre.json');
    };
    expect(() => lireTableDesPassages('{', 'passages/lettre.json')).toThrow(/^passages\/lettre\.json : JSON illisible \(.+\) ; une table des passages écrite par npm run passages est attendue$/);
    expect(() => lireTableDesPassages('null', 'p.json')).toThrow('p.json : table des passages inattendue, un objet est attendu ; la restaurer depuis git, ou la supprimer et lancer npm run passages');
    expect(lire((r) => delete r.texte)).toThrow('`texte` (le slug du texte) est attendu');
    expect(lire((r) => (r.prochain = 0))).toThrow('`prochain` (un entier positif) est attendu');
    expect(lire((r) => (r.passages = {}))).toThrow('`passages` (une liste) est attendu');
    expect(lire((r) => delete r.retires)).toThrow('`retires` (une liste) est attendu');
    expect(lire((r) => (r.retires = ['x7']))).toThrow('identifiant `x7` au lieu d’un identifiant comme `p14`');
    expect(lire((r) => (r.retires = ['p2']))).toThrow('l’identifiant `p2` figure deux fois');
    expect(lire((r) => (r.retires = ['p9']))).toThrow('l’identifiant `p9` n’est pas inférieur à `prochain` (4)');
    expect(lire((r) => delete (r.passages as Record<string, unknown>[])[1]!.empreinte)).toThrow('il manque au passage `p2` son empreinte');
  });
});

describe('comparer', () => {
  it('should agree when the passages are those of the ledger, typography aside', () => {
    expect(comparer(table, passages.map((p) => p.replace(/ /g, '\u00A0')))).toBeUndefined();
  });

  it('should name the first passage that differs, or the end where one is missing or added', () => {
    expect(comparer(table, [passages[0]!, 'Autre chose.', passages[2]!])).toEqual({ index: 1, attendu: table.passages[1] });
    expect(comparer(table, passages.slice(0, 2))).toEqual({ index: undefined, attendu: table.passages[2] });
    expect(comparer(table, [...passages, 'Post-scriptum.'])).toEqual({ index: 3, attendu: undefined });
    expect(table.passages[0]!.empreinte).toBe(empreinte(passages[0]!));
  });
});

describe('debutDe', () => {
  it('should keep the first words, with an ellipsis when cut', () => {
    expect(debutDe('Un deux  trois', 8)).toBe('Un deux trois');
    expect(debutDe('un deux trois quatre', 2)).toBe('un deux…');
  });
});
