/**
 * Persons in Debian's Chromium: from a mention in a text to the person's page and back to the
 * exact passage; the preview of a person on keyboard focus, on hover and on tap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lirePersonne } from '../../src/construction/contenu.ts';
import { PHONE, siteEtNavigateur, WIDE } from '../helpers/site.ts';

const banc = siteEtNavigateur();

const TEXTE = 'textes/lettre-boukharine/';

/** The first linked mention of the text's body (not in a note), with its person and passage. */
async function premiereMention(page: Page) {
  const lien = page.locator('article p.passage a.mention[data-personne]').first();
  const personne = (await lien.getAttribute('data-personne'))!;
  const passage = (await lien.evaluate((a) => a.closest('[id].passage')?.id))!;
  const nom = (await lien.textContent())!.trim();
  return { lien, personne, passage, nom };
}

describe('persons', () => {
  it('should go from a mention to the person page, then back to the exact passage', async () => {
    const page = await banc.browser.newPage(PHONE);
    await page.goto(banc.site.url + TEXTE);
    const { lien, personne, passage, nom } = await premiereMention(page);
    expect(passage).toMatch(/^p\d+$/);
    await lien.click();
    await page.waitForURL(new RegExp(`/personnes/${personne}/$`));
    const titre = (await page.getByRole('heading', { level: 1 }).textContent())!;
    expect(titre.length).toBeGreaterThan(1);
    // The spelling used in the text is among those the page lists.
    await expect(page.locator('.graphies').textContent()).resolves.toContain(nom);

    const retour = page.locator(`.lieux-mentions a.renvoi[href$="${TEXTE}#${passage}"]`).first();
    expect(await retour.count()).toBe(1);
    await retour.click();
    await page.waitForURL(new RegExp(`/${TEXTE}#${passage}$`));
    const cible = page.locator(`#${passage}`);
    await expect(cible.locator(`[data-personne="${personne}"]`).count()).resolves.toBeGreaterThan(0);
    // The passage is on screen.
    const boite = (await cible.boundingBox())!;
    expect(boite.y).toBeLessThan(PHONE.viewport.height);
    expect(boite.y + boite.height).toBeGreaterThan(0);
    await page.close();
  });

  it('should preview a person on keyboard focus, without moving the text, and close it with Escape', async () => {
    const page = await banc.browser.newPage(WIDE);
    await page.goto(banc.site.url + TEXTE);
    const { lien, passage } = await premiereMention(page);
    const avant = await page.locator(`#${passage}`).boundingBox();
    await lien.focus();
    const carte = page.locator('#apercu-personne');
    await carte.waitFor({ state: 'visible' });
    await expect(carte.getAttribute('role')).resolves.toBe('tooltip');
    await expect(lien.getAttribute('aria-describedby')).resolves.toBe('apercu-personne');
    const texte = (await carte.textContent())!;
    expect(texte).toMatch(/\(\d{4}-\d{4}\)/);
    expect(await page.locator(`#${passage}`).boundingBox()).toEqual(avant);
    await page.keyboard.press('Escape');
    await carte.waitFor({ state: 'hidden' });
    await expect(lien.getAttribute('aria-describedby')).resolves.toBeNull();
    await page.close();
  });

  it('should preview a person on hover', async () => {
    const page = await banc.browser.newPage(WIDE);
    await page.goto(banc.site.url + TEXTE);
    const mention = page.locator('article span.mention[data-personne]').first();
    await mention.hover();
    const carte = page.locator('#apercu-personne');
    await carte.waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    await carte.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('should open a card with a link to the person page on tap of an unlinked mention', async () => {
    const page = await banc.browser.newPage(PHONE);
    await page.goto(banc.site.url + TEXTE);
    const mention = page.locator('article p.passage span.mention[data-personne]').first();
    const personne = (await mention.getAttribute('data-personne'))!;
    await mention.tap();
    const carte = page.getByRole('dialog', { name: /^Aperçu/ });
    await carte.waitFor({ state: 'visible' });
    await carte.getByRole('link').click();
    await page.waitForURL(new RegExp(`/personnes/${personne}/$`));
    await page.close();
  });

  it('should list every person alphabetically, reachable from the main navigation', async () => {
    const page = await banc.browser.newPage(PHONE);
    await page.goto(banc.site.url);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Personnes' }).click();
    await page.waitForURL(/\/personnes\/$/);
    const noms = await page.locator('.liste-personnes > li > a').evaluateAll((liens) => liens.map((a) => /\/personnes\/([^/]+)\/$/.exec((a as HTMLAnchorElement).pathname)![1]!));
    expect(noms.length).toBeGreaterThan(50);
    expect(noms).toEqual([...noms].sort((a, b) => a.localeCompare(b, 'fr')));
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(largeur).toBeLessThanOrEqual(PHONE.viewport.width);
    await page.close();
  });

  const registre = join(import.meta.dirname, '..', '..', 'content', 'personnes');
  const anciens = readdirSync(registre).filter((f) => f.endsWith('.md'))
    .flatMap((f) => (lirePersonne(readFileSync(join(registre, f), 'utf8'), `content/personnes/${f}`).anciens_ids ?? []).map((ancien) => [ancien, f.slice(0, -3)]));

  it('should have former addresses in the register (renamed entries)', () => {
    expect(anciens.length).toBeGreaterThan(0);
  });

  it.each(anciens)('should lead the former address of a renamed entry to its page, without JavaScript: %s', async (ancien, id) => {
    const contexte = await banc.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await contexte.newPage();
    await page.goto(new URL(`personnes/${ancien}/`, banc.site.url).href);
    await page.waitForURL(new RegExp(`/personnes/${id}/$`));
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await contexte.close();
  });
});

