/**
 * The committed lockfile installs with `npm ci` on every platform. npm writes a platform's optional
 * bindings (`@astrojs/compiler-binding-darwin-arm64`, `@pagefind/win32-x64`…) into the lockfile only
 * when it resolves from scratch; an incremental `npm install` on Linux leaves them out, and `npm ci`
 * then refuses the lockfile elsewhere (« package.json and package-lock.json … are not in sync »).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Verrou {
  packages: Record<string, { optionalDependencies?: Record<string, string> }>;
}

const verrou = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package-lock.json'), 'utf8')) as Verrou;

/** Where npm finds `nom` for the package at `chemin`: its own node_modules, then each one above it. */
function resolu(chemin: string, nom: string): boolean {
  for (let dossier = chemin; ; ) {
    if (verrou.packages[`${dossier ? `${dossier}/` : ''}node_modules/${nom}`]) return true;
    if (!dossier) return false;
    const fin = dossier.lastIndexOf('/node_modules/');
    dossier = fin < 0 ? '' : dossier.slice(0, fin);
  }
}

describe('package-lock.json', () => {
  it('should lock every optional dependency of every package (the other platforms’ bindings)', () => {
    const manquants = Object.entries(verrou.packages).flatMap(([chemin, paquet]) =>
      Object.keys(paquet.optionalDependencies ?? {}).filter((nom) => !resolu(chemin, nom)).map((nom) => `${chemin || '.'} → ${nom}`));
    expect(manquants, 'regenerate it: rm package-lock.json && PATH="$PWD/node_modules/.bin:$PATH" npm install --package-lock-only').toEqual([]);
  });
});
