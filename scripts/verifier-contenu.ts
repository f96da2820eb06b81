/**
 * Content check, run before every build: renders each text of `content/textes/` through the site's
 * own pipeline and prints every message as `path:line:column: reason`. Astro only logs Markdown
 * errors and builds on; this check makes them stop the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { contenu } from '../src/construction/contenu.ts';
import { renderMarkdown } from '../src/noyau/pipeline.ts';

const dossier = process.argv[2] ?? contenu('textes');
const fichiers = (await readdir(dossier)).filter((f) => f.endsWith('.md')).sort();
let erreurs = 0;

for (const nom of fichiers) {
  const chemin = join(dossier, nom);
  try {
    const file = await renderMarkdown(await readFile(chemin, 'utf8'), chemin);
    for (const message of file.messages) {
      console.warn(`${chemin}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`);
      if (message.fatal) erreurs++;
    }
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    console.error(`${chemin}:${error.line ?? 1}:${error.column ?? 1}: ${error.reason}`);
    erreurs++;
  }
}

if (erreurs > 0) {
  console.error(`\n${erreurs} erreur(s) dans le contenu : la construction s'arrête.`);
  process.exit(1);
}
console.log(`Contenu vérifié : ${fichiers.length} texte(s), aucune erreur.`);
