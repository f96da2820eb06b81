/** The built site (`dist/`, made by `npm run build` before the tests): pages, language, privacy. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/site.ts';

const textes = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'textes')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));

function pages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []);
}

describe('the built site', () => {
  it('should have a home page, a 404 page and one page per text', () => {
    expect(textes.length).toBeGreaterThan(0);
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    for (const slug of textes) expect(existsSync(join(DIST, 'textes', slug, 'index.html')), slug).toBe(true);
  });

  it('should declare French on every page', () => {
    for (const page of pages()) expect(readFileSync(page, 'utf8'), page).toMatch(/<html lang="fr"/);
  });

  it('should load nothing from another origin', () => {
    for (const page of pages()) {
      const html = readFileSync(page, 'utf8');
      const external = [...html.matchAll(/\b(?:src|href|srcset|action|poster|data)=["']?(?:https?:)?\/\/([^"'\s>]+)/g)]
        .map((m) => m[0])
        // Outgoing links (<a href>) and the canonical address (<link rel="canonical">, absolute by
        // nature) are not requests; every other resource must be local.
        .filter((attribute) => {
          const avant = html.slice(0, html.indexOf(attribute));
          return !/^href=/.test(attribute) || (/<link[^>]+$/.test(avant) && !/<link\s[^>]*\brel="?canonical\b[^>]*$/.test(avant));
        });
      expect(external, page).toEqual([]);
    }
  });
});
