/** A downloadable file's size in French (src/noyau/taille.ts). */
import { describe, expect, it } from 'vitest';
import { tailleEnFrancais } from '../../src/noyau/taille.ts';

describe('tailleEnFrancais', () => {
  it('should give sizes under a megabyte in whole kilobytes, at least one', () => {
    expect(tailleEnFrancais(0)).toBe('1\u202FKo');
    expect(tailleEnFrancais(300)).toBe('1\u202FKo');
    expect(tailleEnFrancais(1536)).toBe('2\u202FKo');
    expect(tailleEnFrancais(412 * 1024)).toBe('412\u202FKo');
    expect(tailleEnFrancais(1024 * 1024 - 1)).toBe('1024\u202FKo');
  });

  it('should give sizes from a megabyte on in megabytes, one decimal at most, with a French comma', () => {
    expect(tailleEnFrancais(1024 * 1024)).toBe('1\u202FMo');
    expect(tailleEnFrancais(1.25 * 1024 * 1024)).toBe('1,3\u202FMo');
    expect(tailleEnFrancais(12_345_678)).toBe('11,8\u202FMo');
    expect(tailleEnFrancais(1234.5 * 1024 * 1024)).toBe('1\u202F234,5\u202FMo');
  });
});
