/**
 * Passages in Chromium, on a phone: arriving by a passage's link (its id, an older id, its share
 * URL, without JavaScript too), sharing it (link and citation copied), and printing a text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, siteEtNavigateur } from '../helpers/site.ts';

const banc = siteEtNavigateur();

const LETTRE = 'lettre-boukharine';

/** Where a passage stands in the window, and whether it is highlighted. */
async function etat(page: Page, id: string) {
  return page.evaluate((id) => {
    const passage = document.getElementById(id)!.closest('.passage')!;
    const r = passage.getBoundingClientRect();
    const fond = getComputedStyle(passage).backgroundColor;
    const entete = document.querySelector('.site-entete')!;
    const fixe = ['fixed', 'sticky'].includes(getComputedStyle(entete).position) ? entete.getBoundingClientRect().bottom : 0;
    return { haut: r.top, hauteurFenetre: innerHeight, sousEntete: r.top >= fixe, surligne: fond !== 'rgba(0, 0, 0, 0)' && fond !== 'transparent', defilement: scrollY };
  }, id);
}

/** A passage of the letter well down the page: its id and number. */
async function passageLoin(page: Page): Promise<{ id: string; numero: string }> {
  await page.goto(`${banc.site.url}textes/${LETTRE}/`);
  return page.evaluate(() => {
    const passages = [...document.querySelectorAll<HTMLElement>('article .passage')];
    const p = passages[Math.floor(passages.length * 0.6)]!;
    return { id: p.id, numero: p.querySelector('.numero-passage')!.textContent!.replace(/^§\s*/, '') };
  });
}

describe('passages on a phone', () => {
  it('should bring a linked passage into view and highlight it', async () => {
    const page = await banc.browser.newPage(PHONE);
    const { id } = await passageLoin(page);
    await page.goto(`${banc.site.url}textes/${LETTRE}/#${id}`);
    const e = await etat(page, id);
    expect(e.defilement).toBeGreaterThan(0);
    expect(e.haut).toBeGreaterThanOrEqual(0);
    expect(e.haut).toBeLessThan(e.hauteurFenetre / 3);
    expect(e.sousEntete).toBe(true);
    expect(e.surligne).toBe(true);
    await page.close();
  });

  it('should show each passage’s number as a link to itself', async () => {
    const page = await banc.browser.newPage(PHONE);
    await page.goto(`${banc.site.url}textes/${LETTRE}/`);
    const liens = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('article .passage')].map((p) => {
      const a = p.querySelector<HTMLAnchorElement>(':scope > .marge-passage > .numero-passage, :scope td .numero-passage')!;
      const r = a.getBoundingClientRect();
      return { id: p.id, href: a.getAttribute('href'), label: a.getAttribute('aria-label'), texte: a.textContent, visible: r.width > 0 && r.left >= 0 };
    }));
    expect(liens.length).toBeGreaterThan(10);
    liens.forEach((l, i) => expect(l).toEqual({ id: l.id, href: `#${l.id}`, label: `Paragraphe ${i + 1}`, texte: `§\u00A0${i + 1}`, visible: true }));
    // The numbers are not part of a copied selection.
    expect(await page.locator('.marge-passage').first().evaluate((el) => getComputedStyle(el).userSelect)).toBe('none');
    await page.close();
  });

  it('should land an older id on the passage that took it in', async () => {
    const page = await banc.browser.newPage(PHONE);
    const { id } = await passageLoin(page);
    // An alias as remark-passages writes it after a merge (tests/passages shows the plugin writing it).
    await page.evaluate((id) => document.getElementById(id)!.insertAdjacentHTML('afterbegin', '<span id="p9999" class="alias"></span>'), id);
    await page.evaluate(() => { location.hash = 'p9999'; });
    const e = await etat(page, id);
    expect(e.haut).toBeGreaterThanOrEqual(0);
    expect(e.haut).toBeLessThan(e.hauteurFenetre / 3);
    expect(e.surligne).toBe(true);
    await page.close();
  });

  it('should take a share URL’s reader on to the passage, without JavaScript', async () => {
    const contexte = await banc.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await contexte.newPage();
    const { id } = await passageLoin(page);
    await page.goto(`${banc.site.url}textes/${LETTRE}/${id}/`);
    await page.waitForURL(new RegExp(`/textes/${LETTRE}/#${id}$`));
    await page.waitForLoadState('load');
    const e = await etat(page, id);
    expect(e.haut).toBeGreaterThanOrEqual(0);
    expect(e.haut).toBeLessThan(e.hauteurFenetre / 3);
    expect(e.surligne).toBe(true);
    await contexte.close();
  });

  it('should describe the passage in its share URL’s preview', async () => {
    const contexte = await banc.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await contexte.newPage();
    const { id, numero } = await passageLoin(page);
    const mots = (await page.locator(`#${id}`).evaluate((el) => {
      const c = el.cloneNode(true) as HTMLElement;
      c.querySelectorAll('.marge-passage, .appel').forEach((x) => x.remove());
      return c.textContent!;
    })).replace(/[\s\u202F]+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
    const reponse = await page.request.get(`${banc.site.url}textes/${LETTRE}/${id}/`);
    const html = await reponse.text();
    const meta = (p: string) => html.match(new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`))?.[1];
    expect(meta('og:title')).toBe(`Nikolaï Boukharine, Lettre de Boukharine aux membres du Politburo, § ${numero}`);
    expect(meta('og:description')!.replace(/\s+/g, ' ')).toContain(mots);
    expect(meta('twitter:card')).toBe('summary_large_image');
    // The passage's own card: its words, its reference (src/construction/cartes-passages.ts).
    expect(meta('og:image')).toMatch(new RegExp(`/partage/textes/${LETTRE}/${id}\\.png$`));
    expect(meta('og:image:alt')!.replace(/\s+/g, ' ')).toContain(`§ ${numero} : « ${mots.split(' ').slice(0, 3).join(' ')}`);
    const image = await page.request.get(`${banc.site.url}partage/textes/${LETTRE}/${id}.png`);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)].map(String)).toEqual([meta('og:image:width'), meta('og:image:height')]);
    await contexte.close();
  });
});

describe('sharing a passage', () => {
  async function ouvrir() {
    const contexte = await banc.browser.newContext(PHONE);
    const origine = new URL(banc.site.url).origin;
    await contexte.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origine });
    const page = await contexte.newPage();
    await page.goto(`${banc.site.url}textes/${LETTRE}/`);
    const adresse = await page.locator('article[data-texte]').getAttribute('data-adresse');
    /** The passage whose text starts with `debut`: its id and number. */
    const trouver = (debut: string) => page.evaluate((debut) => {
      const p = [...document.querySelectorAll<HTMLElement>('article .passage')].find((el) => el.textContent!.replace(/^§\s*\d+/, '').trim().startsWith(debut))!;
      return { id: p.id, numero: p.querySelector('.numero-passage')!.textContent!.replace(/^§\s*/, '') };
    }, debut);
    return { contexte, page, adresse: adresse!, trouver };
  }

  it('should copy a ready citation: opening words, author, title, § and link', async () => {
    const { contexte, page, adresse, trouver } = await ouvrir();
    const { id, numero } = await trouver('Je déclare non seulement');
    await page.locator(`#${id} .numero-passage`).click();
    await page.getByRole('button', { name: `Partager le paragraphe ${numero}`, exact: true }).click();
    await page.getByRole('button', { name: 'Copier la citation' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Citation du § ${numero} copiée.`);
    const copie = await page.evaluate(() => navigator.clipboard.readText());
    expect(copie).toBe(`«\u202FJe déclare non seulement que je suis innocent des crimes qui me…\u202F» — Nikolaï Boukharine, Lettre de Boukharine aux membres du Politburo, § ${numero}, ${adresse}${id}/`);
    await contexte.close();
  });

  it('should copy the whole of a short passage, with its French spacing', async () => {
    const { contexte, page, adresse, trouver } = await ouvrir();
    const { id, numero } = await trouver('Chers camarades');
    await page.locator(`#${id} .numero-passage`).click();
    await page.getByRole('button', { name: `Partager le paragraphe ${numero}`, exact: true }).click();
    await page.getByRole('button', { name: 'Copier la citation' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Citation du § ${numero} copiée.`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`«\u202FChers camarades\u202F!\u202F» — Nikolaï Boukharine, Lettre de Boukharine aux membres du Politburo, § ${numero}, ${adresse}${id}/`);
    await contexte.close();
  });

  it('should copy a passage’s reference for a reference manager, in RIS, BibTeX and CSL-JSON', async () => {
    const { contexte, page, adresse, trouver } = await ouvrir();
    const { id, numero } = await trouver('Je déclare non seulement');
    const lien = `${adresse}${id}/`;
    const copier = async (format: string) => {
      await page.locator(`#${id} .numero-passage`).click();
      await page.getByRole('button', { name: `Partager le paragraphe ${numero}`, exact: true }).click();
      await page.getByRole('button', { name: `Copier la référence en ${format}` }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toBe(`Référence du § ${numero} copiée (${format}).`);
      return page.evaluate(() => navigator.clipboard.readText());
    };
    const ris = await copier('RIS');
    expect(ris).toMatch(/^TY {2}- CHAP\r\n/);
    expect(ris).toContain('\r\nTI  - Lettre de Boukharine aux membres du Politburo\r\nAU  - Boukharine, Nikolaï\r\n');
    expect(ris).toContain(`\r\nUR  - ${lien}\r\nN1  - § ${numero}\r\nER  -\r\n`);
    const bib = await copier('BibTeX');
    expect(bib).toMatch(new RegExp(`^@incollection\\{${LETTRE}-${id},\n`));
    expect(bib).toContain(`  url = {${lien}},\n  note = {§ ${numero}}\n}`);
    const [csl] = JSON.parse(await copier('CSL-JSON')) as Array<Record<string, unknown>>;
    expect(csl).toMatchObject({ type: 'chapter', title: 'Lettre de Boukharine aux membres du Politburo', author: [{ family: 'Boukharine', given: 'Nikolaï' }], URL: lien, note: `§ ${numero}`, issued: { 'date-parts': [[1936, 8, 27]] } });
    await contexte.close();
  });

  it('should copy the passage’s link from the keyboard, and give focus back', async () => {
    const { contexte, page, adresse, trouver } = await ouvrir();
    const { id, numero } = await trouver('Je déclare non seulement');
    await page.locator(`#${id} .numero-passage`).focus();
    await page.keyboard.press('Tab');
    const bouton = page.getByRole('button', { name: `Partager le paragraphe ${numero}`, exact: true });
    await expect.poll(() => bouton.evaluate((b) => b === document.activeElement && getComputedStyle(b).opacity === '1')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await bouton.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copier le lien');
    await page.keyboard.press('Escape');
    await expect.poll(() => bouton.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await bouton.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Lien du § ${numero} copié.`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${adresse}${id}/`);
    await contexte.close();
  });

  it('should leave text-fragment links to the browser', async () => {
    const page = await banc.browser.newPage(PHONE);
    const erreurs: string[] = [];
    page.on('pageerror', (e) => erreurs.push(e.message));
    const { id } = await passageLoin(page);
    const mots = await page.locator(`#${id}`).evaluate((el) => {
      const c = el.cloneNode(true) as HTMLElement;
      c.querySelectorAll('.marge-passage, .appel').forEach((x) => x.remove());
      return c.textContent!.trim().split(/\s+/).slice(0, 4).join(' ');
    });
    await page.goto('about:blank');
    await page.goto(`${banc.site.url}textes/${LETTRE}/#:~:text=${encodeURIComponent(mots)}`);
    // The browser scrolls to the words; the page sees no fragment to act upon.
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5000 }).toBeGreaterThan(0);
    const e = await etat(page, id);
    expect(e.haut).toBeGreaterThanOrEqual(-5);
    expect(e.haut).toBeLessThan(e.hauteurFenetre);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // The browser's scroll is the first gesture: the enhancements load then.
    await expect.poll(() => page.locator('.partager-passage').count()).toBeGreaterThan(0);
    expect(erreurs).toEqual([]);
    await page.close();
  });
});

describe('printing a text', () => {
  it('should print the text with its title, numbers, notes and address, without the interface', async () => {
    const page = await banc.browser.newPage(PHONE);
    await page.goto(`${banc.site.url}textes/${LETTRE}/`);
    await page.emulateMedia({ media: 'print' });
    const vu = await page.evaluate(() => {
      const visible = (s: string) => [...document.querySelectorAll<HTMLElement>(s)].some((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
      return {
        titre: visible('h1'), numeros: visible('.numero-passage'), notes: visible('.liste-notes'), adresse: visible('.adresse-edition'),
        entete: visible('.site-entete'), partager: visible('.partager-passage'), recherche: visible('.recherche-entete'),
      };
    });
    expect(vu).toEqual({ titre: true, numeros: true, notes: true, adresse: true, entete: false, partager: false, recherche: false });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
