/**
 * The chronology and the marked dates, against the built site: every entry links to a passage that
 * exists, the filter by text works (and is kept in the URL), the page is a plain grouped list
 * without JavaScript, and every date mark of the texts carries a valid value.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estValeurDeDate } from '../../src/noyau/dates.ts';
import { DIST, PHONE, siteEtNavigateur } from '../helpers/site.ts';

const dist = process.env.DIST_DIR ?? DIST;
const page = readFileSync(join(dist, 'chronologie', 'index.html'), 'utf8');
const slugs = readdirSync(join(dist, 'textes')).filter((s) => existsSync(join(dist, 'textes', s, 'index.html')));
const html = new Map(slugs.map((s) => [s, readFileSync(join(dist, 'textes', s, 'index.html'), 'utf8')]));

const banc = siteEtNavigateur({ root: dist });

describe('the chronology page', () => {
  it('should link every entry to a passage that exists', () => {
    const liens = [...page.matchAll(/<p><a href="[^"]*textes\/([^/]+)\/(?:#([^"]+))?"/g)];
    expect(liens.length).toBeGreaterThan(50);
    const casses = liens.filter(([, slug, id]) => !html.has(slug!) || (id && !html.get(slug!)!.includes(`id="${id}"`)));
    expect(casses.map((l) => l[0])).toEqual([]);
  });

  it('should be reachable from every page’s navigation', () => {
    expect(html.get(slugs[0]!)).toMatch(/<nav aria-label="Navigation principale">.*href="[^"]*chronologie\/"/s);
  });

  it('should show every entry, grouped by year, without JavaScript', async () => {
    const context = await banc.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${banc.site.url}chronologie/`);
    await expect(tab.locator('.filtre-chronologie').isVisible()).resolves.toBe(false);
    const total = await tab.locator('.entrees-chronologie li').count();
    expect(await tab.locator('.entrees-chronologie li:visible').count()).toBe(total);
    expect(await tab.getByRole('heading', { level: 2, name: '1936' }).count()).toBe(1);
    await context.close();
  });

  it('should filter by text, keep the choice in the URL and hide empty years', async () => {
    const context = await banc.browser.newContext(PHONE);
    const tab = await context.newPage();
    await tab.goto(`${banc.site.url}chronologie/`);
    const cases = tab.getByRole('group', { name: 'Textes affichés' }).getByRole('checkbox');
    const valeurs = await cases.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(valeurs.length).toBeGreaterThan(1);
    const garde = valeurs.includes('essai-werth') ? 'essai-werth' : valeurs[0]!;
    for (const valeur of valeurs) if (valeur !== garde) await tab.locator(`input[value="${valeur}"]`).uncheck();
    const textes = await tab.locator('.entrees-chronologie li:visible').evaluateAll((lis) => [...new Set(lis.map((li) => /\/textes\/([^/]+)\//.exec(li.querySelector('a')!.pathname)![1]))]);
    expect(textes).toEqual([garde]);
    expect(new URL(tab.url()).searchParams.get('textes')).toBe(garde);
    await expect(tab.getByRole('status').textContent()).resolves.toMatch(/dans 1 texte sur/);
    const vides = await tab.locator('section.annee-chronologie:visible').evaluateAll((sections) => sections.filter((s) => !s.querySelector('li:not([hidden])')).length);
    expect(vides).toBe(0);

    await tab.goto(`${banc.site.url}chronologie/?textes=${garde}`);
    expect(await tab.locator(`input[value="${garde}"]`).isChecked()).toBe(true);
    expect(await tab.locator('.entrees-chronologie li:visible').evaluateAll((lis, g) => lis.every((li) => /\/textes\/([^/]+)\//.exec(li.querySelector('a')!.pathname)![1] === g), garde)).toBe(true);
    await context.close();
  });
});

describe('the marked dates of the texts', () => {
  const marques = [...html.values()].flatMap((h) => [...h.matchAll(/<(time|span)\b([^>]*\bdata-edtf="([^"]*)"[^>]*)>/g)]);

  it('should mark dates in every text', () => {
    for (const [slug, h] of html) expect(h.includes('data-edtf='), slug).toBe(true);
  });

  it('should give each mark a valid EDTF value and, on <time>, a valid HTML datetime', () => {
    for (const [, balise, attributs, edtf] of marques) {
      expect(estValeurDeDate(edtf!), edtf).toBe(true);
      const datetime = /\bdatetime="([^"]*)"/.exec(attributs!)?.[1];
      if (balise === 'time') expect(datetime, attributs).toMatch(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
      else expect(datetime, attributs).toBeUndefined();
    }
  });
});
