/** A reader on a phone opens the home page, then a text, in Debian's Chromium. */
import { describe, expect, it } from 'vitest';
import { PHONE, siteEtNavigateur } from '../helpers/site.ts';

const banc = siteEtNavigateur();

describe('reading on a phone', () => {
  it('should open the home page and then a text from its list', async () => {
    const page = await banc.browser.newPage(PHONE);
    await page.goto(banc.site.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Les procès de Moscou');
    const liens = page.getByRole('list').first().getByRole('link');
    expect(await liens.count()).toBeGreaterThan(0);
    const titre = (await liens.first().textContent())!.trim();
    await liens.first().click();
    await page.waitForURL(/\/textes\/[a-z-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(titre);
    // The text fits the phone: no horizontal scrolling.
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(largeur).toBeLessThanOrEqual(390);
    await page.close();
  });
});
