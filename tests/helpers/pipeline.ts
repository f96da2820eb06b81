/**
 * The edition's pipeline for unit tests: a document rendered with the real persons register (or
 * the options given), as the build renders a text.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { VFile } from 'vfile';
import { lireContenu, lirePersonne, type Contenu } from '../../src/construction/contenu.ts';
import type { Modele } from '../../src/noyau/modele.ts';
import { compilerRegistre, type Repertoire } from '../../src/noyau/personnes.ts';
import { passagesDuMarkdown } from '../../src/construction/table-passages.ts';
import { reconcilier } from '../../src/noyau/passages/reconciliation.ts';
import type { TableDesPassages } from '../../src/noyau/passages/table.ts';
import { rendreMarkdown, traiterMarkdown, type OptionsPipeline } from '../../src/noyau/pipeline.ts';

/** The project's content folder, read once per test file. */
export const RACINE_CONTENU = join(import.meta.dirname, '..', '..', 'content');
let contenu: Contenu | undefined;
export function contenuReel(): Contenu {
  contenu ??= lireContenu(RACINE_CONTENU);
  return contenu;
}

/** The model the pipeline recorded on a file: complete once the pipeline has run to its end. */
export function modeleDe(file: VFile): Modele {
  if (!file.data.modele) throw new Error(`${file.path} : pas de modèle (le pipeline s’est arrêté avant remark-modele ?)`);
  return file.data.modele as Modele;
}

/** A register of persons of its own, from a folder of entries (`tests/personnes/registre/`). */
export function repertoireDe(dossier: string): Repertoire {
  return compilerRegistre(readdirSync(dossier).filter((nom) => nom.endsWith('.md')).sort().map((nom) => lirePersonne(readFileSync(join(dossier, nom), 'utf8'), join(dossier, nom))));
}

/** Render a document; the first fatal message is thrown (`VFileMessage`). */
export function rendre(markdown: string, chemin = 'document.md', options: Partial<OptionsPipeline> = {}): Promise<VFile> {
  return rendreMarkdown(markdown, chemin, { personnes: contenuReel().repertoire, ...options });
}

/** A ledger made for a document as it stands (what `npm run passages` would write for a new text). */
export async function tablePour(markdown: string, texte = 'document', chemin = `${texte}.md`): Promise<TableDesPassages> {
  return reconcilier(texte, undefined, await passagesDuMarkdown(markdown, chemin)).table;
}

/** Render a document with its passages numbered, as a text of the dossier is. */
export async function rendreAvecPassages(markdown: string, chemin = 'document.md', options: Partial<OptionsPipeline> = {}): Promise<VFile> {
  return rendre(markdown, chemin, { table: await tablePour(markdown, 'document', chemin), ...options });
}

/** Process a document; every message stays on the file. */
export function traiter(markdown: string, chemin = 'document.md', options: Partial<OptionsPipeline> = {}): Promise<VFile> {
  return traiterMarkdown(markdown, chemin, { personnes: contenuReel().repertoire, ...options });
}

/**
 * A content folder of its own in a temporary directory, for the build layer's checks: the real
 * persons register, and the files given (`textes/lettre.md`, `passages/lettre.json`, …) by path.
 */
export function contenuTemporaire(fichiers: Readonly<Record<string, string>>): string {
  const racine = mkdtempSync(join(tmpdir(), 'contenu-'));
  cpSync(join(RACINE_CONTENU, 'personnes'), join(racine, 'personnes'), { recursive: true });
  for (const [chemin, texte] of Object.entries(fichiers)) {
    mkdirSync(dirname(join(racine, chemin)), { recursive: true });
    writeFileSync(join(racine, chemin), texte);
  }
  return racine;
}
