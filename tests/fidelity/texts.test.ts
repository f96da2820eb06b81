/**
 * The fidelity test on the real edition: every `content/textes/*.md` is aligned with its source
 * and must have no unexplained difference. An empty or missing folder fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contenu } from '../../src/construction/contenu.ts';
import { align, formatDifference, formatTable, frontMatterSource, tableRow } from '../../src/noyau/fidelite/alignement.ts';

const root = join(import.meta.dirname, '..', '..');
const textesDir = join(root, contenu('textes'));
const files = existsSync(textesDir) ? readdirSync(textesDir).filter((f) => f.endsWith('.md')).sort() : [];
const rows: string[][] = [];

describe('fidelity of content/textes', () => {
  it('should have texts to check', () => {
    expect(files, 'content/textes/ has no .md file').not.toEqual([]);
  });

  for (const file of files) {
    it(`should find every word of the source in ${file}, every change declared`, () => {
      const markdown = readFileSync(join(textesDir, file), 'utf8');
      const ref = frontMatterSource(markdown);
      expect(ref, `${file}: front matter without source { fichier, lignes }`).toBeDefined();
      const sourceFile = join(root, contenu('sources'), ref!.fichier);
      expect(existsSync(sourceFile), `${file}: ${ref!.fichier} not in content/sources`).toBe(true);
      const report = align({ text: readFileSync(sourceFile, 'utf8'), ranges: ref!.lignes }, markdown);
      rows.push(tableRow(file.slice(0, -3), report));
      const lines = report.unexplained.map((d) => formatDifference(`content/textes/${file}`, `content/sources/${ref!.fichier}`, d));
      expect(lines, `${lines.length} unexplained difference(s)`).toEqual([]);
    }, 60_000);
  }

  // The figures, for the record (not a test: a table cannot be wrong).
  afterAll(() => {
    console.log(`\n${formatTable(rows)}\n`);
  });
});
