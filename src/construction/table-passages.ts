/**
 * The passages of a Markdown text as the build sees them, and the update of its ledger: the work of
 * `npm run passages` (scripts/passages.ts), kept here so that tests can run it on fixtures.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { creerPipelineAvantPassages } from '../noyau/pipeline.ts';
import { reconcilier, type Decisions, type PassageCourant, type Reconciliation } from '../noyau/passages/reconciliation.ts';
import { ecrireTableDesPassages, lireTableDesPassages, type TableDesPassages } from '../noyau/passages/table.ts';
import { reperer } from '../noyau/passages/reperage.ts';

/** The passages of a Markdown text, in reading order, with where each starts. */
export async function passagesDuMarkdown(markdown: string, path = 'document.md'): Promise<PassageCourant[]> {
  const processor = creerPipelineAvantPassages();
  const file = new VFile({ path, value: markdown });
  const tree = await processor.run(processor.parse(file), file);
  return reperer(tree as Root).map((r) => ({ texte: r.texte, ligne: r.position?.start.line, colonne: r.position?.start.column }));
}

export interface MiseAJour extends Reconciliation {
  /** The ledger before, if there was one. */
  avant: TableDesPassages | undefined;
  /** Whether the ledger's file changes. */
  change: boolean;
  /** The passages of the edited text (for messages). */
  passages: PassageCourant[];
}

/**
 * Update the ledger of one text (`texte`: the Markdown file; `table`: its ledger). Nothing is
 * written when some passage cannot be placed (`indecisions` is then not empty) or when `ecrire` is false.
 */
export async function mettreAJourTable(texte: string, table: string, decisions: Decisions = {}, ecrire = true): Promise<MiseAJour> {
  const passages = await passagesDuMarkdown(await readFile(texte, 'utf8'), texte);
  const avant = existsSync(table) ? lireTableDesPassages(await readFile(table, 'utf8'), table) : undefined;
  const slug = basename(texte, '.md');
  const resultat = reconcilier(slug, avant, passages, decisions);
  const change = !avant || ecrireTableDesPassages(avant) !== ecrireTableDesPassages(resultat.table);
  if (ecrire && change && resultat.indecisions.length === 0) {
    await mkdir(dirname(table), { recursive: true });
    await writeFile(table, ecrireTableDesPassages(resultat.table));
  }
  return { ...resultat, avant, change, passages };
}
