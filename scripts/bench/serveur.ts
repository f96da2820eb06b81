/**
 * The benchmark's static server: serves a build as a good static host would, compressed (brotli,
 * else gzip, as the browser asks, or always the one encoding asked for: hosts that only gzip)
 * with long caching for hashed assets, on 127.0.0.1 only.
 * `/__bench__/vide.html` is an empty page without a policy, from which the benchmark drives Pagefind.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json',
};
/** Worth compressing (Pagefind's own files are gzipped already). */
const TEXTE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/** Brotli at the highest quality: what a host that precompresses its files sends. */
export function brotli(contenu: Buffer | string): Buffer {
  return brotliCompressSync(contenu, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } });
}

export interface ServeurBench { url: string; close: () => Promise<void> }

export type Encodage = 'br' | 'gzip';

/** Gzip at the highest level: what a host that precompresses its files, without brotli, sends. */
export function gzip(contenu: Buffer | string): Buffer {
  return gzipSync(contenu, { level: 9 });
}

export async function servirCompresse(racine: string, base = '/', seulement?: Encodage): Promise<ServeurBench> {
  const cache = new Map<string, { br: Buffer; gz: Buffer }>();
  const serveur = createServer(async (requete, reponse) => {
    const chemin = decodeURIComponent(new URL(requete.url ?? '/', 'http://x').pathname);
    if (chemin === '/__bench__/vide.html') {
      reponse.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      reponse.end('<!DOCTYPE html><html lang="fr"><title>banc</title></html>');
      return;
    }
    let fichier = chemin.startsWith(base) ? normalize(join(racine, chemin.slice(base.length))) : '';
    let statut = 200;
    try {
      if (!fichier.startsWith(racine)) throw new Error('hors racine');
      if ((await stat(fichier)).isDirectory()) {
        if (!chemin.endsWith('/')) {
          reponse.writeHead(301, { location: `${chemin}/` });
          reponse.end();
          return;
        }
        fichier = join(fichier, 'index.html');
      }
      await stat(fichier);
    } catch {
      fichier = join(racine, '404.html');
      statut = 404;
    }
    const ext = extname(fichier);
    const entetes: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': chemin.startsWith(`${base}_astro/`) ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
      vary: 'accept-encoding',
    };
    let corps: Buffer = await readFile(fichier);
    const accepte = String(requete.headers['accept-encoding'] ?? '');
    if (TEXTE.has(ext)) {
      if (!cache.has(fichier)) cache.set(fichier, { br: brotli(corps), gz: gzip(corps) });
      const compresse = cache.get(fichier)!;
      const encodage = seulement ?? (/\bbr\b/.test(accepte) ? 'br' : /\bgzip\b/.test(accepte) ? 'gzip' : null);
      if (encodage === 'br') [corps, entetes['content-encoding']] = [compresse.br, 'br'];
      else if (encodage === 'gzip') [corps, entetes['content-encoding']] = [compresse.gz, 'gzip'];
    }
    entetes['content-length'] = String(corps.length);
    reponse.writeHead(statut, entetes);
    reponse.end(corps);
  });
  await new Promise<void>((resolve) => serveur.listen(0, '127.0.0.1', resolve));
  const { port } = serveur.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => serveur.close(() => resolve())) };
}
