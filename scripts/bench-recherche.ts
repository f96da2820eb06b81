/**
 * `npm run bench:search`: for a few queries, what the reader's first search costs on the built site
 * (`dist/`, or DIST_DIR), in Chromium on a phone-sized page served compressed: bytes downloaded
 * from the moment the query is typed, and time until the first results are shown. Each query runs
 * in a fresh browser context (empty cache), on the real search page. Prints figures, asserts nothing.
 */
import { join } from 'node:path';
import { launchChromium, PHONE } from '../tests/helpers/site.ts';
import { servirCompresse } from './bench/serveur.ts';

const DIST = process.env.DIST_DIR ?? join(import.meta.dirname, '..', 'dist');
const REQUETES = ['Iejov', 'Yezhov', 'kamenev', '27 août 1936', '27/08/1936', 'août 1936', 'aveux', '"procès public"'];

const serveur = await servirCompresse(DIST);
const browser = await launchChromium();
const lignes: string[][] = [];
for (const requete of REQUETES) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${serveur.url}recherche/`);
  await page.waitForFunction(() => !document.querySelector('.filtres')?.hasAttribute('data-attente'));
  let octets = 0;
  let fichiers = 0;
  const enCours: Promise<void>[] = [];
  page.on('requestfinished', (r) => enCours.push(r.sizes().then((s) => { octets += s.responseBodySize; fichiers++; })));
  const debut = await page.evaluate(() => performance.now());
  await page.fill('#q', requete);
  await page.waitForFunction(() => (document.getElementById('etat-recherche')?.textContent ?? '') !== '');
  const fin = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  await Promise.all(enCours);
  const etat = (await page.locator('#etat-recherche').textContent()) ?? '';
  lignes.push([requete, /\d+/.exec(etat)?.[0] ?? '0', String(fichiers), `${(octets / 1024).toFixed(1)} Ko`, `${Math.round(fin - debut)} ms`]);
  await context.close();
}
await browser.close();
await serveur.close();

const entetes = ['requête', 'résultats', 'fichiers', 'octets téléchargés', 'premiers résultats'];
const largeurs = entetes.map((e, i) => Math.max(e.length, ...lignes.map((l) => l[i]!.length)));
const ligne = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(largeurs[i]!) : c.padStart(largeurs[i]!))).join(' | ');
console.log('Première recherche (page de recherche déjà chargée, cache vide pour l’index)');
console.log(ligne(entetes));
console.log(largeurs.map((l) => '-'.repeat(l)).join('-|-'));
for (const l of lignes) console.log(ligne(l));
console.log('\nLes temps incluent la pause de 250 ms qui attend la fin de la frappe.');
