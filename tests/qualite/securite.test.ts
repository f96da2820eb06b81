/**
 * Security of the built pages, read from `dist/`: every page carries a Content-Security-Policy
 * (meta) that allows no inline script, no `eval` and no other origin; no page holds inline script
 * (`<script>` without `src`, `on…` attributes, `javascript:` addresses) or inline style (`style=`,
 * `<style>` unless the policy lists its hash), which that policy would block anyway; and raw HTML
 * in a text stops the build.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { problemesCsp } from '../helpers/csp.ts';
import { arbre, elements } from '../helpers/html.ts';
import { pagesConstruites, type PageConstruite } from '../helpers/pages.ts';

const RACINE = join(import.meta.dirname, '..', '..');
const pages = pagesConstruites();

function attribut(element: Element, nom: string): string | undefined {
  const valeur = element.properties[nom];
  return valeur === undefined || valeur === null || valeur === false ? undefined : String(valeur);
}

/** The CSP source naming an inline element's content: `'sha256-…'`. */
function empreinte(e: Element): string {
  const contenu = e.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  return `'sha256-${createHash('sha256').update(contenu, 'utf8').digest('base64')}'`;
}

function inspecter(page: PageConstruite) {
  const tous = elements(arbre(page.fichier));
  const csp = tous.filter((e) => e.tagName === 'meta' && attribut(e, 'httpEquiv')?.toLowerCase() === 'content-security-policy');
  return { tous, csp };
}

describe('security of the built pages', () => {
  it('should have pages to check', () => {
    expect(pages.some((p) => p.type === 'accueil') && pages.some((p) => p.type === 'texte')).toBe(true);
  });

  it.each(pages.map((p) => [p.chemin || '/', p]))('should carry a strict Content-Security-Policy before any resource: %s', (_nom, page) => {
    const { tous, csp } = inspecter(page);
    expect(csp, 'one CSP meta').toHaveLength(1);
    expect(problemesCsp(attribut(csp[0]!, 'content') ?? '')).toEqual([]);
    // A meta policy only governs what comes after it.
    const premiereRessource = tous.findIndex((e) => ['link', 'script', 'style', 'img', 'iframe', 'object', 'embed', 'video', 'audio'].includes(e.tagName));
    expect(premiereRessource === -1 || tous.indexOf(csp[0]!) < premiereRessource, 'CSP meta before the first resource').toBe(true);
    const referrer = tous.find((e) => e.tagName === 'meta' && attribut(e, 'name') === 'referrer');
    expect(referrer && attribut(referrer, 'content'), 'no referrer sent to outgoing links').toBe('no-referrer');
  });

  it.each(pages.map((p) => [p.chemin || '/', p]))('should hold no inline script or style: %s', (_nom, page) => {
    const { tous, csp } = inspecter(page);
    const empreintes = new Set(attribut(csp[0]!, 'content')?.match(/'sha256-[^']+'/g) ?? []);
    const problemes: string[] = [];
    for (const e of tous) {
      if (e.tagName === 'script' && !attribut(e, 'src')) problemes.push('<script> without src');
      if (e.tagName === 'script' && /^(?:[a-z]+:)?\/\//i.test(attribut(e, 'src') ?? '')) problemes.push(`script from another origin: ${attribut(e, 'src')}`);
      // A <style> element only where the page's policy names its exact hash (the offline edition).
      if (e.tagName === 'style' && !empreintes.has(empreinte(e))) problemes.push('<style> element whose hash the CSP does not list');
      if (['iframe', 'object', 'embed', 'frame'].includes(e.tagName)) problemes.push(`<${e.tagName}>`);
      for (const nom of Object.keys(e.properties)) {
        if (nom === 'style') problemes.push(`style attribute on <${e.tagName}>`);
        if (/^on[a-z]/i.test(nom)) problemes.push(`${nom} attribute on <${e.tagName}>`);
      }
      for (const nom of ['href', 'src', 'action', 'formAction']) {
        if (/^\s*javascript:/i.test(attribut(e, nom) ?? '')) problemes.push(`javascript: address on <${e.tagName}>`);
      }
    }
    expect(problemes).toEqual([]);
  });

  // The pipeline's own test (tests/plugins, fixture html-brut-refuse) shows the plugin fails; this
  // one shows that `astro build` itself stops on it, naming the file, line and column: a copy of the
  // content with a <script> in a text, built into a temporary folder.
  it('should stop the build on raw HTML in a text (a <script> in Markdown)', async () => {
    const contenu = mkdtempSync(join(tmpdir(), 'contenu-'));
    cpSync(join(RACINE, 'content'), contenu, { recursive: true });
    const texte = join(contenu, 'textes', 'introduction.md');
    const lignes = readFileSync(texte, 'utf8').split('\n');
    const ligne = lignes.findIndex((l, i) => i > 10 && l.trim() === '') + 1;
    lignes.splice(ligne, 0, '<script>alert("piège")</script>', '');
    writeFileSync(texte, lignes.join('\n'));
    const env = { ...process.env, CONTENU_DIR: contenu, DIST_DIR: join(contenu, 'dist'), ASTRO_CACHE_DIR: join(contenu, 'cache') };
    const echec = await promisify(execFile)(join(RACINE, 'node_modules', '.bin', 'astro'), ['build', '--force'], { cwd: RACINE, env }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    rmSync(contenu, { recursive: true, force: true });
    expect(echec?.code, 'astro build exits with an error').not.toBe(0);
    expect(`${echec?.stdout}${echec?.stderr}`).toMatch(new RegExp(`introduction\\.md:${ligne + 1}:1 : HTML brut`));
  }, 180_000);
});
