/**
 * `node scripts/poids-scripts.ts`: the JavaScript each kind of page loads, read from the built site
 * (`dist/`, or DIST_DIR): up front (its module scripts and their static imports) and on use (each
 * dynamic `import()`, with what it adds). Bytes raw and brotli-compressed; asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { pagesConstruites, parType } from '../tests/helpers/pages.ts';

const DIST = process.env.DIST_DIR ?? join(import.meta.dirname, '..', 'dist');

/** A script of the site, by its path under the site's root (`_astro/x.js`). */
const lire = (chemin: string) => readFileSync(join(DIST, chemin), 'utf8');
const relatif = (depuis: string, cible: string) => posix.normalize(posix.join(posix.dirname(depuis), cible));

/** Static and dynamic imports of a script. */
function imports(chemin: string): { statiques: string[]; dynamiques: string[] } {
  const code = lire(chemin);
  const statiques = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'`](\.\.?\/[^"'`]+)["'`]/g)].map((m) => relatif(chemin, m[1]!));
  // Vite wraps them (`__vitePreload(() => import("./x.js"), …)`): the call itself names the chunk.
  const dynamiques = [...code.matchAll(/import\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g)].map((m) => relatif(chemin, m[1]!));
  return { statiques, dynamiques };
}

/** A script with everything it imports statically. */
function fermeture(depart: string[], deja = new Set<string>()): Set<string> {
  const vus = new Set<string>();
  const file = [...depart];
  for (let c = file.pop(); c; c = file.pop()) {
    if (vus.has(c) || deja.has(c) || !existsSync(join(DIST, c))) continue;
    vus.add(c);
    file.push(...imports(c).statiques);
  }
  return vus;
}

const octets = (fichiers: Iterable<string>) => {
  let brut = 0;
  let br = 0;
  for (const f of fichiers) {
    const contenu = readFileSync(join(DIST, f));
    brut += contenu.length;
    br += brotliCompressSync(contenu).length;
  }
  return `${(brut / 1000).toFixed(1)} ko (${(br / 1000).toFixed(1)} ko br)`;
};

for (const [type, pages] of parType(pagesConstruites())) {
  const html = readFileSync(pages[0]!.fichier, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!.replace(/^.*?_astro\//, '_astro/'));
  const auChargement = fermeture(scripts);
  console.log(`${type} (${pages[0]!.chemin || '/'}) — au chargement : ${auChargement.size ? `${octets(auChargement)} en ${auChargement.size} fichier(s)` : 'aucun script'}`);
  const dynamiques = new Set([...auChargement].flatMap((s) => imports(s).dynamiques));
  for (const d of dynamiques) {
    const ajout = fermeture([d], auChargement);
    if (ajout.size) console.log(`    à l’usage : ${posix.basename(d).replace(/\.[\w-]+\.js$/, '')} +${octets(ajout)}`);
  }
}
