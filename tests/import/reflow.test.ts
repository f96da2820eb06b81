import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HyphenJoiner } from '../../scripts/import/lib/hyphenation.ts';
import { blankLinesAreNoise, glue, lineAt, reflow } from '../../scripts/import/lib/reflow.ts';

const lines = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').split('\n');
/** A stand-in joiner: joins everything except "-vous". */
const join: HyphenJoiner = (_left, right) => (right.startsWith('vous') ? 'keep' : 'join');

describe('reflow', () => {
  it('should mend a page break inside a sentence', () => {
    const paragraphs = reflow(lines('page-break.txt'), join);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.text).toBe(
      'Quelques jours plus tard, Staline écrit à Menjinski, le chef de l’OGPU, qu’il serait excellent d’organiser un ou deux procès des popes, afin de disposer d’un matériau officiel à exploiter en Angleterre et en Europe. Au fil de la plume, l’idée du procès exemplaire est toujours présente dans sa correspondance avec ses proches.',
    );
    expect(paragraphs[1]!.text).toBe('Ces consignes d’ordre stratégique se doublent d’un constant ajustement tactique.');
  });

  it('should keep the source line numbers of each paragraph', () => {
    const paragraphs = reflow(lines('page-break.txt'), join, { firstLine: 100 });
    expect(paragraphs.map((p) => [p.line, p.lastLine])).toEqual([
      [100, 108],
      [110, 110],
    ]);
    const p = paragraphs[0]!;
    expect(lineAt(p, p.text.indexOf('popes'))).toBe(103);
  });

  it('should open a paragraph at an indented line but not at a stray space before lowercase text', () => {
    const paragraphs = reflow([' Première phrase du texte.', ' Seconde phrase,', ' suite de la seconde.'], join);
    expect(paragraphs.map((p) => p.text)).toEqual(['Première phrase du texte.', 'Seconde phrase, suite de la seconde.']);
  });

  it('should end paragraphs at short lines ending a sentence when blank lines are noise', () => {
    const raw = [
      'Une ligne pleine du texte de la lettre qui continue encore et encore',
      '',
      'et qui se termine ici, sur une ligne courte.',
      '',
      'Une autre ligne pleine du texte de la lettre qui continue encore et',
      '',
      'encore jusqu’au bout de cette ligne-ci, elle aussi pleine, avant de',
      '',
      'finir.',
      '',
    ];
    expect(blankLinesAreNoise(raw)).toBe(true);
    expect(reflow(raw, join).map((p) => p.text.slice(0, 20))).toEqual(['Une ligne pleine du ', 'Une autre ligne plei']);
  });

  it('should join a hyphenated line end as the joiner decides', () => {
    expect(glue('la com-', 'plicité de', join)).toBe('la complicité de');
    expect(glue('Avez-', 'vous construit', join)).toBe('Avez-vous construit');
    expect(glue('(c.-', 'à-d. pas', join)).toBe('(c.-à-d. pas');
    expect(glue('trotskyste -', 'zinoviéviste', join)).toBe('trotskyste - zinoviéviste');
  });
});
