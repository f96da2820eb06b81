/**
 * Builds the search index (Pagefind, French) after `astro build`:
 * - one record per passage of the texts, read from `dist/recherche/donnees-index.json` (written by
 *   the endpoint src/pages/recherche/donnees-index.json.ts from the collections), so that results
 *   land on the passage itself and can be filtered by text, person, event and year;
 * - the person and event pages and the chronology, indexed as pages (`data-pagefind-body`).
 * The intermediate JSON is removed once indexed: it is not part of the site.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PassageIndexe } from '../src/noyau/recherche.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const donnees = join(dist, 'recherche', 'donnees-index.json');
const passages = JSON.parse(await readFile(donnees, 'utf8')) as PassageIndexe[];

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
if (!index) throw new Error(`Pagefind n’a pas pu démarrer : ${errors.join(' ; ')}`);

const erreurs: string[] = [...errors];
for (const passage of passages) {
  const noms = [...new Set(passage.personnes.map((p) => p.nom))];
  const formes = [...new Set(passage.personnes.flatMap((p) => [p.nom, ...p.formes]))];
  const evenements = [...new Set(passage.evenements.map((e) => e.nom))];
  const formesEvenements = [...new Set(passage.evenements.flatMap((e) => [e.nom, ...e.formes]))];
  const annees = [...new Set(passage.dates.flatMap((d) => d.annees))];
  const formesDates = [...new Set(passage.dates.flatMap((d) => d.formes))];
  const reponse = await index.addCustomRecord({
    url: passage.url,
    content: passage.contenu,
    language: 'fr',
    meta: {
      title: passage.titre,
      texte: passage.texte,
      numero: passage.numero,
      ...(formes.length > 0 ? { personnes: formes.join(' · ') } : {}),
      ...(formesDates.length > 0 ? { dates: formesDates.join(' · ') } : {}),
      ...(formesEvenements.length > 0 ? { evenements: formesEvenements.join(' · ') } : {}),
    },
    filters: {
      texte: [passage.texte],
      ...(noms.length > 0 ? { personne: noms } : {}),
      ...(evenements.length > 0 ? { evenement: evenements } : {}),
      ...(annees.length > 0 ? { annee: annees } : {}),
    },
    sort: { ordre: passage.ordre },
  });
  erreurs.push(...reponse.errors);
}

const pages = await index.addDirectory({ path: dist, glob: '{personnes/**/index.html,evenements/**/index.html,chronologie/index.html}' });
erreurs.push(...pages.errors);
const ecrits = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
erreurs.push(...ecrits.errors);
await pagefind.close();
await rm(donnees);

if (erreurs.length > 0) {
  console.error(`Index de recherche : ${erreurs.join('\n')}`);
  process.exit(1);
}
console.log(`Index de recherche : ${passages.length} passages, ${pages.page_count} pages (personnes, événements, chronologie).`);
