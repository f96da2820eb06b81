/**
 * The pages of the built site, enumerated from `dist/` so that every new page (persons, chronology,
 * search, share pages…) is checked without touching the tests.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from './site.ts';

/** One built HTML page. */
export interface PageConstruite {
  /** The file in the build folder. */
  fichier: string;
  /** Its address relative to the site's base: `''` (home), `textes/essai-werth/`, `404.html`. */
  chemin: string;
  /**
   * Its kind, from its address: `accueil`, `404`, `texte`, `personne`, `textes` (an index page
   * such as `personnes/`), or the first folder followed by `/*` for pages below it.
   */
  type: string;
}

/** Files that are not pages of the site: the single-file offline edition is checked on its own. */
const PAS_DES_PAGES = new Set(['pagefind']);

/** Every `.html` page under `root`, sorted by address. */
export function pagesConstruites(root = DIST): PageConstruite[] {
  const pages: PageConstruite[] = [];
  (function parcourir(dossier: string) {
    for (const entree of readdirSync(dossier, { withFileTypes: true })) {
      const chemin = join(dossier, entree.name);
      if (entree.isDirectory()) {
        if (dossier === root && (PAS_DES_PAGES.has(entree.name) || entree.name.startsWith('_'))) continue;
        parcourir(chemin);
      } else if (entree.name.endsWith('.html')) {
        pages.push(page(root, chemin));
      }
    }
  })(root);
  return pages.sort((a, b) => a.chemin.localeCompare(b.chemin));
}

function page(root: string, fichier: string): PageConstruite {
  const rel = relative(root, fichier).split(sep).join('/');
  const chemin = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  const segments = chemin.split('/').filter(Boolean);
  let type: string;
  if (chemin === '') type = 'accueil';
  else if (chemin === '404.html') type = '404';
  else if (segments.length === 1) type = segments[0]!.replace(/\.html$/, '');
  else if (segments[0] === 'textes' && segments.length === 2) type = 'texte';
  else if (segments[0] === 'personnes' && segments.length === 2) type = 'personne';
  else if (segments[0] === 'evenements' && segments.length === 2) type = 'evenement';
  else type = `${segments[0]}/*`;
  return { fichier, chemin, type };
}

/** Pages grouped by kind. */
export function parType(pages: PageConstruite[]): Map<string, PageConstruite[]> {
  const groupes = new Map<string, PageConstruite[]>();
  for (const p of pages) groupes.set(p.type, [...(groupes.get(p.type) ?? []), p]);
  return groupes;
}

/** At most `n` pages of a list, spread from first to last (for kinds with many pages, e.g. share pages). */
export function echantillon<T>(liste: T[], n: number): T[] {
  if (liste.length <= n) return liste;
  return Array.from({ length: n }, (_, i) => liste[Math.round((i * (liste.length - 1)) / (n - 1))]!);
}

/**
 * Open a page and wait until it has settled: a page may send the reader on at once (a share page's
 * `<meta http-equiv="refresh">` leads to the passage in its text), and checks run on what is shown.
 */
export async function allerA(page: Page, url: string): Promise<void> {
  // Read first (from the local test server): once the browser has moved on, the body is gone.
  const renvoi = /<meta[^>]+http-equiv="?refresh/i.test(await (await fetch(url)).text());
  await page.goto(url, { waitUntil: 'load' });
  if (renvoi) await page.waitForURL((adresse) => adresse.href !== url, { waitUntil: 'load' });
}
