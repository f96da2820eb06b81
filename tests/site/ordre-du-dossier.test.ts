/**
 * The dossier in its printed order (README, « Principes d'édition »): the texts' reading order is
 * the order of their pages in the sources, on the home page and in the offline file; passages that
 * moved from one text to another (content/passages/*.json, `deplaces`) are still reached from their
 * old share page and their old anchor. Runs on the built site (`dist/`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireEnTete, schemaTexte, yamlDe } from '../../src/noyau/entete.ts';
import { lireTableDesPassages } from '../../src/noyau/passages/table.ts';
import { DIST } from '../helpers/site.ts';

const racine = join(import.meta.dirname, '..', '..', 'content');
const textes = readdirSync(join(racine, 'textes')).filter((f) => f.endsWith('.md')).map((f) => {
  const lu = lireEnTete(yamlDe(readFileSync(join(racine, 'textes', f), 'utf8'))?.yaml ?? '', schemaTexte);
  if (!lu.ok) throw new Error(`content/textes/${f} : en-tête illisible`);
  const { ordre, source } = lu.donnees;
  return { slug: f.slice(0, -3), ordre, fichier: source.fichier, ligne: source.lignes[0]![0] };
});
const dansLOrdre = [...textes].sort((a, b) => a.ordre - b.ordre).map((t) => t.slug);

describe('the dossier in its printed order', () => {
  it('should read the texts in the order of their pages in the sources', () => {
    const imprime = [...textes].sort((a, b) => a.fichier.localeCompare(b.fichier) || a.ligne - b.ligne).map((t) => t.slug);
    expect(dansLOrdre).toEqual(imprime);
  });

  it('should list the texts in that order on the home page and in the offline file', () => {
    const ordreDans = (html: string, motif: RegExp) => [...new Set([...html.matchAll(motif)].map((m) => m[1]!))].filter((s) => dansLOrdre.includes(s));
    expect(ordreDans(readFileSync(join(DIST, 'index.html'), 'utf8'), /href="[^"]*\/textes\/([a-z-]+)\/"/g)).toEqual(dansLOrdre);
    expect(ordreDans(readFileSync(join(DIST, 'hors-ligne', 'proces-de-moscou.html'), 'utf8'), /href="#([a-z-]+)"/g)).toEqual(dansLOrdre);
  });

  const deplaces = textes.flatMap((t) => {
    const fichier = join(racine, 'passages', `${t.slug}.json`);
    return (lireTableDesPassages(readFileSync(fichier, 'utf8'), fichier).deplaces ?? []).map((d) => ({ depuis: t.slug, ...d }));
  });

  it.runIf(deplaces.length > 0)('should lead every old link of a moved passage to its new text', () => {
    for (const d of deplaces) {
      const partage = join(DIST, 'textes', d.depuis, d.id, 'index.html');
      expect(existsSync(partage), `${d.depuis}/${d.id}`).toBe(true);
      expect(readFileSync(partage, 'utf8')).toMatch(new RegExp(`http-equiv="refresh" content="0; url=[^"]*/textes/${d.vers}/#${d.passage}"`));
      const ancienne = readFileSync(join(DIST, 'textes', d.depuis, 'index.html'), 'utf8');
      expect(ancienne).toMatch(new RegExp(`<a id="${d.id}" href="[^"]*/textes/${d.vers}/#${d.passage}"`));
      expect(readFileSync(join(DIST, 'textes', d.vers, 'index.html'), 'utf8')).toContain(`id="${d.passage}"`);
    }
  });
});
