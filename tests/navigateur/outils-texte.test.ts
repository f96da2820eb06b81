/**
 * The text pages' reading tools in Chromium: reading resumed (offered, never moving the page by
 * itself), the progress bar (no layout shift), and links to selected words and their citation —
 * on a phone and a wide screen, from the keyboard, loaded only when used, axe clean (dark too).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, siteEtNavigateur, WIDE } from '../helpers/site.ts';

const banc = siteEtNavigateur();
const LETTRE = 'lettre-boukharine';
const TITRE = 'Nikolaï Boukharine, Lettre de Boukharine aux membres du Politburo';

async function ouvrir(options: BrowserContextOptions, chemin = `textes/${LETTRE}/`) {
  const contexte = await banc.browser.newContext(options);
  await contexte.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(banc.site.url).origin });
  const page = await contexte.newPage();
  const requetes: string[] = [];
  page.on('request', (r) => requetes.push(new URL(r.url()).pathname));
  await page.goto(new URL(chemin, banc.site.url).href);
  return { contexte, page, requetes };
}

async function graves(page: Page, inclure: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(inclure).options({ resultTypes: ['violations'] }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A paragraph well down the text: its id and number. */
function passageLoin(page: Page) {
  return page.evaluate(() => {
    const ps = [...document.querySelectorAll<HTMLElement>('article p.passage')].filter((p) => p.textContent!.split(/\s+/).length > 40);
    const p = ps[Math.floor(ps.length * 0.6)]!;
    return { id: p.id, numero: p.querySelector('.numero-passage')!.textContent!.replace(/^§\s*/, '') };
  });
}

/** The sum of the layout shifts seen since the page loaded (PerformanceObserver, buffered). */
const decalages = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
  new PerformanceObserver((liste) => resolve(liste.getEntries().reduce((s, e) => s + (e as unknown as { value: number }).value, 0))).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(0), 300);
}));

describe('reading resumed', () => {
  for (const [ecran, options] of [['phone', PHONE], ['wide screen', WIDE]] as const) {
    it(`should offer to resume where the reader was, without moving the page (${ecran})`, async () => {
      const { contexte, page } = await ouvrir(options);
      const { id, numero } = await passageLoin(page);
      await page.evaluate((id) => { const p = document.getElementById(id)!; scrollTo(0, p.getBoundingClientRect().top + scrollY - innerHeight / 4 + 5); }, id);
      await expect.poll(() => page.evaluate((slug) => localStorage.getItem(`proces-de-moscou:reprise:${slug}`), LETTRE)).toBe(JSON.stringify({ id, numero }));
      // The bar shows how far the reader is, out of the flow.
      const echelle = await page.locator('.progression-lecture').evaluate((b) => new DOMMatrix(getComputedStyle(b).transform).a);
      expect(echelle).toBeGreaterThan(0.2);
      expect(echelle).toBeLessThan(1);

      // The same page without the offer, for its own layout shifts (the offer must add none).
      const temoin = await banc.browser.newPage(options);
      await temoin.goto(`${banc.site.url}textes/${LETTRE}/`);
      await temoin.waitForTimeout(600);
      const sansOffre = await decalages(temoin);
      await temoin.close();
      await page.goto('about:blank');
      await page.goto(`${banc.site.url}textes/${LETTRE}/`);
      const offre = page.getByRole('link', { name: `Reprendre où vous en étiez (§\u00A0${numero})` });
      await expect.poll(() => offre.isVisible()).toBe(true);
      await page.waitForTimeout(600);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await decalages(page)).toBeCloseTo(sansOffre, 6);
      expect(await graves(page, '.reprise')).toEqual([]);
      await offre.click();
      await page.waitForURL(new RegExp(`#${id}$`));
      const haut = await page.locator(`#${id}`).evaluate((p) => p.getBoundingClientRect().top);
      expect(haut).toBeGreaterThanOrEqual(0);
      expect(haut).toBeLessThan(options.viewport.height / 2);
      expect(await offre.count()).toBe(0);
      await contexte.close();
    });
  }

  it('should be reached from the keyboard, be dismissed, and stay away after a link to a passage', async () => {
    const { contexte, page } = await ouvrir({ ...PHONE, colorScheme: 'dark' });
    const { id, numero } = await passageLoin(page);
    await page.evaluate(([slug, id, numero]) => localStorage.setItem(`proces-de-moscou:reprise:${slug}`, JSON.stringify({ id, numero })), [LETTRE, id, numero]);
    await page.goto(`${banc.site.url}textes/${LETTRE}/#p2`);
    await page.waitForTimeout(300);
    expect(await page.locator('.reprise').count()).toBe(0);
    await page.goto('about:blank');
    await page.goto(`${banc.site.url}textes/${LETTRE}/`);
    await expect.poll(() => page.locator('.reprise').isVisible()).toBe(true);
    expect(await graves(page, '.reprise')).toEqual([]);
    let atteint = false;
    for (let i = 0; i < 12 && !atteint; i++) {
      await page.keyboard.press('Tab');
      atteint = await page.evaluate(() => document.activeElement?.closest('.reprise') !== null);
    }
    expect(atteint).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ne pas reprendre');
    await page.keyboard.press('Enter');
    expect(await page.locator('.reprise').count()).toBe(0);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await contexte.close();
  });
});

describe('links to the exact words', () => {
  /** Selects words `[de, a)` of passage `id`'s longest text node, as a reader would with a finger or a mouse. */
  const choisir = (page: Page, id: string, de: number, a: number) => page.evaluate(([id, de, a]) => {
    const p = document.getElementById(id as string)!;
    const marcheur = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let noeud: Text | undefined;
    while (marcheur.nextNode()) {
      const n = marcheur.currentNode as Text;
      if (!n.parentElement!.closest('.marge-passage') && (!noeud || n.data.length > noeud.data.length)) noeud = n;
    }
    const mots = [...noeud!.data.matchAll(/\S+/g)];
    const range = document.createRange();
    range.setStart(noeud!, mots[de as number]!.index!);
    const dernier = mots[(a as number) - 1]!;
    range.setEnd(noeud!, dernier.index! + dernier[0].length);
    p.scrollIntoView({ block: 'center' });
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString();
  }, [id, de, a] as const);

  for (const [ecran, options] of [['phone', PHONE], ['wide screen', WIDE]] as const) {
    it(`should copy a link that opens the passage at those words, and a citation of them (${ecran})`, async () => {
      const { contexte, page, requetes } = await ouvrir(options);
      const { id, numero } = await passageLoin(page);
      const adresse = (await page.locator('article[data-texte]').getAttribute('data-adresse'))!;
      await page.waitForTimeout(300);
      expect(requetes.filter((r) => /selection\./.test(r))).toEqual([]);
      const avant = await decalages(page);
      const mots = await choisir(page, id, 3, 13);
      const barre = page.getByRole('group', { name: 'Mots choisis' });
      await expect.poll(() => barre.isVisible()).toBe(true);
      expect(requetes.filter((r) => /selection\./.test(r))).toHaveLength(1);
      expect(await decalages(page)).toBe(avant);
      expect(await graves(page, '.outils-mots')).toEqual([]);

      await barre.getByRole('button', { name: 'Citer ces mots' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Citation copiée' }).count()).toBe(1);
      const cite = await page.evaluate(() => navigator.clipboard.readText());
      const propres = mots.replace(/[ \n]+/g, ' ').trim().replace(/«\s*/g, '“').replace(/\s*»/g, '”');
      expect(cite.startsWith(`«\u202F${propres}\u202F» — ${TITRE}, § ${numero}, ${adresse}#${id}:~:text=`)).toBe(true);
      expect(await barre.isVisible()).toBe(false);

      await choisir(page, id, 3, 13);
      await expect.poll(() => barre.isVisible()).toBe(true);
      await barre.getByRole('button', { name: 'Copier le lien vers ces mots' }).click();
      const lien = await page.evaluate(() => navigator.clipboard.readText());
      expect(cite.endsWith(lien)).toBe(true);

      // The link, opened afresh (on the test server rather than the site's address): the browser scrolls to the words (text fragment).
      const autre = await contexte.newPage();
      await autre.goto(lien.replace(adresse, `${banc.site.url}textes/${LETTRE}/`));
      await expect.poll(() => autre.evaluate(() => scrollY), { timeout: 5000 }).toBeGreaterThan(0);
      const haut = await autre.locator(`#${id}`).evaluate((p) => p.getBoundingClientRect().top);
      expect(haut).toBeLessThan(options.viewport.height);
      expect(haut + (await autre.locator(`#${id}`).evaluate((p) => p.getBoundingClientRect().height))).toBeGreaterThan(0);
      await contexte.close();
    });
  }

  it('should be used from the keyboard, and closed with Escape', async () => {
    const { contexte, page } = await ouvrir({ ...WIDE, colorScheme: 'dark' });
    const { id, numero } = await passageLoin(page);
    const adresse = (await page.locator('article[data-texte]').getAttribute('data-adresse'))!;
    await choisir(page, id, 0, 1);
    // Extend the selection with the keyboard, word by word.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Control+ArrowRight');
    const barre = page.getByRole('group', { name: 'Mots choisis' });
    await expect.poll(() => barre.isVisible()).toBe(true);
    expect(await graves(page, '.outils-mots')).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copier le lien vers ces mots');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${adresse.replace(/[.?]/g, '\\$&')}#${id}:~:text=`));
    expect(await page.getByRole('status').filter({ hasText: `Lien vers ces mots copié (§ ${numero}).` }).count()).toBe(1);
    await choisir(page, id, 2, 6);
    await expect.poll(() => barre.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => barre.isVisible()).toBe(false);
    await contexte.close();
  });
});
