/**
 * « Ma feuille » in Chromium: passages and notes added from the share menu, shown in order with
 * their full text, reference and link; reordered, removed and annotated from the keyboard; shared
 * as a URL (notes only when asked) that opens in a browser with nothing stored; printed; emptied;
 * without JavaScript. Phone and wide screen; axe on a full sheet, dark mode included.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, siteEtNavigateur, WIDE } from '../helpers/site.ts';

const banc = siteEtNavigateur();
const LETTRE = 'lettre-boukharine';

async function contexte(options: BrowserContextOptions): Promise<BrowserContext> {
  const c = await banc.browser.newContext(options);
  await c.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(banc.site.url).origin });
  return c;
}

/** The passages of a text as its model gives them. */
async function passagesDe(page: Page, slug: string): Promise<{ id: string; numero: number | string; texte: string }[]> {
  return (await page.request.get(`${banc.site.url}textes/${slug}/passages.json`)).json();
}

/** Adds passage or note `id` of the open text from its share menu. */
async function ajouter(page: Page, id: string) {
  // The share buttons come with the text page's enhancements, loaded at the reader's first gesture.
  await page.keyboard.press('Shift');
  await expect.poll(() => page.locator('.partager-passage').count()).toBeGreaterThan(0);
  const bouton = page.locator(`[id="${id}"] .partager-passage`).first();
  await bouton.scrollIntoViewIfNeeded();
  await bouton.click();
  await page.getByRole('button', { name: 'Ajouter à ma feuille' }).click();
}

describe('« Ma feuille »', () => {
  for (const [ecran, options] of [['phone', PHONE], ['wide screen', WIDE]] as const) {
    it(`should gather passages and a note from the share menus, in order, with text, reference and link (${ecran})`, async () => {
      const c = await contexte(options);
      const page = await c.newPage();
      await page.goto(`${banc.site.url}textes/${LETTRE}/`);
      const passages = await passagesDe(page, LETTRE);
      const [a, b] = [passages[8]!, passages[20]!];
      const note = passages.find((p) => p.id.startsWith('note-'))!;
      await ajouter(page, b.id);
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`§ ${b.numero} ajouté à votre feuille (1 passage)`);
      await ajouter(page, a.id);
      await ajouter(page, note.id);
      await ajouter(page, a.id);
      await expect.poll(() => page.locator('.statut-partage').first().textContent()).toBe(`§ ${a.numero} est déjà dans votre feuille.`);

      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma feuille' }).click();
      await expect.poll(() => page.locator('.feuille-passage').count()).toBe(3);
      const vus = await page.locator('.feuille-passage').evaluateAll((lis) => lis.map((li) => ({
        reference: li.querySelector('h2')!.textContent, lien: li.querySelector('h2 a')!.getAttribute('href'), texte: li.querySelector('blockquote')!.textContent,
      })));
      const titre = 'Nikolaï Boukharine, Lettre de Boukharine aux membres du Politburo';
      expect(vus).toEqual([
        { reference: `${titre}, § ${b.numero}`, lien: `/textes/${LETTRE}/#${b.id}`, texte: b.texte },
        { reference: `${titre}, § ${a.numero}`, lien: `/textes/${LETTRE}/#${a.id}`, texte: a.texte },
        { reference: `${titre}, note ${note.numero}`, lien: `/textes/${LETTRE}/#${note.id}`, texte: note.texte },
      ]);
      expect(await page.locator('[data-sans-script]').isHidden()).toBe(true);
      // The link back leads to the passage.
      await page.locator('.feuille-passage h2 a').first().click();
      await page.waitForURL(new RegExp(`#${b.id}$`));
      await c.close();
    });
  }

  it('should reorder, remove and annotate from the keyboard, and keep it all in this browser', async () => {
    const c = await contexte(PHONE);
    const page = await c.newPage();
    await page.goto(`${banc.site.url}feuille/?p=${LETTRE}/p3,${LETTRE}/p5,${LETTRE}/p7`);
    await page.getByRole('button', { name: 'En faire ma feuille' }).click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    const ordre = () => page.locator('.feuille-passage h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[1]));
    await expect.poll(ordre).toEqual(['p3', 'p5', 'p7']);

    const passages = await passagesDe(page, LETTRE);
    const numero = (id: string) => passages.find((p) => p.id === id)!.numero;
    await page.getByRole('button', { name: `Descendre § ${numero('p3')}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(ordre).toEqual(['p5', 'p3', 'p7']);
    // The focus follows the moved passage: pressing again moves it on.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Descendre § ${numero('p3')}`);
    await page.keyboard.press('Enter');
    await expect.poll(ordre).toEqual(['p5', 'p7', 'p3']);
    await expect.poll(() => page.locator('.feuille-statut').textContent()).toBe('Passage placé en position 3 sur 3.');

    await page.getByRole('textbox', { name: `Votre note (§ ${numero('p7')})` }).fill('Comparer avec « l’aveu » de 1937');
    await page.getByRole('button', { name: `Retirer § ${numero('p5')} de la feuille` }).click();
    await expect.poll(ordre).toEqual(['p7', 'p3']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Retirer');

    await page.reload();
    await expect.poll(ordre).toEqual(['p7', 'p3']);
    expect(await page.getByRole('textbox', { name: `Votre note (§ ${numero('p7')})` }).inputValue()).toBe('Comparer avec « l’aveu » de 1937');
    await c.close();
  });

  it('should share the sheet as a URL, notes only when asked, that opens with nothing stored', async () => {
    const c = await contexte(PHONE);
    const page = await c.newPage();
    await page.goto(`${banc.site.url}feuille/?p=article-furr/p2,${LETTRE}/note-1`);
    await page.getByRole('button', { name: 'En faire ma feuille' }).click();
    await page.getByRole('textbox').first().fill('Une note & une autre');
    await page.getByRole('button', { name: 'Copier le lien de la feuille' }).click();
    await expect.poll(() => page.locator('.feuille-statut').textContent()).toBe('Lien de la feuille copié (sans vos notes).');
    const sansNotes = await page.evaluate(() => navigator.clipboard.readText());
    expect(sansNotes).toBe(`${banc.site.url}feuille/?p=article-furr/p2,${LETTRE}/note-1`);
    await page.getByRole('checkbox', { name: 'Mettre mes notes dans le lien' }).check();
    await page.getByRole('button', { name: 'Copier le lien de la feuille' }).click();
    const avecNotes = await page.evaluate(() => navigator.clipboard.readText());
    expect(avecNotes).toBe(`${sansNotes}&n=1:Une%20note%20%26%20une%20autre`);

    // Another reader: nothing stored.
    const autre = await contexte(WIDE);
    const recue = await autre.newPage();
    await recue.goto(avecNotes);
    await expect.poll(() => recue.locator('.feuille-passage').count()).toBe(2);
    expect(await recue.locator('.feuille-note-recue').textContent()).toBe('Une note & une autre');
    expect(await recue.locator('[data-recue-texte]').textContent()).toBe('Feuille reçue par un lien : 2 passages.');
    expect(await recue.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await recue.getByRole('button', { name: 'Ajouter ces passages à ma feuille' }).click();
    await expect.poll(() => recue.locator('.feuille-passage textarea').count()).toBe(2);
    await autre.close();
    await c.close();
  });

  it('should say which references of a link it cannot find', async () => {
    const page = await banc.browser.newPage(PHONE);
    await page.goto(`${banc.site.url}feuille/?p=${LETTRE}/p9999,inconnu/p1,${LETTRE}/p2`);
    await expect.poll(() => page.locator('.feuille-passage h2').allTextContents()).toEqual([
      `Passage introuvable : ${LETTRE}/p9999`, 'Passage introuvable : inconnu/p1', expect.stringContaining('Lettre de Boukharine'),
    ]);
    await page.close();
  });

  it('should print the passages and notes only, on few pages', async () => {
    const page = await banc.browser.newPage(PHONE);
    const ids = (await passagesDe(page, LETTRE)).slice(4, 10).map((p) => `${LETTRE}/${p.id}`);
    await page.goto(`${banc.site.url}feuille/?p=${ids.join(',')}`);
    await page.getByRole('button', { name: 'En faire ma feuille' }).click();
    await page.getByRole('textbox').first().fill('À relire');
    await page.emulateMedia({ media: 'print' });
    const vu = await page.evaluate(() => {
      const visible = (s: string) => [...document.querySelectorAll<HTMLElement>(s)].some((el) => el.getClientRects().length > 0);
      return { passages: visible('.feuille-passage blockquote'), note: visible('.feuille-note'), boutons: visible('.feuille button'), champs: visible('textarea'), entete: visible('.site-entete') };
    });
    expect(vu).toEqual({ passages: true, note: true, boutons: false, champs: false, entete: false });
    const pdf = await page.pdf({ format: 'A4' });
    // Six passages of a letter fit on one or two pages.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('should empty the sheet once confirmed', async () => {
    const c = await contexte(PHONE);
    const page = await c.newPage();
    await page.goto(`${banc.site.url}feuille/?p=${LETTRE}/p3`);
    await page.getByRole('button', { name: 'En faire ma feuille' }).click();
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Vider ma feuille' }).click();
    expect(await page.locator('.feuille-passage').count()).toBe(1);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Vider ma feuille' }).click();
    await expect.poll(() => page.locator('.feuille-passage').count()).toBe(0);
    expect(await page.locator('[data-vide]').isVisible()).toBe(true);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await c.close();
  });

  it('should say what it needs without JavaScript, and link to the texts', async () => {
    const c = await banc.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await c.newPage();
    await page.goto(`${banc.site.url}feuille/?p=${LETTRE}/p3`);
    expect(await page.locator('[data-sans-script]').textContent()).toContain('Cette page a besoin de JavaScript');
    expect(await page.locator('[data-textes] a').count()).toBe(readdirSync(join(import.meta.dirname, '..', '..', 'content', 'textes')).filter((f) => f.endsWith('.md')).length);
    await c.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`should have no serious accessibility violation with passages, received or own (${colorScheme})`, async () => {
      const c = await contexte({ ...PHONE, colorScheme });
      const page = await c.newPage();
      await page.goto(`${banc.site.url}feuille/?p=${LETTRE}/p3,${LETTRE}/note-2&n=1:Une%20note`);
      await expect.poll(() => page.locator('.feuille-passage').count()).toBe(2);
      const graves = async () => (await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      expect(await graves()).toEqual([]);
      await page.getByRole('button', { name: 'En faire ma feuille' }).click();
      await expect.poll(() => page.locator('.feuille-passage textarea').count()).toBe(2);
      expect(await graves()).toEqual([]);
      await c.close();
    });
  }
});
