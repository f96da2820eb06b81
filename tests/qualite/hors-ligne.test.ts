/**
 * Offline reading: the home page offers the whole dossier as one HTML file; downloaded in Chromium
 * and opened from disk with the network cut, it shows every text, styled, without a single request,
 * and holds every paragraph and note of every text word for word.
 * (Its HTML, links and policy are checked with the other pages: it is in `dist/` too.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FICHIER_HORS_LIGNE } from '../../src/construction/hors-ligne.ts';
import { pagesConstruites } from '../helpers/pages.ts';
import { launchChromium, PHONE, serve, type Site } from '../helpers/site.ts';

let site: Site;
let browser: Browser;
const dossier = mkdtempSync(join(tmpdir(), 'hors-ligne-'));
const fichier = join(dossier, 'proces-de-moscou.html');
const textes = pagesConstruites().filter((p) => p.type === 'texte');

beforeAll(async () => {
  site = await serve();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dossier, { recursive: true, force: true });
});

/** The paragraphs of a text as a reader reads them, without what needs the site (buttons, forms). */
function paragraphes(page: Page, article: string): Promise<string[]> {
  return page.locator(article).evaluate((element) => {
    const copie = element.cloneNode(true) as HTMLElement;
    copie.querySelectorAll('script, noscript, template, button, form, input, select, textarea, dialog, [data-hors-ligne="exclure"]').forEach((e) => e.remove());
    return [...copie.querySelectorAll('p, li, blockquote, h1, h2, h3, h4, h5, h6')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
  });
}

describe('offline edition', () => {
  it('should be downloaded from the home page', async () => {
    const context = await browser.newContext({ ...PHONE, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(site.url);
    const lien = page.locator(`a[download][href$="${FICHIER_HORS_LIGNE}"]`);
    expect(await lien.count()).toBe(1);
    const [telechargement] = await Promise.all([page.waitForEvent('download'), lien.click()]);
    await telechargement.saveAs(fichier);
    await context.close();
  });

  it('should open and reload from disk without network, styled, with no request', async () => {
    const context = await browser.newContext(PHONE);
    await context.setOffline(true);
    const requetes: string[] = [];
    const problemes: string[] = [];
    const adresse = pathToFileURL(fichier).href;
    context.on('request', (r) => {
      if (r.url() !== adresse) requetes.push(r.url());
    });
    await context.route((url) => url.href !== adresse, (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problemes.push(m.text());
    });
    await page.goto(adresse);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Les procès de Moscou');
    expect(await page.locator('main > article').count()).toBe(textes.length);
    expect(await page.locator('script').count()).toBe(0);
    // The stylesheet inside the file applies (its hash is in the file's policy).
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Charter/);
    // A note call leads to its note inside the file.
    const appel = page.locator('main .appel a').first();
    await appel.click();
    const cible = await page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
    expect(cible).toMatch(/--note-/);
    expect(await page.locator(`[id="${cible}"]`).isVisible()).toBe(true);
    expect(requetes).toEqual([]);
    expect(problemes).toEqual([]);
    await context.close();
  });

  it('should hold every paragraph and note of every text, word for word', async () => {
    const horsLigne = await browser.newPage({ javaScriptEnabled: false });
    await horsLigne.goto(pathToFileURL(fichier).href);
    const enLigne = await browser.newPage({ javaScriptEnabled: false });
    expect(textes.length).toBeGreaterThan(0);
    for (const texte of textes) {
      const slug = texte.chemin.split('/')[1]!;
      await enLigne.goto(new URL(texte.chemin, site.url).href);
      const attendu = await paragraphes(enLigne, 'article[data-texte]');
      expect(attendu.length, slug).toBeGreaterThan(0);
      expect(await paragraphes(horsLigne, `article[id="${slug}"]`), slug).toEqual(attendu);
    }
    await horsLigne.close();
    await enLigne.close();
  });
});
