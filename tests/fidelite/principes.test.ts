/**
 * The edition's principles (README, « Principes d'édition ») as the fidelity check enforces them,
 * one fixture per rule under `tests/fidelite/fixtures/<case>/{source.txt,edition.md}`: only spacing
 * changes silently (every other sign between two words is the source's, or declared); the
 * edition's paragraphs are the source's (where the text's front matter says how the source marks
 * them), or declared. The edition is read as the pipeline reads it (French quotes by smartypants
 * before the comparison), and aligned as remark-fidelite aligns it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aligner, type Alignement } from '../../src/noyau/fidelite/alignement.ts';
import type { MarqueAlinea } from '../../src/noyau/fidelite/paragraphes.ts';
import { ligneDuTableau } from '../../src/noyau/fidelite/rapport.ts';
import remarkSmartypants from 'remark-smartypants';
import { yamlDe } from '../../src/noyau/entete.ts';
import { createParser, remarkLiteralColons } from '../../src/noyau/markdown.ts';
import { smartypants } from '../../src/noyau/pipeline.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

/** The tree remark-fidelite compares: parsed, literal colons restored, smartypants applied (the pipeline's steps before it). */
function arbre(markdown: string): Root {
  const processeur = createParser().use(remarkLiteralColons).use(remarkSmartypants, smartypants);
  return processeur.runSync(processeur.parse(markdown)) as Root;
}

function run(nom: string): Alignement {
  const markdown = readFileSync(join(fixtures, nom, 'edition.md'), 'utf8');
  // The fixtures' front matter holds only `source` (not a whole text's): read as remark-fidelite reads `source.alineas`.
  const alineas = (parse(yamlDe(markdown)?.yaml ?? '') as { source?: { alineas?: MarqueAlinea } } | null)?.source?.alineas;
  return aligner({ texte: readFileSync(join(fixtures, nom, 'source.txt'), 'utf8'), alineas }, arbre(markdown));
}

const raisons = (r: Alignement) => r.fidelite.ecarts.map((d) => d.raison);

describe('signs between words', () => {
  it('should report a full stop the edition added after an initial', () => {
    expect(run('ponctuation-ajoutee').fidelite.ecarts).toEqual([
      expect.objectContaining({ ligneSource: 1, ligne: 1, raison: "ponctuation changée sans déclaration : « (rien) » dans la source, « . » dans l'édition" }),
    ]);
  });

  it('should report an English closing quote made straight, which the rendering would turn into another sign', () => {
    const r = run('guillemet-anglais');
    expect(raisons(r)).toEqual(["ponctuation changée sans déclaration : « ” » dans la source, « \" » dans l'édition"]);
    expect(r.fidelite.ecarts[0]).toMatchObject({ ligneSource: 2 });
  });

  it('should accept a sign changed by a declared correction, its printed form compared', () => {
    const r = run('ponctuation-declaree');
    expect(r.fidelite.ecarts).toEqual([]);
    expect(r.lignesSource).toEqual([2]);
    expect(r.fidelite.signesCompares).toBe(run('guillemet-anglais').fidelite.signesCompares);
  });

  it('should take the typographic convention of the rendering as no change (quotes, apostrophes, ellipsis)', () => {
    expect(run('typographie').fidelite.ecarts).toEqual([]);
  });

  it('should read a list marker as the bullet the source prints there', () => {
    const r = run('puces');
    expect(r.fidelite.ecarts).toEqual([]);
    expect(r.fidelite.signesCompares).toBeGreaterThan(10);
  });
});

describe('paragraphs', () => {
  it('should accept a quotation run in its paragraph, as the source prints it', () => {
    const r = run('citation-en-ligne');
    expect(r.fidelite.ecarts).toEqual([]);
    expect(r.fidelite.alineas).toEqual({ compares: true, source: 2, declares: 0 });
  });

  it('should report a quotation set as a block, and the words after it as a new paragraph, where the source goes on', () => {
    expect(run('paragraphe-ajoute').fidelite.ecarts.map((d) => [d.ligne, d.source, d.raison.split(' :')[0]])).toEqual([
      [7, 'La', "nouveau paragraphe là où la source n'en commence pas"],
      [9, 'Puis', "nouveau paragraphe là où la source n'en commence pas"],
    ]);
  });

  it('should accept a paragraph of the edition declared with its reason, and count it', () => {
    const r = run('alinea-declare');
    expect(r.fidelite.ecarts).toEqual([]);
    expect(r.fidelite.alineas.declares).toBe(2);
  });

  it('should report a paragraph of the source that the edition runs into the previous one', () => {
    expect(run('paragraphe-perdu').fidelite.ecarts).toEqual([
      expect.objectContaining({ ligneSource: 3, source: 'Mais', raison: expect.stringContaining("la source commence ici un paragraphe, que l'édition ne commence pas") }),
    ]);
  });

  it('should not take a page break inside a sentence for a paragraph (a small letter follows), and report one that looks like a paragraph', () => {
    // « donc » follows a blank line but is a small letter: no paragraph; « 1950 » looks like one.
    expect(run('marque-sans-alinea').fidelite.ecarts.map((d) => [d.ligneSource, d.source])).toEqual([[3, '1950']]);
  });

  it('should accept a paragraph mark of the source declared as none (:suite)', () => {
    const r = run('suite-declaree');
    expect(r.fidelite.ecarts).toEqual([]);
    expect(r.fidelite.alineas).toEqual({ compares: true, source: 3, declares: 1 });
  });

  it('should not compare the paragraphs of a source that marks none, and say so in the table', () => {
    const r = run('sans-alineas');
    expect(r.fidelite.ecarts).toEqual([]);
    expect(r.fidelite.alineas.compares).toBe(false);
    expect(ligneDuTableau('x', r.fidelite, 0).at(-3)).toBe('—');
  });
});
