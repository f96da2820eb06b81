/** The fidelity check in plain text (`src/noyau/fidelite/rapport.ts`). */
import { describe, expect, it } from 'vitest';
import { aligner } from '../../src/noyau/fidelite/alignement.ts';
import { ENTETES, formaterEcart, formaterTableau, ligneDuTableau } from '../../src/noyau/fidelite/rapport.ts';
import { parseMarkdown } from '../../src/noyau/markdown.ts';

describe('rapport', () => {
  it('should give one row per text, in the order of the headings', () => {
    const alignement = aligner({ texte: 'Une com-\nplicité de Smimov,\n' }, parseMarkdown('Une complicité de :corr[Smirnov]{source="Smimov"}, grande.\n'));
    expect(ligneDuTableau('lettre', alignement)).toEqual(['lettre', '4', '5', '1', '0', '1', '0', '0', '0', '1']);
    expect(ENTETES).toHaveLength(10);
  });

  it('should align the first column left and the figures right', () => {
    const tableau = formaterTableau([['a', '1', '22', '3', '4', '5', '6', '7', '8', '9'], ['texte-long', '1000', '2', '3', '4', '5', '6', '7', '8', '0']]).split('\n');
    expect(tableau).toHaveLength(4);
    expect(tableau[0]!.startsWith('texte      | mots source |')).toBe(true);
    expect(tableau[1]!.startsWith('-----------|-------------|')).toBe(true);
    expect(tableau[2]!.startsWith('a          |           1 |')).toBe(true);
    expect(tableau[3]!.startsWith('texte-long |        1000 |')).toBe(true);
    expect(new Set(tableau.map((l) => l.length)).size).toBe(1);
  });

  it('should name the text, the source line, both sides, the reason, the text line and the context', () => {
    const ecart = { ligneSource: 12, source: 'Smimov', edition: 'Smirnov', contexte: 'I. [Smimov] I.', ligne: 4, raison: 'mots changés' };
    expect(formaterEcart('content/textes/a.md', 'content/sources/a.txt', ecart)).toBe(
      'content/textes/a.md ← content/sources/a.txt:12: source «Smimov» / édition «Smirnov» — mots changés (texte l. 4); contexte : I. [Smimov] I.',
    );
    expect(formaterEcart('t.md', 's.txt', { ligneSource: 0, source: '', edition: 'x', contexte: '', raison: 'r' })).toBe('t.md ← s.txt: source «» / édition «x» — r; contexte : ');
  });
});
