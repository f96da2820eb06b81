/**
 * What the benchmark measures of one page in Chromium: bytes on the wire (compressed bodies, as
 * the browser received them) cold, at the reader's first gesture and warm, LCP and CLS
 * (PerformanceObserver), the layout shift when a note or a preview opens, and the page's own text
 * (the `main` element's text, read without JavaScript), against which its weight is judged.
 */
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { PHONE, WIDE } from '../../tests/helpers/site.ts';

export interface MesurePage {
  chemin: string;
  /** Largest Contentful Paint and Cumulative Layout Shift while loading, on a phone. */
  lcp: number;
  cls: number;
  /** CLS on a wide screen, after the margin notes are laid out. */
  clsLarge: number;
  /** Layout shift (all of it, even right after the tap) when a note opens on a phone; null without notes. */
  decalageNote: number | null;
  /** Layout shift when a preview opens (hovering a link to a person); null without such links. */
  decalageApercu: number | null;
  /** The page's main text, as read without JavaScript. */
  texte: string;
  /** Every paragraph shown with JavaScript is there without it. */
  lisibleSansJs: boolean;
}

/** Compressed bytes received, by kind of resource. */
export interface Octets {
  total: number;
  html: number;
  css: number;
  js: number;
  requetes: number;
  scripts: number;
}

export interface PoidsPage {
  /** On a phone with an empty cache, until the page is idle: what a reader pays before reading. */
  froid: Octets;
  /** What the reader's first gesture (scrolling) loads next: the scripts that wait for it. */
  auGeste: Octets;
  /** The page again, its HTML new but stylesheets, scripts and icon cached: the next text. */
  chaud: Octets;
}

/** Installed before any page script: collects LCP and layout shifts. */
function observer() {
  const mesures = { lcp: 0, decalages: [] as { valeur: number; recent: boolean; t: number }[] };
  (window as unknown as { __mesures: typeof mesures }).__mesures = mesures;
  new PerformanceObserver((liste) => {
    for (const e of liste.getEntries()) mesures.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((liste) => {
    for (const e of liste.getEntries() as unknown as { value: number; hadRecentInput: boolean; startTime: number }[]) {
      mesures.decalages.push({ valeur: e.value, recent: e.hadRecentInput, t: e.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

type Decalages = { valeur: number; recent: boolean; t: number }[];
const lireDecalages = (page: Page) => page.evaluate(() => (window as unknown as { __mesures: { lcp: number; decalages: Decalages } }).__mesures);

async function contexte(browser: Browser, options: BrowserContextOptions, origine: string) {
  const context = await browser.newContext(options);
  // Nothing leaves this machine.
  await context.route((url) => url.origin !== origine, (route) => route.abort('blockedbyclient'));
  return context;
}

/** Paragraphs of `main`, without what the scripts add (margin notes, note popover, status messages). */
const paragraphes = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('main p, main li')]
    .filter((p) => !p.closest('.notes-marge, .note-popover, [role="status"], [aria-live]'))
    .map((p) => p.textContent!.replace(/\s+/g, ' ').trim()));

export async function mesurer(browser: Browser, url: string): Promise<MesurePage> {
  const origine = new URL(url).origin;

  // On a phone, as a reader arrives: everything received until the page is idle.
  const context = await contexte(browser, PHONE, origine);
  const page = await context.newPage();
  await page.addInitScript(observer);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const { lcp, decalages } = await lireDecalages(page);
  const cls = decalages.filter((d) => !d.recent).reduce((s, d) => s + d.valeur, 0);

  let decalageNote: number | null = null;
  const appel = page.locator('main .appel a').first();
  if (await appel.count()) {
    await appel.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    const avant = (await lireDecalages(page)).decalages.length;
    await appel.tap();
    await page.waitForTimeout(600);
    decalageNote = (await lireDecalages(page)).decalages.slice(avant).reduce((s, d) => s + d.valeur, 0);
  }
  const avecJs = await paragraphes(page);
  await context.close();

  // On a wide screen: margin notes, previews.
  const large = await contexte(browser, WIDE, origine);
  const pageLarge = await large.newPage();
  await pageLarge.addInitScript(observer);
  await pageLarge.goto(url, { waitUntil: 'load' });
  await pageLarge.waitForLoadState('networkidle');
  await pageLarge.waitForTimeout(500);
  const clsLarge = (await lireDecalages(pageLarge)).decalages.filter((d) => !d.recent).reduce((s, d) => s + d.valeur, 0);
  let decalageApercu: number | null = null;
  const lienPersonne = pageLarge.locator('main article a[href*="/personnes/"]').first();
  if (await lienPersonne.count()) {
    await lienPersonne.scrollIntoViewIfNeeded();
    await pageLarge.waitForTimeout(200);
    const avant = (await lireDecalages(pageLarge)).decalages.length;
    await lienPersonne.hover();
    await pageLarge.waitForTimeout(800);
    decalageApercu = (await lireDecalages(pageLarge)).decalages.slice(avant).reduce((s, d) => s + d.valeur, 0);
  }
  await large.close();

  // Without JavaScript: the text itself, and whether it is all there.
  const sansJs = await contexte(browser, { ...PHONE, javaScriptEnabled: false }, origine);
  const pageSansJs = await sansJs.newPage();
  await pageSansJs.goto(url, { waitUntil: 'load' });
  const texte = await pageSansJs.evaluate(() => document.querySelector('main')?.innerText ?? '');
  const sansJsParagraphes = new Set(await paragraphes(pageSansJs));
  await sansJs.close();

  return {
    chemin: new URL(url).pathname,
    lcp,
    cls,
    clsLarge,
    decalageNote,
    decalageApercu,
    texte,
    lisibleSansJs: avecJs.every((p) => sansJsParagraphes.has(p)),
  };
}

/** Counts what a page receives from now on; the returned function stops counting and sums up. */
function compteur(page: Page): () => Promise<Octets> {
  const recues: Promise<{ octets: number; type: string }>[] = [];
  const ecouter = (r: Request) => void recues.push(r.sizes().then((s) => ({ octets: s.responseBodySize, type: r.resourceType() })));
  page.on('requestfinished', ecouter);
  return async () => {
    page.off('requestfinished', ecouter);
    const toutes = (await Promise.all(recues)).filter((r) => r.octets > 0);
    const de = (type: string) => toutes.filter((r) => r.type === type).reduce((s, r) => s + r.octets, 0);
    return {
      total: toutes.reduce((s, r) => s + r.octets, 0),
      html: de('document'),
      css: de('stylesheet'),
      js: de('script'),
      requetes: toutes.length,
      scripts: toutes.filter((r) => r.type === 'script').length,
    };
  };
}

async function auRepos(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

/**
 * A page's weight on a phone, from the server at `url` (which picks the encoding): cold, then
 * what a first scroll loads, then the page again under another address (`?chaud`) so that only its
 * HTML is new, as for the next page of the same kind. The browser's cache is on (no request
 * interception, which would turn it off); a request to another origin stops the benchmark.
 */
export async function poids(browser: Browser, url: string): Promise<PoidsPage> {
  const origine = new URL(url).origin;
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const ailleurs: string[] = [];
  page.on('request', (r) => void (new URL(r.url()).origin !== origine && !r.url().startsWith('data:') && ailleurs.push(r.url())));
  let fin = compteur(page);
  await page.goto(url, { waitUntil: 'load' });
  await auRepos(page);
  const froid = await fin();
  fin = compteur(page);
  await page.evaluate(() => window.scrollBy(0, 300));
  await auRepos(page);
  const auGeste = await fin();
  fin = compteur(page);
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}chaud`, { waitUntil: 'load' });
  await auRepos(page);
  const chaud = await fin();
  await context.close();
  if (ailleurs.length > 0) throw new Error(`requêtes vers une autre origine : ${ailleurs.join(', ')}`);
  return { froid, auGeste, chaud };
}

/** Bytes Pagefind downloads for queries, from an empty page of the site (cold, then each next query). */
export async function octetsRecherche(browser: Browser, site: string, requetes: string[]): Promise<{ requete: string; octets: number; resultats: number }[]> {
  const origine = new URL(site).origin;
  const context = await contexte(browser, PHONE, origine);
  const page = await context.newPage();
  let octets = 0;
  const enCours: Promise<void>[] = [];
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname.includes('/pagefind/')) enCours.push(r.sizes().then((s) => void (octets += s.responseBodySize)));
  });
  await page.goto(`${origine}/__bench__/vide.html`);
  const mesures = [];
  for (const requete of requetes) {
    octets = 0;
    const resultats = await page.evaluate(async ({ bundle, q }) => {
      const pagefind = await import(bundle);
      const recherche = await pagefind.search(q);
      await Promise.all(recherche.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
      return recherche.results.length as number;
    }, { bundle: new URL('pagefind/pagefind.js', site).href, q: requete });
    await page.waitForLoadState('networkidle');
    await Promise.all(enCours);
    mesures.push({ requete, octets, resultats });
  }
  await context.close();
  return mesures;
}
