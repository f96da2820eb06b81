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
    expect(requeteDeDate('0/8/1936')).toBe('0/8/1936');
    expect(requeteDeDate('32/08/1936')).toBe('32/08/1936');
    expect(requeteDeDate('1936-00-10')).toBe('1936-00-10');
    expect(requeteDeDate('1936-13')).toBe('1936-13');
    expect(requeteDeDate('1936-00')).toBe('1936-00');
    expect(requeteDeDate('x27/08/1936')).toBe('x27/08/1936');
    // A date inside a longer query is not a date query.
    expect(requeteDeDate('27/08/19367')).toBe('27/08/19367');
    expect(requeteDeDate('x1936-08-27')).toBe('x1936-08-27');
    expect(requeteDeDate('1936-08-270')).toBe('1936-08-270');
    expect(requeteDeDate('x1936-08')).toBe('x1936-08');
    expect(requeteDeDate('1936-080')).toBe('1936-080');
  });
  it('should read the bounds of months and days, and trim the query', () => {
    expect(requeteDeDate(' 31.12.1936 ')).toBe('31 décembre 1936');
    expect(requeteDeDate('1936-01')).toBe('janvier 1936');
    expect(requeteDeDate('1936-12')).toBe('décembre 1936');
    expect(requeteDeDate('1936-01-01')).toBe('1er janvier 1936');
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
  it('should give the ends of a long span only, and every point of a set', () => {
    expect(formesDeDate('1883/1936').annees).toEqual(['1883', '1936']);
    expect(formesDeDate('1926/1936').annees).toEqual(['1926', '1936']);
    expect(formesDeDate('1927/1936').annees).toHaveLength(10);
    const { formes, annees } = formesDeDate('{1937-06-11,1937-06-12}');
    expect(formes).toEqual(expect.arrayContaining(['11 juin 1937', '12 juin 1937', '11/06/1937', '1937-06-12']));
    expect(annees).toEqual(['1937']);
    // A season is a year in words, not a month.
    expect(formesDeDate('1930-22').formes).toEqual(['1930']);
    expect(formesDeDate('1936-08').formes.toSorted()).toEqual(['1936', 'août 1936']);
  });
});

describe('replier', () => {
  it('should fold accents and case', () => {
    expect(replier('Kaménev')).toBe('kamenev');
    expect(replier('IEJOV')).toBe('iejov');
  });
});
