/**
 * The edition's principles (README, « Principes d'édition ») as the fidelity check enforces them,
 * one fixture per rule under `tests/fidelity/fixtures/<case>/{source.txt,edition.md}`: only spacing
 * changes silently (every other sign between two words is the source's, or declared); the
 * edition's paragraphs are the source's (where the text's front matter says how the source marks
 * them), or declared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align, tableRow, type FidelityReport } from '../../src/lib/fidelity.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

function run(name: string): FidelityReport {
  return align({ text: readFileSync(join(fixtures, name, 'source.txt'), 'utf8') }, readFileSync(join(fixtures, name, 'edition.md'), 'utf8'));
}

const raisons = (r: FidelityReport) => r.unexplained.map((d) => d.reason);

describe('signs between words', () => {
  it('should report a full stop the edition added after an initial', () => {
    const report = run('ponctuation-ajoutee');
    expect(report.unexplained).toEqual([
      expect.objectContaining({ line: 1, editionLine: 1, reason: "ponctuation changée sans déclaration : « (rien) » dans la source, « . » dans l'édition" }),
    ]);
  });

  it('should report an English closing quote made straight, which the rendering would turn into another sign', () => {
    const report = run('guillemet-anglais');
    expect(raisons(report)).toEqual(["ponctuation changée sans déclaration : « ” » dans la source, « \" » dans l'édition"]);
    expect(report.unexplained[0]).toMatchObject({ line: 2 });
  });

  it('should accept a sign changed by a declared correction, its printed form compared', () => {
    const report = run('ponctuation-declaree');
    expect(report.unexplained).toEqual([]);
    expect(report.corrections).toEqual([expect.objectContaining({ source: '”', edition: '»' })]);
    expect(report.ponctuationComparee).toBe(run('guillemet-anglais').ponctuationComparee);
  });

  it('should take the typographic convention of the rendering as no change (quotes, apostrophes, ellipsis)', () => {
    expect(run('typographie').unexplained).toEqual([]);
  });

  it('should read a list marker as the bullet the source prints there', () => {
    const report = run('puces');
    expect(report.unexplained).toEqual([]);
    expect(report.ponctuationComparee).toBeGreaterThan(10);
  });
});

describe('paragraphs', () => {
  it('should accept a quotation run in its paragraph, as the source prints it', () => {
    const report = run('citation-en-ligne');
    expect(report.unexplained).toEqual([]);
    expect(report.paragraphes).toEqual({ verifies: true, source: 2, declares: 0 });
  });

  it('should report a quotation set as a block, and the words after it as a new paragraph, where the source goes on', () => {
    const report = run('paragraphe-ajoute');
    expect(report.unexplained.map((d) => [d.editionLine, d.source, d.reason.split(' :')[0]])).toEqual([
      [7, 'La', "nouveau paragraphe là où la source n'en commence pas"],
      [9, 'Puis', "nouveau paragraphe là où la source n'en commence pas"],
    ]);
  });

  it('should accept a paragraph of the edition declared with its reason, and count it', () => {
    const report = run('alinea-declare');
    expect(report.unexplained).toEqual([]);
    expect(report.paragraphes.declares).toBe(2);
  });

  it('should report a paragraph of the source that the edition runs into the previous one', () => {
    const report = run('paragraphe-perdu');
    expect(report.unexplained).toEqual([
      expect.objectContaining({ line: 3, source: 'Mais', reason: expect.stringContaining("la source commence ici un paragraphe, que l'édition ne commence pas") }),
    ]);
  });

  it('should not take a page break inside a sentence for a paragraph (a small letter follows), and report one that looks like a paragraph', () => {
    const report = run('marque-sans-alinea');
    // « donc » follows a blank line but is a small letter: no paragraph; « 1950 » looks like one.
    expect(report.unexplained.map((d) => [d.line, d.source])).toEqual([[3, '1950']]);
  });

  it('should accept a paragraph mark of the source declared as none (:suite)', () => {
    const report = run('suite-declaree');
    expect(report.unexplained).toEqual([]);
    expect(report.paragraphes).toEqual({ verifies: true, source: 3, declares: 1 });
  });

  it('should not compare the paragraphs of a source that marks none, and say so in the table', () => {
    const report = run('sans-alineas');
    expect(report.unexplained).toEqual([]);
    expect(report.paragraphes.verifies).toBe(false);
    expect(tableRow('x', report).at(-3)).toBe('—');
  });
});
