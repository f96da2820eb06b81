/** Search in Chromium against the built site: spellings, dates, accents, landing on the passage. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, siteEtNavigateur } from '../helpers/site.ts';

const banc = siteEtNavigateur();

/** Open the search page with a query in its URL and return the results' titles and links. */
async function chercher(page: Page, requete: string, filtres = '') {
  await page.goto(`${banc.site.url}recherche/?q=${encodeURIComponent(requete)}${filtres}`);
  await page.waitForFunction(() => (document.getElementById('etat-recherche')?.textContent ?? '') !== '');
  await page.waitForLoadState('networkidle');
  return page.locator('#resultats li a').evaluateAll((liens) => liens.map((a) => ({ titre: a.textContent ?? '', href: (a as HTMLAnchorElement).href })));
}

/** The number of results the page announces (« 57 résultats »). */
async function total(page: Page): Promise<number> {
  return Number(/\d+/.exec((await page.locator('#etat-recherche').textContent()) ?? '')?.[0] ?? 0);
}

describe('search', () => {
  it('should find a person under another spelling than the one a text uses', async () => {
    const page = await banc.browser.newPage(PHONE);
    const resultats = await chercher(page, 'Yezhov');
    // Werth writes « Iejov »: his passages are found from the English spelling.
    expect(resultats.some((r) => r.href.includes('/textes/essai-werth/'))).toBe(true);
    await expect(page.locator('.fiche-trouvee a').getAttribute('href')).resolves.toMatch(/\/personnes\/iejov\/$/);
    await page.close();
  });

  it('should fold accents and case', async () => {
    const page = await banc.browser.newPage(PHONE);
    await chercher(page, 'kamenev');
    const sans = await total(page);
    await chercher(page, 'KAMÉNEV');
    expect(sans).toBeGreaterThan(0);
    expect(await total(page)).toBe(sans);
    await page.close();
  });

  for (const requete of ['27 août 1936', '27/08/1936', '1936-08-27']) {
    it(`should find the passages dated 27 August 1936 from « ${requete} »`, async () => {
      const page = await banc.browser.newPage(PHONE);
      const resultats = await chercher(page, requete);
      expect(resultats.some((r) => r.href.includes('/textes/lettre-boukharine/'))).toBe(true);
      await page.close();
    });
  }

  it('should find a month and a year', async () => {
    const page = await banc.browser.newPage(PHONE);
    expect((await chercher(page, 'août 1936')).length).toBeGreaterThan(0);
    expect((await chercher(page, '1936')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('should filter by year and by text, and keep the filters in the URL', async () => {
    const page = await banc.browser.newPage(PHONE);
    await chercher(page, 'Staline');
    const tous = await total(page);
    await chercher(page, 'Staline', '&annee=1937');
    const en1937 = await total(page);
    expect(en1937).toBeGreaterThan(0);
    expect(en1937).toBeLessThan(tous);
    await chercher(page, 'Staline', '&annee=1937&texte=' + encodeURIComponent('Lettre de Boukharine aux membres du Politburo'));
    expect(await total(page)).toBeLessThan(en1937);
    expect(new URL(page.url()).searchParams.get('annee')).toBe('1937');
    await page.close();
  });

  it('should land on the passage itself, in view, with the searched word marked', async () => {
    const page = await banc.browser.newPage(PHONE);
    const resultats = await chercher(page, 'Vychinski');
    const rang = resultats.findIndex((r) => r.href.includes('/textes/'));
    expect(resultats[rang]!.href).toMatch(/#(p\d+|note-\w+)$/);
    await page.locator('#resultats li a').nth(rang).click();
    await page.waitForURL(/\/textes\/[a-z-]+\/\?surligner=/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const passage = page.locator(`[id="${id}"]`);
    await expect.poll(() => passage.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })).toBe(true);
    expect(await passage.locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('should search from the box in the header of any page', async () => {
    const page = await banc.browser.newPage(PHONE);
    await page.goto(banc.site.url);
    await page.getByRole('searchbox', { name: 'Rechercher dans le dossier' }).fill('Boukharine');
    await page.getByRole('searchbox', { name: 'Rechercher dans le dossier' }).press('Enter');
    await page.waitForURL(/\/recherche\/\?q=Boukharine/);
    await page.waitForFunction(() => document.querySelectorAll('#resultats li').length > 0);
    await page.close();
  });

  for (const [sorte, requete] of [['French press', 'Ejov'], ['English', 'Bukharin'], ['German', 'Bucharin'], ['Cyrillic', 'Бухарин']] as const) {
    it(`should find a person from another usual form of the name (${sorte}: « ${requete} »), page first, then passages that name them`, async () => {
      const page = await banc.browser.newPage(PHONE);
      const resultats = await chercher(page, requete);
      const attendu = requete === 'Ejov' ? 'iejov' : 'boukharine';
      await expect(page.locator('.fiche-trouvee a').getAttribute('href')).resolves.toMatch(new RegExp(`/personnes/${attendu}/$`));
      expect(resultats.length).toBeGreaterThan(0);
      // Every passage listed names the person: the pipeline marked them there.
      for (const { href } of resultats.slice(0, 3)) {
        await page.goto(href);
        const id = decodeURIComponent(new URL(href).hash.slice(1));
        expect(await page.locator(`[id="${id}"] [data-personne="${attendu}"]`).count(), href).toBeGreaterThan(0);
      }
      await page.close();
    });
  }

  it('should understand a misspelt name, say which name it understood, and show nothing unrelated', async () => {
    const page = await banc.browser.newPage(PHONE);
    const resultats = await chercher(page, 'Vychinksy');
    await expect(page.locator('#etat-recherche').textContent()).resolves.toMatch(/^Résultats pour Andreï Vychinski/);
    await expect(page.locator('.fiche-trouvee a').getAttribute('href')).resolves.toMatch(/\/personnes\/vychinski\/$/);
    expect(resultats.length).toBeGreaterThan(0);
    expect(resultats.every((r) => /Vychinski|Vyshinsk|Vichinsky/i.test(r.titre) || r.href.includes('/textes/'))).toBe(true);
    await page.close();
  });

  it('should find a named event by any of its names, its page first', async () => {
    const page = await banc.browser.newPage(PHONE);
    for (const requete of ['procès des Seize', 'premier procès de Moscou', 'Trial of the Sixteen']) {
      const resultats = await chercher(page, requete);
      await expect(page.locator('.fiche-trouvee a').getAttribute('href'), requete).resolves.toMatch(/\/evenements\/premier-proces-de-moscou\/$/);
      expect(resultats.length, requete).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('should say « aucun résultat » for a query nothing matches, list nothing, and suggest names from the registers', async () => {
    const page = await banc.browser.newPage(PHONE);
    for (const requete of ['xqzwv', 'Napoléon']) {
      expect(await chercher(page, requete), requete).toEqual([]);
      await expect(page.locator('#etat-recherche').textContent()).resolves.toMatch(/^Aucun résultat pour/);
      expect(await page.locator('#suggestions a').count(), requete).toBeGreaterThan(0);
    }
    // A suggestion is a search for that name.
    await page.locator('#suggestions a').first().click();
    await page.waitForFunction(() => document.querySelectorAll('#resultats li').length > 0);
    await page.close();
  });

  it('should filter by event, and keep the filter in the URL', async () => {
    const page = await banc.browser.newPage(PHONE);
    await chercher(page, 'Staline');
    const tous = await total(page);
    const resultats = await chercher(page, 'Staline', `&evenement=${encodeURIComponent('Constitution de 1936')}`);
    expect(resultats.length).toBeGreaterThan(0);
    expect(await total(page)).toBeLessThan(tous);
    await expect(page.locator('select[name="evenement"]').inputValue()).resolves.toBe('Constitution de 1936');
    // Without words, the filter alone lists the passages that refer to the event.
    await page.locator('#q').fill('');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === null && document.querySelectorAll('#resultats li').length > 0);
    expect(new URL(page.url()).searchParams.get('evenement')).toBe('Constitution de 1936');
    await page.close();
  });
});
