/** How readers' date queries are read, and which forms a dated passage is found under. */
import { describe, expect, it } from 'vitest';
import { formesDeDate } from '../../src/noyau/index-dossier.ts';
import { replier, requeteDeDate } from '../../src/noyau/recherche.ts';

describe('requeteDeDate', () => {
  it('should read numeric dates as the words the texts use', () => {
    expect(requeteDeDate('27/08/1936')).toBe('27 août 1936');
    expect(requeteDeDate('1936-08-27')).toBe('27 août 1936');
    expect(requeteDeDate('1/8/1936')).toBe('1er août 1936');
    expect(requeteDeDate('1936-08')).toBe('août 1936');
  });
  it('should leave other queries as they are', () => {
    expect(requeteDeDate('août 1936')).toBe('août 1936');
    expect(requeteDeDate('1936')).toBe('1936');
    expect(requeteDeDate('Iejov')).toBe('Iejov');
    expect(requeteDeDate('31/13/1936')).toBe('31/13/1936');
  });
});

describe('formesDeDate', () => {
  it('should give every common form of a full date', () => {
    const { formes, annees } = formesDeDate('1936-08-27');
    expect(formes).toEqual(expect.arrayContaining(['27 août 1936', 'août 1936', '1936', '27/08/1936', '1936-08-27']));
    expect(annees).toEqual(['1936']);
  });
  it('should cover the years of an interval and a decade', () => {
    expect(formesDeDate('1936/1938').annees).toEqual(['1936', '1937', '1938']);
    expect(formesDeDate('1936-08-19/1936-08-24').formes).toContain('19 août 1936');
    expect(formesDeDate('192X').formes).toContain('années 1920');
    expect(formesDeDate('192X').annees).toHaveLength(10);
  });
  it('should write the first of the month as 1er', () => {
    expect(formesDeDate('1936-08-01').formes).toContain('1er août 1936');
  });
});

describe('replier', () => {
  it('should fold accents and case', () => {
    expect(replier('Kaménev')).toBe('kamenev');
    expect(replier('IEJOV')).toBe('iejov');
  });
});
