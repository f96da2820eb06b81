/**
 * Test helpers for the built site: a static server on 127.0.0.1 over `dist/` (optionally under a
 * base path), and Debian's Chromium driven by playwright-core (never a downloaded browser).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The built site: `dist/`, or the folder named by DIST_DIR (the same variable `astro.config.ts` reads). */
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(import.meta.dirname, '..', '..', 'dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
};

export interface Site { url: string; close: () => Promise<void> }

/** Serve `root` on a free port of 127.0.0.1, under `base` (e.g. '/' or '/dossier/'). */
export async function serve(root = DIST, base = '/'): Promise<Site> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      return notFound();
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);

    function notFound() {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(join(root, '404.html')).pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * For a test file: serves the site (`serve(root, base)`) and launches Chromium before its tests,
 * closes both after them. Read `site` and `browser` from the returned object inside tests and hooks
 * (they are set once `beforeAll` has run).
 */
export function siteEtNavigateur(options: { root?: string; base?: string } = {}): { readonly site: Site; readonly browser: Browser } {
  let site: Site;
  let browser: Browser;
  beforeAll(async () => {
    site = await serve(options.root, options.base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() { return site; },
    get browser() { return browser; },
  };
}

/** A phone-sized viewport (and touch), as most readers will have. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR' };
export const WIDE = { viewport: { width: 1440, height: 900 }, locale: 'fr-FR' };
