import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NoteCallError, separateGluedCalls } from '../../scripts/import/lib/glued-calls.ts';
import type { HyphenJoiner } from '../../scripts/import/lib/hyphenation.ts';
import { reflow } from '../../scripts/import/lib/reflow.ts';

const lines = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').split('\n');
const join: HyphenJoiner = () => 'join';

describe('glued note calls', () => {
  it('should separate a call glued to a word and one glued to a year', () => {
    const { texts, calls } = separateGluedCalls(reflow(lines('glued-calls.txt'), join), { total: 5 });
    const [text] = texts;
    expect(text).toContain('les systèmes communistes[^1],les procès');
    expect(text).toContain('l’événement[^2], puis');
    expect(text).toContain('des années 1970[^3]. Le 4 mai 1922');
    expect(text).toContain('l’été 1930[^4]. Il faut');
    expect(calls.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('should never take a date or a count for a call', () => {
    const [text] = separateGluedCalls(reflow(lines('glued-calls.txt'), join)).texts;
    expect(text).toContain('Le 4 mai 1922, la campagne de confiscation bat son plein, avec 5 procès,');
  });

  it('should separate a call printed after a space', () => {
    const [text] = separateGluedCalls(reflow(lines('glued-calls.txt'), join)).texts;
    expect(text).toContain('dix monarchistes [...] [^5]. »');
  });

  it('should give the source line of each call', () => {
    const { calls } = separateGluedCalls(reflow(lines('glued-calls.txt'), join, { firstLine: 10 }));
    expect(calls.map((c) => c.line)).toEqual([11, 12, 12, 14, 14]);
  });

  it('should throw an error naming the line when a call is out of sequence', () => {
    const paragraphs = reflow(lines('calls-out-of-sequence.txt'), join, { firstLine: 200 });
    expect(() => separateGluedCalls(paragraphs, { file: 'essai.txt' })).toThrow(NoteCallError);
    expect(() => separateGluedCalls(paragraphs, { file: 'essai.txt' })).toThrow(/essai\.txt:202: note call 2 expected, found "3"/);
  });

  it('should throw when fewer calls than announced are found', () => {
    const paragraphs = reflow(lines('glued-calls.txt'), join);
    expect(() => separateGluedCalls(paragraphs, { total: 6 })).toThrow(/found 5 of 6; call 6 not found/);
  });
});
