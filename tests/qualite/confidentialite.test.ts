/**
 * Privacy, in Chromium: on every kind of page, every request the browser makes, while loading and
 * while the reader uses the page (scrolling to the end, opening a note, searching from the search
 * page or from the home page's header), goes to the site's own server; the page's
 * Content-Security-Policy is never violated and no script fails.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allerA, echantillon, pagesConstruites, parType } from '../helpers/pages.ts';
import { PHONE, siteEtNavigateur, WIDE } from '../helpers/site.ts';

const banc = siteEtNavigateur();

const groupes = parType(pagesConstruites());
const aVisiter = [...groupes].flatMap(([type, pages]) => echantillon(pages, 3).map((page) => ({ ...page, type })));

/** Open a page, use it as a reader would, and return what left the browser and what went wrong. */
async function visiter(options: BrowserContextOptions, chemin: string, type: string) {
  const context = await banc.browser.newContext(options);
  // Recorded, then stopped: a request to another origin never leaves this machine.
  const origine = new URL(banc.site.url).origin;
  await context.route((url) => url.origin !== origine, (route) => route.abort('blockedbyclient'));
  const requetes: string[] = [];
  const problemes: string[] = [];
  context.on('request', (request) => {
    requetes.push(request.url());
  });
  const page = await context.newPage();
  page.on('websocket', (ws) => requetes.push(ws.url()));
  page.on('pageerror', (error) => problemes.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problemes.push(`CSP: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await allerA(page, new URL(chemin, banc.site.url).href);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // What a reader does there, by kind of page: a text's note opened; a search, on the search page
  // or from the home page's header box (which leads there). A missing control fails the test.
  if (type === 'texte') {
    // A text with notes has calls (the introduction has none): open the first.
    const notes = await page.locator('.liste-notes > li').count();
    const appels = page.locator('article .appel a');
    expect(await appels.count() > 0).toBe(notes > 0);
    if (notes > 0) {
      await appels.first().scrollIntoViewIfNeeded();
      await appels.first().click();
    }
  }
  if (type === 'recherche') {
    await page.locator('main input[type="search"]').first().fill('Boukharine');
    await page.waitForTimeout(1000);
  } else if (type === 'accueil') {
    const boite = page.locator('header input[type="search"]').first();
    await boite.fill('Boukharine');
    await boite.press('Enter');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
  }
  await page.waitForLoadState('networkidle');
  await context.close();
  return { requetes, problemes };
}

describe('privacy in the browser', () => {
  it('should have the home page and the texts to visit', () => {
    expect(groupes.has('accueil') && groupes.has('texte')).toBe(true);
  });

  it.each(aVisiter.map((p) => [p.chemin || '/', p.chemin, p.type]))('should make no request to another origin: %s', async (_nom, chemin, type) => {
    const origine = new URL(banc.site.url).origin;
    for (const options of [PHONE, WIDE]) {
      const { requetes, problemes } = await visiter(options, chemin, type);
      expect(requetes.length).toBeGreaterThan(0);
      expect(requetes.filter((url) => new URL(url).origin !== origine && !/^(data|blob):/.test(url))).toEqual([]);
      expect(problemes).toEqual([]);
    }
  });
});
