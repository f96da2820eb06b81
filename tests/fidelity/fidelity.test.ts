/**
 * Unit tests of the fidelity alignment (`src/lib/fidelity.ts`) on small source/edition pairs
 * under `tests/fidelity/fixtures/<case>/{source.txt,edition.md}`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align, editionWords, frontMatterSource, sourceWords, type FidelityReport } from '../../src/lib/fidelity.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

function run(name: string): FidelityReport {
  const text = readFileSync(join(fixtures, name, 'source.txt'), 'utf8');
  const markdown = readFileSync(join(fixtures, name, 'edition.md'), 'utf8');
  return align({ text }, markdown);
}

describe('sourceWords', () => {
  it('should give each word its line and treat punctuation and quotes as separators', () => {
    const words = sourceWords('Il dit : "l\'homme"\n(eux-mêmes), 1936.\n');
    expect(words.map((w) => [w.text, w.line])).toEqual([
      ['Il', 1],
      ['dit', 1],
      ['l', 1],
      ['homme', 1],
      ['eux-mêmes', 2],
      ['1936', 2],
    ]);
  });

  it('should make one flagged word of a word split by a hyphen at a line end, across blank lines', () => {
    const words = sourceWords('une com-\n\n  \nplicité, trotskyste -\nzinoviéviste');
    expect(words[1]).toEqual({ text: 'complicité', line: 1, pieces: ['com', 'plicité'], avant: '' });
    expect(words.slice(2).map((w) => w.text)).toEqual(['trotskyste', 'zinoviéviste']);
  });

  it('should only read the lines in range', () => {
    const words = sourceWords('un\ndeux\ntrois\nquatre\n', [[2, 2], [4, 4]]);
    expect(words.map((w) => [w.text, w.line])).toEqual([
      ['deux', 2],
      ['quatre', 4],
    ]);
  });
});

describe('editionWords', () => {
  it('should read :corr as its source form, skip :lacune and the front matter, and keep notes apart', () => {
    const md = '---\ntitre: "Titre"\n---\n\nI. :corr[Smirnov]{source="Smimov"} :lacune[mot] fin[^2].\n\n[^2]: Une note.\n';
    const result = editionWords(md);
    expect(result.body.map((t) => t.text)).toEqual(['I', 'Smimov', 'fin', '2']);
    expect(result.body.map((t) => t.kind)).toEqual(['word', 'corr', 'word', 'call']);
    expect(result.notes).toEqual([{ label: '2', line: 7, tokens: [expect.objectContaining({ text: 'Une' }), expect.objectContaining({ text: 'note' })] }]);
    expect(result.corrections).toEqual([expect.objectContaining({ source: 'Smimov', edition: 'Smirnov', editionLine: 5 })]);
  });

  it('should read the source of the front matter, as one range or a list of ranges', () => {
    expect(frontMatterSource('---\nsource:\n  fichier: a.txt\n  lignes: [1, 773]\n---\n')).toEqual({ fichier: 'a.txt', lignes: [[1, 773]] });
    expect(frontMatterSource('---\nsource: { fichier: a.txt, lignes: [[1, 2], [5, 9]] }\n---\n')).toEqual({
      fichier: 'a.txt',
      lignes: [
        [1, 2],
        [5, 9],
      ],
    });
  });
});

describe('align', () => {
  it('should accept a faithful text whose split words are rejoined, and count them', () => {
    const report = run('rejoint');
    expect(report.unexplained).toEqual([]);
    expect(report.rejoined).toEqual([
      { source: 'com-|plicité', edition: 'complicité', line: 1 },
      { source: 'pro-|cureur', edition: 'procureur', line: 2 },
    ]);
    expect(report.sourceWords).toBe(report.editionWords);
  });

  it('should accept a real hyphen kept at a line end and count it apart', () => {
    const report = run('trait-garde');
    expect(report.unexplained).toEqual([]);
    expect(report.hyphenKept).toBe(1);
    expect(report.rejoined).toEqual([]);
  });

  it('should report a dropped word as unexplained, with its source line', () => {
    const report = run('mot-omis');
    expect(report.unexplained).toEqual([expect.objectContaining({ line: 1, source: 'de', edition: '' })]);
  });

  it('should report an added word as unexplained', () => {
    const report = run('mot-ajoute');
    expect(report.unexplained).toEqual([expect.objectContaining({ line: 1, source: '', edition: 'grand' })]);
  });

  it('should report an undeclared changed word as unexplained', () => {
    const report = run('mot-change');
    expect(report.unexplained).toEqual([expect.objectContaining({ source: 'Smimov', edition: 'Smirnov' })]);
    expect(report.corrections).toEqual([]);
  });

  it('should explain and count declared corrections, including the deletion of a stray character', () => {
    const report = run('correction');
    expect(report.unexplained).toEqual([]);
    expect(report.corrections.map((c) => [c.source, c.edition, c.sourceLine])).toEqual([
      ['Smimov', 'Smirnov', 1],
      [']', '', 1],
      ['qui]', "qu'il", 1],
    ]);
  });

  it('should report a correction whose source form is not in the source, or is missing', () => {
    const report = run('correction-fausse');
    const reasons = report.unexplained.map((d) => d.reason);
    expect(reasons.some((r) => r.includes('«Smirnof»'))).toBe(true);
    expect(reasons.some((r) => r.includes('sans attribut source'))).toBe(true);
  });

  it('should report a word-less correction whose form is not in the source at that place', () => {
    const report = align({ text: 'Un mot.\n\n\n\nDeux] mots.\n' }, 'Un :corr[]{source="]"} mot. Deux] mots.\n');
    expect(report.unexplained).toEqual([
      expect.objectContaining({ source: ']', line: 1, reason: expect.stringContaining('forme source') }),
      // the same place, seen by the comparison of signs: « ] » where the print has nothing
      expect.objectContaining({ line: 1, reason: expect.stringContaining('ponctuation changée') }),
    ]);
  });

  it('should ignore the words of :lacune, inline and as a block, and in notes', () => {
    const report = run('lacune');
    expect(report.unexplained).toEqual([]);
    expect(report.detachedCalls).toBe(1);
    expect(report.notesMoved).toBe(0);
  });

  it('should count note calls glued to a word or to a year as detached', () => {
    const report = run('appels-colles');
    expect(report.unexplained).toEqual([]);
    expect(report.detachedCalls).toBe(3);
  });

  it('should accept a note moved from mid-text to the end, with its label and a split ordinal', () => {
    const report = run('note-deplacee');
    expect(report.unexplained).toEqual([]);
    expect(report.notesMoved).toBe(1);
    expect(report.regrouped).toBe(1); // « 1 » « er » → « 1er »
  });

  it('should assemble a note cut in two by a page break', () => {
    const report = run('note-en-deux');
    expect(report.unexplained).toEqual([]);
    expect(report.notesMoved).toBe(1);
  });

  it('should assemble a note whose second piece is a single word next to its first piece', () => {
    const text = 'Début du texte\n5\n. Suite \n 5\n Voir les archives du parti, dossier \n\n12\nET le texte continue ici sans fin.\n';
    const md = 'Début du texte[^5]. Suite et le texte continue ici sans fin.\n\n[^5]: Voir les archives du parti, dossier 12.\n';
    const report = align({ text }, md);
    // « ET » vs « et » is a real (case) difference, reported; the note itself is assembled.
    expect(report.notesMoved).toBe(1);
    expect(report.unexplained).toEqual([expect.objectContaining({ source: 'ET', edition: 'et' })]);
  });

  it('should report words of a note that are not in the source', () => {
    const text = 'Texte\n1\n suite.\n 1\n Une note assez longue pour être trouvée.\n';
    const md = 'Texte[^1] suite.\n\n[^1]: Une note assez longue pour être trouvée, inventée.\n';
    const report = align({ text }, md);
    expect(report.unexplained).toEqual([expect.objectContaining({ edition: 'inventée' })]);
  });

  it('should not count typographic quotes, apostrophes and ellipses as differences', () => {
    const report = run('typographie');
    expect(report.unexplained).toEqual([]);
    expect(report.sourceWords).toBe(report.editionWords);
  });
});
