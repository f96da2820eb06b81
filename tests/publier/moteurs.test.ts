/**
 * For search engines (README, « Publier »): a canonical address on every page (a share page's is
 * its passage in the text), `sitemap.xml` listing the pages worth indexing and `robots.txt` naming
 * it. Read from the built site; the addresses are absolute, from SITE_URL and BASE_PATH as the
 * build had them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configuration } from '../../src/construction/config.ts';
import { arbre, elements, ids } from '../helpers/html.ts';
import { pagesConstruites } from '../helpers/pages.ts';
import { DIST } from '../helpers/site.ts';

const RACINE = new URL(configuration().base, configuration().site).href;
const pages = pagesConstruites();

/** The built page an absolute address of the site names, and its fragment; null outside the site or when no page is there. */
function pageDe(adresse: string): { fichier: string; fragment: string } | null {
  if (!adresse.startsWith(RACINE)) return null;
  const url = new URL(adresse);
  const chemin = decodeURIComponent(url.pathname.slice(new URL(RACINE).pathname.length));
  const fichier = join(DIST, chemin, chemin === '' || chemin.endsWith('/') ? 'index.html' : '');
  return existsSync(fichier) ? { fichier, fragment: decodeURIComponent(url.hash.slice(1)) } : null;
}

function liensCanoniques(fichier: string): string[] {
  return elements(arbre(fichier))
    .filter((e) => e.tagName === 'link' && String(e.properties.rel ?? '').split(/[\s,]+/).includes('canonical'))
    .map((e) => String(e.properties.href));
}

describe('canonical addresses', () => {
  it.each(pages.map((p) => [p.chemin || '/', p]))('should give one canonical address, of an existing page: %s', (_nom, page) => {
    const html = readFileSync(page.fichier, 'utf8');
    const canoniques = liensCanoniques(page.fichier);
    // The 404 page is served at any unknown address; the offline file is a download, kept out of the index.
    if (page.type === '404' || page.type === 'hors-ligne/*') {
      expect(canoniques).toEqual([]);
      if (page.type === 'hors-ligne/*') expect(html).toMatch(/<meta name="robots" content="noindex">/);
      return;
    }
    expect(canoniques).toHaveLength(1);
    const cible = pageDe(canoniques[0]!);
    expect(cible, canoniques[0]).not.toBeNull();
    const renvoi = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    if (renvoi) {
      // A share page: its canonical address is where it sends the reader, its passage in the text.
      expect(new URL(canoniques[0]!).pathname + new URL(canoniques[0]!).hash).toBe(renvoi);
      if (cible!.fragment) expect(ids(arbre(cible!.fichier)).has(cible!.fragment), canoniques[0]).toBe(true);
    } else {
      expect(cible, 'the page itself').toEqual({ fichier: page.fichier, fragment: '' });
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  const plan = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const adresses = [...plan.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

  it('should be a sitemap of the sitemaps.org protocol, one <url> per address', () => {
    expect(plan).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    expect(plan.match(/<url>/g)).toHaveLength(adresses.length);
    expect(new Set(adresses).size).toBe(adresses.length);
  });

  it('should list the home page, every text, every person, every event and the chronology, and nothing else', () => {
    // Not a former address, which leads to the page (`anciens_ids` in the register).
    const attendues = pages.filter((p) => ['accueil', 'texte', 'personnes', 'personne', 'evenements', 'evenement', 'chronologie'].includes(p.type)
      && !/<meta http-equiv="refresh"/.test(readFileSync(p.fichier, 'utf8')));
    for (const type of ['texte', 'personne', 'evenements', 'evenement']) expect(attendues.filter((p) => p.type === type).length, type).toBeGreaterThan(0);
    expect(adresses.map((a) => pageDe(a)?.fichier).sort()).toEqual(attendues.map((p) => p.fichier).sort());
  });

  it('should list each page under its canonical address', () => {
    for (const adresse of adresses) expect(liensCanoniques(pageDe(adresse)!.fichier), adresse).toEqual([adresse]);
  });

  it('should be named by robots.txt, which lets crawlers in', () => {
    const texte = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(texte).toMatch(/^User-agent: \*\nDisallow:\n/);
    expect(texte).toContain(`\nSitemap: ${new URL('sitemap.xml', RACINE).href}\n`);
  });
});
