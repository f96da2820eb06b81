/**
 * Reading the persons register from `content/personnes/*.md` (front matter checked against the
 * same schema as the `personnes` collection). Done once, when the plugin list is built
 * (src/noyau/plugins/index.ts), and by the coverage report; the remark plugin itself reads no file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { contenu } from './contenu.ts';
import { compilerRegistre, schemaPersonne, type Personne, type Repertoire } from '../noyau/personnes.ts';

/** Where the register lives: `content/personnes/` (or under CONTENU_DIR). */
export const DOSSIER_PERSONNES = contenu('personnes');

/** One register entry from its file's text; a bad entry fails with the file and every problem. */
export function lirePersonne(texte: string, chemin: string): Personne {
  const morceaux = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(texte);
  if (!morceaux) throw new Error(`${chemin}: expected a YAML front matter between two \`---\` lines`);
  let donnees: unknown;
  try {
    donnees = parse(morceaux[1]!);
  } catch (error) {
    throw new Error(`${chemin}: unreadable front matter (${(error as Error).message})`);
  }
  const verifie = schemaPersonne.safeParse(donnees);
  if (!verifie.success) {
    const problemes = verifie.error.issues.map((i) => `  - ${i.path.join('.') || '(front matter)'}: ${i.message}`).join('\n');
    throw new Error(`${chemin}: invalid register entry\n${problemes}`);
  }
  return { id: basename(chemin, '.md'), ...verifie.data, note: morceaux[2]!.trim() };
}

/** Every entry of the register, in file-name order. */
export function lireRegistrePersonnes(dossier = DOSSIER_PERSONNES): Personne[] {
  if (!existsSync(dossier)) throw new Error(`No persons register at \`${dossier}\`: expected one Markdown file per person there (content/personnes/<id>.md, or under CONTENU_DIR)`);
  return readdirSync(dossier)
    .filter((nom) => nom.endsWith('.md'))
    .sort()
    .map((nom) => lirePersonne(readFileSync(join(dossier, nom), 'utf8'), join(dossier, nom)));
}

/** The register, read and compiled for searching. */
export function chargerRegistre(dossier = DOSSIER_PERSONNES): Repertoire {
  return compilerRegistre(lireRegistrePersonnes(dossier));
}
