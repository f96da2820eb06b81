/** The fidelity check in plain text (`src/noyau/fidelite/rapport.ts`). */
import { describe, expect, it } from 'vitest';
import { aligner } from '../../src/noyau/fidelite/alignement.ts';
import { ENTETES, formaterTableau, ligneDuTableau, raisonDeLEcart } from '../../src/noyau/fidelite/rapport.ts';
import { parseMarkdown } from '../../src/noyau/markdown.ts';

describe('rapport', () => {
  it('should give one row per text, in the order of the headings', () => {
    const alignement = aligner({ texte: 'Une com-\nplicité de Smimov,\n' }, parseMarkdown('Une complicité de :corr[Smirnov]{source="Smimov"}, grande.\n'));
    const { fidelite, lignesSource } = alignement;
    expect(ligneDuTableau('lettre', fidelite, lignesSource.length)).toEqual(['lettre', '4', '5', '1', '0', '1', '0', '0', '0', '3', '—', '0', '1']);
    expect(ENTETES).toHaveLength(13);
  });

  it('should align the first column left and the figures right', () => {
    const tableau = formaterTableau([['a', '1', '22', '3', '4', '5', '6', '7', '8', '10', '—', '0', '9'], ['texte-long', '1000', '2', '3', '4', '5', '6', '7', '8', '1200', '40', '3', '0']]).split('\n');
    expect(tableau).toHaveLength(4);
    expect(tableau[0]!.startsWith('texte      | mots source |')).toBe(true);
    expect(tableau[1]!.startsWith('-----------|-------------|')).toBe(true);
    expect(tableau[2]!.startsWith('a          |           1 |')).toBe(true);
    expect(tableau[3]!.startsWith('texte-long |        1000 |')).toBe(true);
    expect(new Set(tableau.map((l) => l.length)).size).toBe(1);
    // A short row adds nothing to the columns it lacks: they are as wide as their headings.
    expect(formaterTableau([['a']]).split('\n').slice(0, 3)).toEqual([ENTETES.join(' | '), ENTETES.map((e) => '-'.repeat(e.length)).join('-|-'), 'a    ']);
  });

  it('should name the source file and line, both sides, the reason and the context, in French', () => {
    const ecart = { ligneSource: 12, source: 'Smimov', edition: 'Smirnov', contexte: 'I. [Smimov] I.', ligne: 4, raison: 'mots changés' };
    expect(raisonDeLEcart('content/sources/a.txt', ecart)).toBe(
      'différence avec content/sources/a.txt:12 : source « Smimov », édition « Smirnov » — mots changés ; contexte : I. [Smimov] I.',
    );
    // No source line known: the file alone.
    expect(raisonDeLEcart('s.txt', { ligneSource: 0, source: '', edition: 'x', contexte: '', raison: 'r' })).toBe('différence avec s.txt : source «  », édition « x » — r ; contexte : ');
  });
});
