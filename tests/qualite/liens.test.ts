/**
 * Every internal link and anchor of the built site resolves: pages, stylesheets, scripts and
 * images (linkinator, crawling from the home page over HTTP as a reader would), every fragment
 * (notes, passages, persons, chronology: checked here against the real ids of the target page),
 * and every search result target (Pagefind's fragments, once the site has a search index).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arbre, elements, ids } from '../helpers/html.ts';
import { pagesConstruites } from '../helpers/pages.ts';
import { DIST, serve, type Site } from '../helpers/site.ts';

let site: Site;
const pages = pagesConstruites();

beforeAll(async () => {
  site = await serve();
});
afterAll(async () => {
  await site?.close();
});

/** The built file an internal address leads to (`/textes/x/` → `dist/textes/x/index.html`), or null. */
function fichierDe(url: URL): string | null {
  const base = new URL(site.url);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return null;
  const chemin = decodeURIComponent(url.pathname.slice(base.pathname.length));
  const fichier = join(DIST, chemin.endsWith('/') || chemin === '' ? join(chemin, 'index.html') : chemin);
  return existsSync(fichier) ? fichier : null;
}

const idsParFichier = new Map<string, Set<string>>();
function idsDe(fichier: string): Set<string> {
  if (!idsParFichier.has(fichier)) idsParFichier.set(fichier, ids(arbreDe(fichier)));
  return idsParFichier.get(fichier)!;
}

/** Pages a reader is sent on from at once (`<meta http-equiv="refresh">`: share pages). */
function estRenvoi(fichier: string): boolean {
  return elements(arbreDe(fichier)).some((e) => e.tagName === 'meta' && String(e.properties.httpEquiv).toLowerCase() === 'refresh');
}

const arbres = new Map<string, ReturnType<typeof arbre>>();
function arbreDe(fichier: string) {
  if (!arbres.has(fichier)) arbres.set(fichier, arbre(fichier));
  return arbres.get(fichier)!;
}

describe('links', () => {
  it('should have the home page and the texts', () => {
    expect(pages.some((p) => p.type === 'accueil') && pages.some((p) => p.type === 'texte')).toBe(true);
  });

  it('should load every page, stylesheet, script and image its links name, with no broken link', async () => {
    const origine = new URL(site.url).origin;
    const resultat = await new LinkChecker().check({
      // Every page, including those no link leads to (share pages, 404).
      path: pages.map((p) => new URL(p.chemin, site.url).href),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Outgoing links are not the edition's to check (and the network is not ours to use).
      linksToSkip: async (lien) => !lien.startsWith(origine),
    });
    const casses = resultat.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (${l.status}) ← ${l.parent}`);
    expect(casses).toEqual([]);
  });

  it('should lead to every page from the home page, by links or the search form', () => {
    const atteintes = new Set<string>();
    const aVisiter = [join(DIST, 'index.html')];
    while (aVisiter.length > 0) {
      const fichier = aVisiter.pop()!;
      if (atteintes.has(fichier)) continue;
      atteintes.add(fichier);
      const page = pages.find((p) => p.fichier === fichier);
      if (!page) continue;
      for (const element of elements(arbreDe(fichier))) {
        const cible = element.tagName === 'a' ? element.properties.href : element.tagName === 'form' ? element.properties.action : undefined;
        if (typeof cible !== 'string') continue;
        const suivante = fichierDe(new URL(cible, new URL(page.chemin, site.url)));
        if (suivante && suivante.endsWith('.html') && !atteintes.has(suivante)) aVisiter.push(suivante);
      }
    }
    const orphelines = pages.filter((p) => p.type !== '404' && !atteintes.has(p.fichier) && !estRenvoi(p.fichier)).map((p) => p.chemin);
    expect(orphelines, 'pages no link leads to').toEqual([]);
  });

  // linkinator counts `<a id="x" href="#y">` as declaring `#y` (GitHub's permalink pattern): every
  // note call would vouch for its own target. Fragments are therefore checked here against the ids
  // the target page really has.
  it('should point every fragment at an element with that id on the target page', () => {
    const casses: string[] = [];
    for (const page of pages) {
      const adresse = new URL(page.chemin, site.url);
      for (const element of elements(arbreDe(page.fichier))) {
        const href = element.properties.href;
        if (typeof href !== 'string' || !href.includes('#')) continue;
        const cible = new URL(href, adresse);
        if (cible.origin !== adresse.origin) continue;
        const fichier = fichierDe(cible);
        const id = decodeURIComponent(cible.hash.slice(1));
        if (!fichier) casses.push(`${page.chemin}: ${href} (no such page)`);
        else if (!id || !idsDe(fichier).has(id)) casses.push(`${page.chemin}: ${href} (no element with id « ${id} »)`);
      }
    }
    expect(casses).toEqual([]);
  });

  it('should point every search result at an existing page and anchor', () => {
    const dossier = join(DIST, 'pagefind', 'fragment');
    expect(existsSync(dossier), 'the search index is built').toBe(true);
    const casses: string[] = [];
    for (const nom of readdirSync(dossier)) {
      const texte = gunzipSync(readFileSync(join(dossier, nom))).toString('utf8');
      const fragment = JSON.parse(texte.slice(texte.indexOf('{'))) as { url: string; anchors?: { id: string }[] };
      const fichier = fichierDe(new URL(fragment.url, site.url));
      if (!fichier) {
        casses.push(`${fragment.url} (no such page)`);
        continue;
      }
      for (const ancre of fragment.anchors ?? []) {
        if (!idsDe(fichier).has(ancre.id)) casses.push(`${fragment.url}#${ancre.id} (no element with that id)`);
      }
    }
    expect(casses).toEqual([]);
  });
});
