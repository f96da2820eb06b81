/**
 * `npm run bench:search`: search quality and cost on the built site (`dist/`, or DIST_DIR), in
 * Chromium on a phone-sized page served compressed, for every reader query of
 * scripts/bench/requetes-recherche.ts. For each query: is the first result the expected one, is
 * anything irrelevant among the first five, the bytes downloaded from the moment the query is typed
 * and the time until results (or « aucun résultat ») are shown. Each query runs in a fresh browser
 * context (empty cache), on the real search page. Prints figures, asserts nothing.
 *
 * `--detail` prints every query's line; by default only the failures and the summary.
 */
import { join } from 'node:path';
import { launchChromium, PHONE } from '../tests/helpers/site.ts';
import { REQUETES, type RequeteDuBanc } from './bench/requetes-recherche.ts';
import { servirCompresse } from './bench/serveur.ts';
import { lirePassages, satisfait } from './bench/verite-recherche.ts';

const DIST = process.env.DIST_DIR ?? join(import.meta.dirname, '..', 'dist');
const detail = process.argv.includes('--detail');

const passages = lirePassages(DIST);
const serveur = await servirCompresse(DIST);
const browser = await launchChromium();

interface Mesure { requete: RequeteDuBanc; resultats: string[]; premierJuste: boolean; propre: boolean; octets: number; ms: number }
const mesures: Mesure[] = [];
for (const requete of REQUETES) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${serveur.url}recherche/`);
  await page.waitForFunction(() => !document.querySelector('.filtres')?.hasAttribute('data-attente'));
  let octets = 0;
  const enCours: Promise<void>[] = [];
  page.on('requestfinished', (r) => enCours.push(r.sizes().then((s) => { octets += s.responseBodySize; })));
  const debut = await page.evaluate(() => performance.now());
  await page.fill('#q', requete.requete);
  await page.waitForFunction(() => (document.getElementById('etat-recherche')?.textContent ?? '') !== '');
  const fin = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(100);
  await Promise.all(enCours);
  // What the page shows as results, in order: a card naming an entity, then the passages and pages found.
  const resultats = await page.locator('.personne-trouvee a, .fiche-trouvee > a, #resultats li > a').evaluateAll((liens) =>
    liens.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return `${u.pathname}${u.hash}`; }));
  const attendAucun = requete.premier.some((c) => 'aucun' in c);
  const pertinents = requete.pertinents ?? requete.premier;
  const premierJuste = attendAucun ? resultats.length === 0 : resultats.length > 0 && requete.premier.some((c) => satisfait(resultats[0]!, c, passages));
  const propre = attendAucun ? resultats.length === 0 : resultats.slice(0, 5).every((url) => pertinents.some((c) => satisfait(url, c, passages)));
  mesures.push({ requete, resultats, premierJuste, propre, octets, ms: fin - debut });
  await context.close();
}
await browser.close();
await serveur.close();

const pourcent = (n: number, sur: number) => `${Math.round((100 * n) / sur)} %`;
const mediane = (valeurs: number[]) => { const v = [...valeurs].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]!; };
const ko = (o: number) => `${(o / 1024).toFixed(1)} Ko`;

const lignes = mesures.filter((m) => detail || !m.premierJuste || !m.propre).map((m) => [
  m.requete.requete, m.requete.sorte, m.premierJuste ? 'oui' : 'NON', m.propre ? 'oui' : 'NON', String(m.resultats.length), m.resultats[0] ?? '—', ko(m.octets), `${Math.round(m.ms)} ms`,
]);
const entetes = ['requête', 'sorte', '1er juste', '5 premiers propres', 'liens', 'premier résultat', 'octets', 'temps'];
const largeurs = entetes.map((e, i) => Math.max(e.length, ...lignes.map((l) => l[i]!.length)));
const ligne = (cells: string[]) => cells.map((c, i) => c.padEnd(largeurs[i]!)).join(' | ');
console.log(detail ? 'Toutes les requêtes' : 'Requêtes en échec');
console.log(ligne(entetes));
console.log(largeurs.map((l) => '-'.repeat(l)).join('-|-'));
for (const l of lignes) console.log(ligne(l));

console.log('\nPar sorte de requête');
const sortes = [...new Set(mesures.map((m) => m.requete.sorte))];
for (const sorte of sortes) {
  const ici = mesures.filter((m) => m.requete.sorte === sorte);
  console.log(`${sorte.padEnd(16)} ${String(ici.length).padStart(3)} requêtes · premier juste ${pourcent(ici.filter((m) => m.premierJuste).length, ici.length).padStart(5)} · cinq premiers propres ${pourcent(ici.filter((m) => m.propre).length, ici.length).padStart(5)}`);
}
const n = mesures.length;
console.log(`\nEnsemble : ${n} requêtes`);
console.log(`  premier résultat juste          ${pourcent(mesures.filter((m) => m.premierJuste).length, n)}`);
console.log(`  rien d’étranger dans les cinq   ${pourcent(mesures.filter((m) => m.propre).length, n)}`);
console.log(`  octets jusqu’aux résultats      médiane ${ko(mediane(mesures.map((m) => m.octets)))}, maximum ${ko(Math.max(...mesures.map((m) => m.octets)))}`);
console.log(`  temps jusqu’aux résultats       médiane ${Math.round(mediane(mesures.map((m) => m.ms)))} ms, maximum ${Math.round(Math.max(...mesures.map((m) => m.ms)))} ms`);
console.log('\nPage de recherche déjà chargée, cache vide ; les temps incluent la pause de 250 ms qui attend la fin de la frappe.');
