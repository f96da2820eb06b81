/** Notes in Chromium: every call reaches its note and back, on a phone and a wide screen, with and without JavaScript. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, PHONE, siteEtNavigateur, WIDE } from '../helpers/site.ts';

const banc = siteEtNavigateur();

/** The built text with the most note calls, and its first call that sits well down the page. */
const texte = readdirSync(join(DIST, 'textes'))
  .map((slug) => ({ slug, appels: readFileSync(join(DIST, 'textes', slug, 'index.html'), 'utf8').match(/class="appel"/g)?.length ?? 0 }))
  .sort((a, b) => b.appels - a.appels)[0]!;

async function open(page: Page) {
  await page.goto(`${banc.site.url}textes/${texte.slug}/`);
  return page.locator('article .appel a').last();
}

describe('notes', () => {
  it('should have calls to test', () => {
    expect(texte.appels).toBeGreaterThan(0);
  });

  it('should link every call to an existing note and every note back to its calls', async () => {
    const page = await banc.browser.newPage(WIDE);
    await open(page);
    const broken = await page.evaluate(() => {
      const missing: string[] = [];
      for (const a of document.querySelectorAll<HTMLAnchorElement>('.appel a, a.retour')) {
        if (!document.getElementById(decodeURIComponent(a.hash.slice(1)))) missing.push(a.href);
      }
      return missing;
    });
    expect(broken).toEqual([]);
    await page.close();
  });

  it('should come back to the same scroll position after following a call and its back-link', async () => {
    const page = await banc.browser.newPage(WIDE);
    const call = await open(page);
    await call.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(100);
    const before = await page.evaluate(() => window.scrollY);
    const id = await call.getAttribute('id');
    await call.click();
    await page.waitForFunction(() => location.hash.startsWith('#note-'));
    await page.locator(`${await page.evaluate(() => location.hash)} a.retour[href="#${id}"]`).click();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 4, before);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(4);
    await page.close();
  });

  it('should open a note in place on a phone with the keyboard and close it with Escape, focus back on the call', async () => {
    const page = await banc.browser.newPage(PHONE);
    const call = await open(page);
    await call.focus();
    const y = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Enter');
    const popover = page.locator('.note-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    const noteText = await page.locator(`${await call.getAttribute('href')} p`).first().textContent();
    expect(await popover.textContent()).toContain(noteText!.replace(/\s*↩\d*\s*$/, '').trim().slice(0, 20));
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await call.getAttribute('id'));
    await page.close();
  });

  it('should close the note when tapping outside it', async () => {
    const page = await banc.browser.newPage(PHONE);
    const call = await open(page);
    await call.tap();
    const popover = page.locator('.note-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    await page.touchscreen.tap(200, 40);
    await expect.poll(() => popover.isVisible()).toBe(false);
    await page.close();
  });

  it('should place margin notes on a wide screen without overlapping each other or the text', async () => {
    const page = await banc.browser.newPage(WIDE);
    await open(page);
    // On wide screens the enhancements load right after the page (src/navigateur/premier-geste.ts).
    await page.locator('.note-marge').first().waitFor({ state: 'attached' });
    const boxes = await page.locator('.note-marge').evaluateAll((asides) => asides.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(0);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    const textRight = await page.locator('article p').first().evaluate((p) => p.getBoundingClientRect().right);
    for (const box of boxes) expect(box.left).toBeGreaterThan(textRight);
    await page.close();
  });

  it('should work as plain links without JavaScript', async () => {
    const context = await banc.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    const call = await open(page);
    const href = (await call.getAttribute('href'))!;
    const id = (await call.getAttribute('id'))!;
    await call.click();
    await page.waitForURL(new RegExp(`${href}$`));
    await page.locator(`${href} a.retour[href="#${id}"]`).click();
    await page.waitForURL(new RegExp(`#${id}$`));
    await context.close();
  });
});
