/**
 * What static hosts read (README, « Publier »): the headers file copied into the build, the Node
 * version files, Netlify's configuration. Checked against the built site, so that a rule that no
 * longer matches anything, or a year of caching on a file whose name does not change, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/site.ts';

const RACINE = join(import.meta.dirname, '..', '..');

interface Regle { motif: string; entetes: Map<string, string> }

/** The `_headers` syntax shared by Netlify and Cloudflare Pages: a path pattern, then indented `Name: value` lines. */
function lireEntetes(texte: string): Regle[] {
  const regles: Regle[] = [];
  for (const ligne of texte.split('\n')) {
    if (!ligne.trim() || ligne.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(ligne)) regles.push({ motif: ligne.trim(), entetes: new Map() });
    else {
      const [, nom, valeur] = /^\s+([^:]+):\s*(.*)$/.exec(ligne) ?? [];
      expect(nom && regles.length, `_headers: ${ligne}`).toBeTruthy();
      regles.at(-1)!.entetes.set(nom!.toLowerCase(), valeur!);
    }
  }
  return regles;
}

function fichiers(dossier = DIST): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fichiers(join(dossier, e.name)) : ['/' + relative(DIST, join(dossier, e.name)).split(sep).join('/')]);
}

/** A `_headers` pattern as a regular expression (`*` matches anything, `/` included). */
function correspond(motif: string, chemin: string): boolean {
  return new RegExp(`^${motif.split('*').map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`).test(chemin);
}

describe('the headers for static hosts (dist/_headers)', () => {
  const regles = lireEntetes(readFileSync(join(DIST, '_headers'), 'utf8'));
  const tous = fichiers();

  it('should match at least one built file with every rule', () => {
    for (const { motif } of regles) expect(tous.some((f) => correspond(motif, f)), motif).toBe(true);
  });

  it('should forbid framing on every page (frame-ancestors, which a <meta> policy cannot carry)', () => {
    for (const page of tous.filter((f) => f.endsWith('.html'))) {
      const politiques = regles.filter((r) => correspond(r.motif, page)).map((r) => r.entetes.get('content-security-policy') ?? '');
      expect(politiques.join(';'), page).toMatch(/frame-ancestors 'none'/);
    }
  });

  it('should cache for long only files whose name carries a content hash', () => {
    const longs = regles.filter((r) => /immutable|max-age=[1-9]\d{5,}/.test(r.entetes.get('cache-control') ?? ''));
    expect(longs.length).toBeGreaterThan(0);
    for (const fichier of tous.filter((f) => longs.some((r) => correspond(r.motif, f)))) {
      // Vite names a built asset `name.<8 characters of hash>.ext`.
      expect(fichier, fichier).toMatch(/\.[\w-]{8}\.\w+$/);
    }
  });
});

describe('the Node version given to hosts', () => {
  it('should be the major version of the project’s own Node (the `node` devDependency)', () => {
    const paquet = JSON.parse(readFileSync(join(RACINE, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const majeure = /\d+/.exec(paquet.devDependencies.node!)![0];
    expect(readFileSync(join(RACINE, '.nvmrc'), 'utf8').trim()).toBe(majeure);
    const netlify = readFileSync(join(RACINE, 'netlify.toml'), 'utf8');
    expect(/NODE_VERSION = "(\d+)"/.exec(netlify)?.[1]).toBe(majeure);
    expect(/publish = "([^"]+)"/.exec(netlify)?.[1]).toBe('dist');
  });
});
