/**
 * The text pages' enhancements load at the reader's first gesture (src/navigateur/premier-geste.ts),
 * and that gesture is not lost: the enhancements are held back on purpose (their scripts answered
 * late), so that the tap, the key or the pointer arrives while they are still loading.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, siteEtNavigateur } from '../helpers/site.ts';

const banc = siteEtNavigateur();
const LETTRE = 'lettre-boukharine';
/** A narrow window with a mouse and a keyboard: enhancements wait for a gesture there too. */
const ETROIT_SOURIS = { viewport: { width: 900, height: 900 }, locale: 'fr-FR' };

/** Opens a text with every script but the page's own answered `retard` ms late; lists the scripts requested. */
async function ouvrir(options: BrowserContextOptions, retard = 1500) {
  const contexte = await banc.browser.newContext(options);
  const page = await contexte.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)));
  await page.goto(`${banc.site.url}textes/${LETTRE}/`, { waitUntil: 'networkidle' });
  const duChargement = [...scripts];
  await page.route('**/*.js', async (route) => {
    await new Promise((r) => setTimeout(r, retard));
    await route.continue();
  });
  return { contexte, page, scripts, duChargement };
}

const pret = (page: Page) => page.evaluate(() => document.querySelector('.note-popover') !== null);

describe('enhancements at the first gesture', () => {
  it('should load only the page’s own scripts on a phone until the reader moves', async () => {
    const { contexte, page, scripts, duChargement } = await ouvrir(PHONE, 0);
    // The page's own script: the first-gesture loader (it also triggers reading resumed, the selection tools).
    const propres = await page.locator('script[type="module"][src]').evaluateAll((s) => s.map((e) => new URL((e as HTMLScriptElement).src).pathname));
    expect(propres).toHaveLength(1);
    expect(duChargement.toSorted()).toEqual(propres.toSorted());
    await page.waitForTimeout(500);
    expect(scripts).toHaveLength(propres.length);
    expect(await pret(page)).toBe(false);
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect.poll(() => pret(page)).toBe(true);
    expect(scripts.length).toBeGreaterThan(propres.length);
    await contexte.close();
  });

  it('should open a note in place on the very first tap, while the enhancements load', async () => {
    const { contexte, page } = await ouvrir(PHONE);
    const appel = page.locator('article p .appel a').first();
    const avant = await page.evaluate(() => window.scrollY);
    await appel.evaluate((a) => a.scrollIntoView({ block: 'center' }));
    const y = await page.evaluate(() => window.scrollY);
    expect(y).not.toBe(avant);
    expect(await pret(page), 'the tap comes before the enhancements').toBe(false);
    await appel.tap();
    const popover = page.locator('.note-popover');
    await expect.poll(() => popover.evaluate((p) => p.matches(':popover-open')), { timeout: 5000 }).toBe(true);
    const numero = (await appel.textContent())!.trim();
    expect(await popover.locator('.note-popover-titre').textContent()).toBe(`Note ${numero}`);
    // In place: no jump to the list of notes.
    expect(await page.evaluate(() => location.hash)).toBe('');
    await contexte.close();
  });

  it('should show a person’s card on the first tap on an unlinked mention', async () => {
    const { contexte, page } = await ouvrir(PHONE);
    const mention = page.locator('article span.mention[data-personne]').first();
    await mention.evaluate((m) => m.scrollIntoView({ block: 'center' }));
    expect(await pret(page)).toBe(false);
    await mention.tap();
    const carte = page.locator('#apercu-personne');
    await expect.poll(() => carte.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await carte.locator('a.apercu-fiche').getAttribute('href')).toMatch(/\/personnes\/[a-z-]+\/$/);
    await contexte.close();
  });

  it('should take the first Tab from a passage’s number to its share button', async () => {
    const { contexte, page } = await ouvrir(PHONE);
    const numero = page.locator('article .passage .numero-passage').nth(3);
    await numero.focus();
    await page.keyboard.press('Tab');
    const passage = await numero.evaluate((n) => n.closest('.passage')!.id);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.passage), { timeout: 5000 }).toBe(passage);
    await contexte.close();
  });

  it('should show the preview of a person under a mouse that rests on a mention before the enhancements are there', async () => {
    const { contexte, page } = await ouvrir(ETROIT_SOURIS);
    const lien = page.locator('article a.mention[data-personne]').first();
    await lien.evaluate((l) => l.scrollIntoView({ block: 'center' }));
    expect(await pret(page)).toBe(false);
    await lien.hover();
    const carte = page.locator('#apercu-personne');
    await expect.poll(() => carte.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await lien.getAttribute('aria-describedby')).toBe('apercu-personne');
    await contexte.close();
  });
});
