/**
 * « Établissement du texte » on each text page (src/pages/textes/[slug].astro): the words the
 * extraction had cut at a line's end, listed as the source prints them (the joined form follows
 * only when a hyphen of the word stays, « comptes-ren-dus → comptes-rendus »). Checked against the
 * source files themselves, on the built site (`dist/`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { lireEnTete, schemaTexte, yamlDe } from '../../src/noyau/entete.ts';
import { arbre, elements } from '../helpers/html.ts';
import { DIST } from '../helpers/site.ts';

const contenu = join(import.meta.dirname, '..', '..', 'content');
const textes = readdirSync(join(contenu, 'textes')).filter((f) => f.endsWith('.md')).map((f) => {
  const lu = lireEnTete(yamlDe(readFileSync(join(contenu, 'textes', f), 'utf8'))?.yaml ?? '', schemaTexte);
  if (!lu.ok) throw new Error(`content/textes/${f} : en-tête illisible`);
  return { slug: f.slice(0, -3), source: lu.donnees.source };
});
const avecCoupures = (slug: string) => elements(arbre(join(DIST, 'textes', slug, 'index.html'))).some((e) => e.properties.className?.toString() === 'mots-rejoints');

describe('the words rejoined, on each text page', () => {
  it('should list them on the texts whose source cuts words at a line’s end', () => {
    expect(textes.filter((t) => avecCoupures(t.slug)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(textes.filter((t) => avecCoupures(t.slug)).map((t) => [t.slug, t]))('should give as many as it says, each cut so in the source and joined in the text: %s', (slug, texte) => {
    const page = elements(arbre(join(DIST, 'textes', slug, 'index.html')));
    const liste = page.find((e) => e.properties.className?.toString() === 'mots-rejoints')!;
    const resume = toString(page.find((e) => e.tagName === 'summary' && /coupés? en fin de ligne/.test(toString(e)))!);
    const mots = toString(liste).split(' · ').map((m) => m.split(' → ') as [string] | [string, string]);
    expect(resume).toMatch(new RegExp(`^${mots.length} mots? coupés? en fin de ligne, rejoints? \\(le trait d’union de la coupure retiré\\)$`));

    const lignes = readFileSync(join(contenu, 'sources', texte.source.fichier), 'utf8').split('\n');
    const source = texte.source.lignes.map(([a, b]) => lignes.slice(a - 1, b).join('\n')).join('\n');
    const article = toString(page.find((e) => e.tagName === 'article')!).replace(/\s+/g, ' ');
    for (const [coupe, rejoint = coupe.replaceAll('-', '')] of mots) {
      // In the source, one of its hyphens ends a line.
      const motif = new RegExp(coupe.split('-').map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('-\\s*'), 'g');
      expect([...source.matchAll(motif)].some((m) => m[0].includes('\n')), coupe).toBe(true);
      // In the text, joined (its typography aside).
      expect(article.replace(/[\u2019]/g, '\'').includes(rejoint.replace(/[\u2019]/g, '\'')), rejoint).toBe(true);
    }
  });
});
