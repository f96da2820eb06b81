/**
 * Deploying under a sub-path: the site built with BASE_PATH=/dossier/ (into tmp/, its own cache)
 * and served only under /dossier/ loads every page, stylesheet, script, image and search result
 * from there: nothing points at the host's root.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FICHIER_HORS_LIGNE } from '../../src/construction/hors-ligne.ts';
import { allerA, pagesConstruites } from '../helpers/pages.ts';
import { launchChromium, PHONE, serve, type Site } from '../helpers/site.ts';

const RACINE = join(import.meta.dirname, '..', '..');
const SORTIE = join(RACINE, 'tmp', 'dist-sous-chemin');
const BASE = '/dossier/';

let site: Site;
let browser: Browser;

/** The environment without what Vitest adds (its BASE_URL, MODE… would override Astro's `import.meta.env`). */
function environnement(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const nom of Object.keys(env)) if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(nom) || nom.startsWith('VITEST')) delete env[nom];
  return env;
}

beforeAll(async () => {
  rmSync(SORTIE, { recursive: true, force: true });
  await promisify(execFile)('npm', ['run', 'build'], {
    cwd: RACINE,
    env: { ...environnement(), BASE_PATH: BASE, DIST_DIR: SORTIE, ASTRO_CACHE_DIR: join(RACINE, 'tmp', 'cache-sous-chemin') },
    maxBuffer: 64 * 1024 * 1024,
  });
  site = await serve(SORTIE, BASE);
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the site under a sub-path', () => {
  it('should build its pages and offline edition there', () => {
    expect(existsSync(join(SORTIE, 'index.html'))).toBe(true);
    expect(existsSync(join(SORTIE, FICHIER_HORS_LIGNE))).toBe(true);
  });

  it('should resolve every link and asset of every page under the sub-path', async () => {
    const resultat = await new LinkChecker().check({
      path: pagesConstruites(SORTIE).map((p) => new URL(p.chemin, site.url).href),
      recurse: true,
      checkCss: true,
      concurrency: 8,
      linksToSkip: async (lien) => !lien.startsWith(new URL(site.url).origin),
    });
    const casses = resultat.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (${l.status}) ← ${l.parent}`);
    expect(casses).toEqual([]);
  });

  it('should open a text from the home page with its stylesheet and scripts, every request answered', async () => {
    const context = await browser.newContext(PHONE);
    const echecs: string[] = [];
    context.on('response', (r) => {
      if (r.status() >= 400) echecs.push(`${r.status()} ${r.url()}`);
    });
    context.on('requestfailed', (r) => echecs.push(`failed ${r.url()}`));
    const page = await context.newPage();
    page.on('pageerror', (e) => echecs.push(`script error: ${e.message}`));
    await allerA(page, site.url);
    const avecNotes = pagesConstruites(SORTIE).find((p) => p.type === 'texte' && readFileSync(p.fichier, 'utf8').includes('class="appel"'))!;
    await page.locator(`main a[href="${BASE}${avecNotes.chemin}"]`).first().click();
    await page.waitForURL(`${site.url}${avecNotes.chemin}`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Charter/);
    // The notes script ran: a tap on a call opens the note in place.
    await page.locator('article .appel a').first().tap();
    await expect.poll(() => page.locator('.note-popover').isVisible()).toBe(true);
    expect(echecs).toEqual([]);
    await context.close();
  });

  it('should search and lead to passages under the sub-path', async () => {
    const context = await browser.newContext(PHONE);
    const echecs: string[] = [];
    context.on('response', (r) => {
      if (r.status() >= 400) echecs.push(`${r.status()} ${r.url()}`);
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => echecs.push(`script error: ${e.message}`));
    await allerA(page, `${site.url}recherche/?q=Boukharine`);
    const resultats = page.locator('main a[href*="textes/"]');
    await expect.poll(() => resultats.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const liens = await resultats.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(liens.filter((l) => !l.startsWith(BASE))).toEqual([]);
    const premier = await resultats.first().getAttribute('href');
    await resultats.first().click();
    await page.waitForURL((url) => url.pathname.startsWith(`${BASE}textes/`));
    expect(premier).toBeTruthy();
    expect(echecs).toEqual([]);
    await context.close();
  });
});
