/** Reading, writing and checking a ledger (`src/noyau/passages/registre.ts`). */
import { describe, expect, it } from 'vitest';
import { empreinte } from '../../src/noyau/passages/empreintes.ts';
import { reconcilier } from '../../src/noyau/passages/reconciliation.ts';
import { comparer, debutDe, ecrireRegistre, lireRegistrePassages } from '../../src/noyau/passages/registre.ts';

const passages = ['Premier passage du texte.', 'Deuxième passage, un peu plus long que le premier.', 'Troisième.'];
const { registre } = reconcilier('lettre', undefined, passages.map((texte) => ({ texte })));
const json = ecrireRegistre(registre);

describe('lireRegistrePassages and ecrireRegistre', () => {
  it('should read back what it wrote, one passage per line', () => {
    expect(lireRegistrePassages(json, 'passages/lettre.json')).toEqual(registre);
    expect(json.split('\n').filter((l) => l.includes('"empreinte"'))).toHaveLength(3);
  });

  it('should name the file and say what is wrong, in French', () => {
    const lire = (modifier: (r: Record<string, unknown>) => void) => () => {
      const r = JSON.parse(json) as Record<string, unknown>;
      modifier(r);
      lireRegistrePassages(JSON.stringify(r), 'passages/lettre.json');
    };
    expect(() => lireRegistrePassages('{', 'passages/lettre.json')).toThrow(/^passages\/lettre\.json : JSON illisible \(.+\) ; un registre écrit par npm run passages est attendu$/);
    expect(() => lireRegistrePassages('null', 'p.json')).toThrow('p.json : registre inattendu, un objet est attendu ; le restaurer depuis git, ou le supprimer et lancer npm run passages');
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
    expect(comparer(registre, passages.map((p) => p.replace(/ /g, '\u00A0')))).toBeUndefined();
  });

  it('should name the first passage that differs, or the end where one is missing or added', () => {
    expect(comparer(registre, [passages[0]!, 'Autre chose.', passages[2]!])).toEqual({ index: 1, attendu: registre.passages[1] });
    expect(comparer(registre, passages.slice(0, 2))).toEqual({ index: undefined, attendu: registre.passages[2] });
    expect(comparer(registre, [...passages, 'Post-scriptum.'])).toEqual({ index: 3, attendu: undefined });
    expect(registre.passages[0]!.empreinte).toBe(empreinte(passages[0]!));
  });
});

describe('debutDe', () => {
  it('should keep the first words, with an ellipsis when cut', () => {
    expect(debutDe('Un deux  trois', 8)).toBe('Un deux trois');
    expect(debutDe('un deux trois quatre', 2)).toBe('un deux…');
  });
});
