/**
 * Accessibility in Chromium (axe-core): no serious or critical violation on any built page (home,
 * texts, persons, events, chronology, search… enumerated from `dist/`), on a phone; each kind of page again
 * on a wide screen (margin notes) and in dark mode; search results; a note opened in place.
 * Kinds with many pages (share pages) are sampled; texts and persons are checked one by one.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allerA, echantillon, pagesConstruites, parType, type PageConstruite } from '../helpers/pages.ts';
import { PHONE, siteEtNavigateur, WIDE } from '../helpers/site.ts';

const banc = siteEtNavigateur();

const groupes = parType(pagesConstruites());
const TOUTES = new Set(['accueil', 'texte', 'personne', 'chronologie', 'recherche', 'personnes', 'evenements', 'evenement', '404']);
const aVerifier = [...groupes].map(([type, pages]) => [type, TOUTES.has(type) ? pages : echantillon(pages, 5)] as const);
const unParType = [...groupes.values()].map((pages) => pages[0]!);

/** Serious and critical violations, one line each: rule, impact, then the first offending nodes. */
async function violations(page: Page, inclure?: string): Promise<string[]> {
  // Only violations are detailed: passes are what makes axe slow on long pages.
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (inclure) axe.include(inclure);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function ouvrir(options: BrowserContextOptions, chemin: string) {
  const context = await banc.browser.newContext(options);
  const page = await context.newPage();
  await allerA(page, new URL(chemin, banc.site.url).href);
  return { context, page };
}

/** Check pages two at a time (axe is the cost; Chromium runs two pages side by side). */
async function verifierTout(options: BrowserContextOptions, pages: readonly PageConstruite[]): Promise<string[]> {
  const context = await banc.browser.newContext(options);
  const file = [...pages];
  const trouvees: string[] = [];
  await Promise.all([0, 1].map(async () => {
    const page = await context.newPage();
    for (let suivante = file.shift(); suivante; suivante = file.shift()) {
      await allerA(page, new URL(suivante.chemin, banc.site.url).href);
      for (const v of await violations(page)) trouvees.push(`${suivante.chemin || '/'}: ${v}`);
    }
  }));
  await context.close();
  return trouvees.sort();
}

describe('accessibility (axe-core)', () => {
  it('should have the home page and the texts to check', () => {
    expect(groupes.get('accueil')?.length).toBe(1);
    expect(groupes.get('texte')?.length).toBeGreaterThan(0);
  });

  for (const [type, pages] of aVerifier) {
    it(`should have no serious violation on a phone: ${type} (${pages.length} page${pages.length > 1 ? 's' : ''})`, async () => {
      expect(await verifierTout(PHONE, pages)).toEqual([]);
    }, 30_000 + pages.length * 8_000);
  }

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

  it('should have no serious violation on the search page with results', async () => {
    expect(groupes.has('recherche')).toBe(true);
    const { context, page } = await ouvrir(PHONE, 'recherche/?q=Boukharine');
    await expect.poll(() => page.locator('main a[href*="textes/"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('should have no serious violation on the search page with a near-miss understood, and with suggestions', async () => {
    for (const [requete, attendu] of [['Vychinksy', '.fiche-trouvee a'], ['xqzwv', '#suggestions a']] as const) {
      const { context, page } = await ouvrir(PHONE, `recherche/?q=${requete}`);
      await expect.poll(() => page.locator(attendu).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await violations(page), requete).toEqual([]);
      await context.close();
    }
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
