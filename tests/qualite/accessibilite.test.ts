/**
 * Accessibility in Chromium (axe-core): no serious or critical violation on any built page (home,
 * texts, persons, chronology, search… enumerated from `dist/`), on a phone; each kind of page again
 * on a wide screen (margin notes) and in dark mode; and a note opened in place on a phone.
 * Kinds with many pages (share pages) are sampled; texts and persons are checked one by one.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allerA, echantillon, pagesConstruites, parType } from '../helpers/pages.ts';
import { launchChromium, PHONE, serve, WIDE, type Site } from '../helpers/site.ts';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serve();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const groupes = parType(pagesConstruites());
const TOUTES = new Set(['accueil', 'texte', 'personne', 'chronologie', 'recherche', 'personnes', '404']);
const aVerifier = [...groupes].flatMap(([type, pages]) => (TOUTES.has(type) ? pages : echantillon(pages, 5)));
const unParType = [...groupes.values()].map((pages) => pages[0]!);

/** Serious and critical violations, one line each: rule, impact, then the first offending nodes. */
async function violations(page: Page, inclure?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  if (inclure) axe.include(inclure);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function ouvrir(options: BrowserContextOptions, chemin: string) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await allerA(page, new URL(chemin, site.url).href);
  return { context, page };
}

describe('accessibility (axe-core)', () => {
  it('should have the home page and the texts to check', () => {
    expect(groupes.get('accueil')?.length).toBe(1);
    expect(groupes.get('texte')?.length).toBeGreaterThan(0);
  });

  it.each(aVerifier.map((p) => [p.chemin || '/', p.chemin]))('should have no serious violation on a phone: %s', async (_nom, chemin) => {
    const { context, page } = await ouvrir(PHONE, chemin);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it.each(unParType.map((p) => [p.type, p.chemin]))('should have no serious violation on a wide screen: %s', async (_type, chemin) => {
    const { context, page } = await ouvrir(WIDE, chemin);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it.each(unParType.map((p) => [p.type, p.chemin]))('should have no serious violation in dark mode: %s', async (_type, chemin) => {
    const { context, page } = await ouvrir({ ...PHONE, colorScheme: 'dark' }, chemin);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('should have no serious violation in a note opened in place', async () => {
    const texte = groupes.get('texte')!.find((p) => readFileSync(p.fichier, 'utf8').includes('class="appel"'));
    expect(texte, 'a text with notes').toBeDefined();
    const { context, page } = await ouvrir(PHONE, texte!.chemin);
    await page.locator('article .appel a').first().click();
    await expect.poll(() => page.locator('.note-popover').isVisible()).toBe(true);
    expect(await violations(page, '.note-popover')).toEqual([]);
    await context.close();
  });
});
