/**
 * The ledger of passages through edits. Each folder of `fixtures/` holds the successive states of a
 * text (`etape-1.md`, `etape-2.md`…) and, when the editor had to decide, `decisions.json`
 * (`{ "2": { "garder": ["p3"] } }`). The ledger is built from step 1, then updated at each step as
 * `npm run passages` does; `attendu.txt` shows the ids after each step, or the message that stopped
 * it. Regenerate with `UPDATE=1 npx vitest run tests/passages` and review the diff.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcilier, type Changement, type Reconciliation } from '../../src/noyau/passages/reconciliation.ts';
import type { TableDesPassages } from '../../src/noyau/passages/table.ts';
import { mettreAJourTable, passagesDuMarkdown } from '../../src/construction/table-passages.ts';

const root = join(import.meta.dirname, 'fixtures');
const update = Boolean(process.env.UPDATE);

interface Etape { numero: number; resultat: Reconciliation; avant: TableDesPassages | undefined }

/** Run the steps of a fixture; stops at the first step the script could not decide. */
async function derouler(nom: string): Promise<Etape[]> {
  const dossier = join(root, nom);
  const fichiers = readdirSync(dossier).filter((f) => /^etape-\d+\.md$/.test(f)).sort((a, b) => parseInt(a.slice(6)) - parseInt(b.slice(6)));
  const decisions = existsSync(join(dossier, 'decisions.json')) ? JSON.parse(readFileSync(join(dossier, 'decisions.json'), 'utf8')) as Record<string, { garder?: string[]; retirer?: string[] }> : {};
  const etapes: Etape[] = [];
  let table: TableDesPassages | undefined;
  for (const fichier of fichiers) {
    const numero = parseInt(fichier.slice(6));
    const passages = await passagesDuMarkdown(readFileSync(join(dossier, fichier), 'utf8'), fichier);
    const d = decisions[numero] ?? {};
    const resultat = reconcilier(nom, table, passages, { garder: new Set(d.garder), retirer: new Set(d.retirer) });
    etapes.push({ numero, resultat, avant: table });
    if (resultat.indecisions.length > 0) break;
    table = resultat.table;
  }
  return etapes;
}

function decrire(ch: Changement): string {
  switch (ch.genre) {
    case 'premier': return `${ch.nombre} passages`;
    case 'divise': return `${ch.id} divisé, suite ${ch.nouveaux.join(', ')}`;
    case 'fusionne': return `${ch.id} fusionné avec ${ch.alias.join(', ')}`;
    default: return `${ch.id} ${ch.genre}`;
  }
}

function rapport(etapes: Etape[]): string {
  return etapes.map(({ numero, resultat }) => {
    const lignes = [`étape ${numero}`];
    if (resultat.indecisions.length > 0) {
      for (const ind of resultat.indecisions) lignes.push(`indécis : ${ind.id} « ${ind.debut} » (candidats : ${ind.candidats.map((j) => `§ ${j + 1}`).join(', ')}) : ${ind.raison}`);
      return lignes.join('\n');
    }
    const r = resultat.table;
    r.passages.forEach((e, i) => lignes.push(`§ ${i + 1} ${e.id}${e.alias?.length ? ` (alias ${e.alias.join(', ')})` : ''} « ${e.debut} »`));
    lignes.push(`retirés : ${r.retires.join(', ') || '—'} ; prochain : p${r.prochain}`);
    lignes.push(`changements : ${resultat.changements.map(decrire).join(' ; ') || '—'}`);
    return lignes.join('\n');
  }).join('\n\n') + '\n';
}

/** Ids of a ledger: its passages', their aliases' and the retired ones. */
const tousLesIds = (r: TableDesPassages) => [...r.passages.flatMap((e) => [e.id, ...(e.alias ?? [])]), ...r.retires];

describe('ledger of passages, fixtures', () => {
  for (const nom of readdirSync(root).sort()) {
    it(`should update the ledger as expected for ${nom}`, async () => {
      const etapes = await derouler(nom);
      const texte = rapport(etapes);
      const attendu = join(root, nom, 'attendu.txt');
      if (update || !existsSync(attendu)) {
        if (!update) throw new Error(`Missing attendu.txt for ${nom}: run with UPDATE=1 and review it`);
        writeFileSync(attendu, texte);
      }
      expect(texte).toBe(readFileSync(attendu, 'utf8'));
    });

    it(`should never lose nor reuse an id in ${nom}`, async () => {
      for (const { avant, resultat } of await derouler(nom)) {
        if (!avant || resultat.indecisions.length > 0) continue;
        const apres = tousLesIds(resultat.table);
        expect(new Set(apres).size, 'ids are unique').toBe(apres.length);
        for (const id of tousLesIds(avant)) expect(apres, `${id} is still known`).toContain(id);
        const nouveaux = resultat.table.passages.map((e) => e.id).filter((id) => !tousLesIds(avant).includes(id));
        for (const id of nouveaux) expect(Number(id.slice(1)), `${id} was never given`).toBeGreaterThanOrEqual(avant.prochain);
      }
    });
  }
});

/** The ids of the last step, in reading order. */
async function ids(nom: string, etape = -1) {
  const etapes = await derouler(nom);
  return etapes.at(etape)!.resultat.table.passages;
}

describe('ledger of passages, kinds of edit', () => {
  it('should keep every id through typo fixes, short passages included', async () => {
    expect((await ids('correction')).map((e) => e.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
  });

  it('should leave the ledger unchanged when only quotes, apostrophes or spaces change', async () => {
    const [premier, second] = await derouler('typographie');
    expect(second!.resultat.table).toEqual(premier!.resultat.table);
  });

  it('should keep the id on the first part of a split and give the second part a new id', async () => {
    const passages = await ids('division');
    expect(passages.map((e) => e.id)).toEqual(['p1', 'p2', 'p3', 'p10', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(passages[2]!.debut).toMatch(/^Ma situation/);
    expect(passages[3]!.debut).toMatch(/^On a fusillé/);
  });

  it('should keep the first id on merged passages and make the second an alias', async () => {
    const passages = await ids('fusion');
    expect(passages[2]).toMatchObject({ id: 'p3', alias: ['p4'] });
    expect(passages.map((e) => e.id)).not.toContain('p4');
  });

  it('should give inserted passages new ids, never given before', async () => {
    expect((await ids('ajout')).map((e) => e.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p10', 'p5', 'p6', 'p7', 'p8', 'p11', 'p9']);
    const etapes = await derouler('retrait-puis-ajout');
    expect(etapes[1]!.resultat.table.retires).toEqual(['p4']);
    expect(etapes[2]!.resultat.table.passages.map((e) => e.id)).toEqual(['p1', 'p2', 'p3', 'p10', 'p5', 'p6', 'p7', 'p8', 'p9']);
  });

  it('should keep the id of a moved passage', async () => {
    expect((await ids('deplacement')).map((e) => e.id)).toEqual(['p1', 'p3', 'p4', 'p2', 'p5', 'p6', 'p7', 'p8', 'p9']);
  });

  it('should refuse to guess when a passage was rewritten beyond recognition', async () => {
    const etapes = await derouler('indecidable');
    expect(etapes.at(-1)!.resultat.indecisions).toEqual([expect.objectContaining({ id: 'p3', candidats: [2] })]);
  });

  it('should follow the editor’s decision: keep the id, or retire it', async () => {
    expect((await ids('indecidable-garder')).map((e) => e.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    const etapes = await derouler('indecidable-retirer');
    expect(etapes.at(-1)!.resultat.table.passages.map((e) => e.id)).toEqual(['p1', 'p2', 'p10', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(etapes.at(-1)!.resultat.table.retires).toEqual(['p3']);
  });
});

describe('npm run passages on files', () => {
  it('should write the ledger after an edit, and nothing when it cannot decide', async () => {
    const racine = mkdtempSync(join(tmpdir(), 'table-'));
    const texte = join(racine, 'textes', 'lettre.md');
    const table = join(racine, 'passages', 'lettre.json');
    cpSync(join(root, 'indecidable', 'etape-1.md'), texte);
    const premier = await mettreAJourTable(texte, table);
    expect(premier.change).toBe(true);
    const ecrit = readFileSync(table, 'utf8');
    expect(JSON.parse(ecrit).passages).toHaveLength(9);
    expect((await mettreAJourTable(texte, table)).change).toBe(false);
    cpSync(join(root, 'indecidable', 'etape-2.md'), texte);
    const second = await mettreAJourTable(texte, table);
    expect(second.indecisions.map((i) => i.id)).toEqual(['p3']);
    expect(readFileSync(table, 'utf8')).toBe(ecrit);
    await mettreAJourTable(texte, table, { retirer: new Set(['p3']) });
    expect(JSON.parse(readFileSync(table, 'utf8')).retires).toEqual(['p3']);
  });
});
