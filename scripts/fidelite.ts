/**
 * Fidelity check of the edition: `node scripts/fidelite.ts [slug…]` (or `npm run fidelite`).
 *
 * For each `content/textes/<slug>.md` (all of them, or the slugs given), aligns the text with the
 * lines of `content/sources/<fichier>` named in its front matter (`source: { fichier, lignes }`),
 * prints one table row per text, then every unexplained difference. Exits 1 if there is any
 * unexplained difference, if a text has no usable `source`, or if there is no text at all.
 * See `src/noyau/fidelite/` for the rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contenu } from '../src/construction/contenu.ts';
import { parse as parseYaml } from 'yaml';
import { aligner } from '../src/noyau/fidelite/alignement.ts';
import type { Plage } from '../src/noyau/fidelite/mots.ts';
import { formaterEcart, formaterTableau, ligneDuTableau } from '../src/noyau/fidelite/rapport.ts';
import { parseMarkdown } from '../src/noyau/markdown.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const textesDir = join(root, contenu('textes'));
const sourcesDir = join(root, contenu('sources'));

const wanted = process.argv.slice(2).map((a) => a.replace(/^.*\//, '').replace(/\.md$/, ''));
const files = existsSync(textesDir) ? readdirSync(textesDir).filter((f) => f.endsWith('.md')).sort() : [];
const selected = wanted.length ? files.filter((f) => wanted.includes(f.slice(0, -3))) : files;

let failed = false;
for (const slug of wanted) {
  if (!files.includes(`${slug}.md`)) {
    console.error(`texte inconnu : ${slug} (content/textes/${slug}.md n'existe pas)`);
    failed = true;
  }
}
if (selected.length === 0) {
  console.error('aucun texte à vérifier dans content/textes/');
  process.exit(1);
}

const rows: string[][] = [];
const problems: string[] = [];
for (const file of selected) {
  const textPath = relative(root, join(textesDir, file));
  const arbre = parseMarkdown(readFileSync(join(textesDir, file), 'utf8'));
  const ref = sourceDeLEnTete(arbre);
  if (!ref || !existsSync(join(sourcesDir, ref.fichier))) {
    problems.push(`${textPath}: front matter sans source utilisable (source.fichier dans content/sources/, source.lignes)`);
    failed = true;
    continue;
  }
  const sourcePath = relative(root, join(sourcesDir, ref.fichier));
  const sourceText = readFileSync(join(sourcesDir, ref.fichier), 'utf8');
  const lastLine = sourceText.split(/\r?\n/).length;
  const outside = ref.lignes.find(([, end]) => end > lastLine);
  if (outside) {
    problems.push(`${textPath}: source.lignes [${outside.join(', ')}] dépasse la fin de ${sourcePath} (${lastLine} lignes)`);
    failed = true;
    continue;
  }
  const alignement = aligner({ texte: sourceText, lignes: ref.lignes }, arbre);
  rows.push(ligneDuTableau(file.slice(0, -3), alignement));
  for (const d of alignement.fidelite.ecarts) problems.push(formaterEcart(textPath, sourcePath, d));
  if (alignement.fidelite.ecarts.length) failed = true;
}

console.log(formaterTableau(rows));
if (problems.length) {
  console.log(`\n${problems.length} différence(s) inexpliquée(s) :`);
  for (const p of problems) console.log(p);
}
process.exit(failed ? 1 : 0);

/** `source: { fichier, lignes: [[a, b], …] }` of the front matter (the collection schema checks it too, later in the build). */
function sourceDeLEnTete(arbre: ReturnType<typeof parseMarkdown>): { fichier: string; lignes: Plage[] } | undefined {
  const yaml = arbre.children.find((n) => n.type === 'yaml');
  const source = yaml?.type === 'yaml' ? (parseYaml(yaml.value) as { source?: { fichier?: unknown; lignes?: unknown } } | null)?.source : undefined;
  const { fichier, lignes } = source ?? {};
  const plage = (l: unknown): l is Plage => Array.isArray(l) && l.length === 2 && l.every(Number.isInteger) && l[0] >= 1 && l[1] >= l[0];
  if (typeof fichier !== 'string' || !Array.isArray(lignes) || lignes.length === 0 || !lignes.every(plage)) return undefined;
  return { fichier, lignes };
}
