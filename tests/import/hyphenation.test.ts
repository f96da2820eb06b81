import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHyphenJoiner, type ExplainingHyphenJoiner } from '../../scripts/import/lib/hyphenation.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('line-end hyphens', () => {
  let join: ExplainingHyphenJoiner;
  beforeAll(async () => {
    join = await createHyphenJoiner(fixture('hyphen-corpus.txt'));
    // Loading the French dictionary takes seconds, many more on a loaded two-core machine.
  }, 120_000);

  it('should rejoin a word split at a line end', () => {
    expect(join('com-', 'plicité')).toBe('join');
    expect(join('la com-', 'mission').valueOf()).toBe('join');
    expect(join('l’intro-', 'duction,')).toBe('join');
    expect(join('lettre,ra-', 'rement')).toBe('join');
  });

  it('should rejoin a split name the dictionary does not know', () => {
    expect(join('Boukha-', 'rine')).toBe('join');
  });

  it('should keep a real hyphen', () => {
    expect(join('Eux-', 'mêmes')).toBe('keep');
    expect(join('trotskyste-', 'zinoviéviste')).toBe('keep');
    expect(join('peut-', 'être')).toBe('keep');
  });

  it('should keep the hyphen of a compound of names', () => {
    expect(join('Grande-', 'Bretagne')).toBe('keep');
    expect(join.explain('Léniniste-', 'Staliniène').reason).toBe('capitalised-compound');
  });

  it('should keep the hyphen of verb–pronoun forms', () => {
    expect(join('Avez-', 'vous')).toBe('keep');
    expect(join('dit-', 'il.')).toBe('keep');
    expect(join('Pensez-', 'vous')).toBe('keep');
    expect(join('a-t-', 'elle')).toBe('keep');
    expect(join('celui-', 'ci')).toBe('keep');
  });

  it('should use the corpus when it prints the word whole elsewhere', () => {
    expect(join.explain('Eux-', 'mêmes').reason).toBe('corpus-hyphenated');
    expect(join.explain('com-', 'plicité').reason).toBe('corpus-joined');
  });

  it('should not treat a dash or a number range as a split word', () => {
    expect(join.explain('1936-', '1938').reason).toBe('not-a-split');
  });
});
