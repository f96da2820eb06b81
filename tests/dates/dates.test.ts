/**
 * The recognition of dates (src/noyau/dates.ts) on the table of cases drawn from the texts
 * (tests/dates/cas.ts), and the operations on EDTF values the pages use.
 */
import { describe, expect, it } from 'vitest';
import {
  annee, anneesCouvertes, bornes, dateEnLettres, estValeurDeDate, lireDate, trouverDates, trouverSansAnnee, valeurHtml,
} from '../../src/noyau/dates.ts';
import { cas, type Forme } from './cas.ts';

describe('the table of cases', () => {
  it('should hold at least 60 cases, each naming words found once in its extract', () => {
    expect(cas.length).toBeGreaterThanOrEqual(60);
    for (const c of cas) expect(c.extrait.split(c.mots).length - 1, `${c.mots} in « ${c.extrait} »`).toBe(1);
  });

  it('should cover every form of date and every kind of look-alike', () => {
    const formes: Forme[] = [
      'jour', 'jour-1er', 'mois', 'saison', 'annee', 'intervalle-jours', 'intervalle-mois', 'intervalle-annees',
      'approximatif', 'decennie', 'vie', 'liste', 'citation', 'deux-chiffres', 'numerique',
      'page', 'reference', 'compte', 'somme', 'pourcentage', 'ordinal', 'heure', 'fraction', 'sans-annee',
    ];
    expect(new Set(cas.map((c) => c.forme))).toEqual(new Set(formes));
    expect(new Set(cas.map((c) => c.source))).toEqual(new Set(['introduction', 'werth', 'furr', 'lettre', 'synthetique']));
  });
});

describe('trouverDates', () => {
  for (const c of cas) {
    const debut = c.extrait.indexOf(c.mots);
    const fin = debut + c.mots.length;
    if (c.iso) {
      it(`should read « ${c.mots} » as ${c.iso} (${c.source}, ${c.forme})`, () => {
        const trouvees = trouverDates(c.extrait);
        expect(trouvees.find((d) => d.debut === debut && d.texte === c.mots), JSON.stringify(trouvees)).toMatchObject({ iso: c.iso });
      });
    } else {
      it(`should leave « ${c.mots} » unmarked (${c.source}, ${c.forme})`, () => {
        const chevauchent = trouverDates(c.extrait).filter((d) => d.debut < fin && d.debut + d.texte.length > debut);
        expect(chevauchent).toEqual([]);
      });
    }
  }

  it('should never put a two-digit year in the wrong century', () => {
    expect(trouverDates('(Zhukov, KP le 13 novembre 02; Pravda, 5.3.37; les années 1932-33)').map((d) => d.iso))
      .toEqual(['2002-11-13', '1937-03-05', '1932/1933']);
  });

  it('should not read « a été » followed by a year as a summer', () => {
    expect(trouverDates('On sait ce qu’a été 1937 pour le Parti.').map((d) => d.iso)).toEqual(['1937']);
  });

  it('should refuse impossible dates and backward ranges', () => {
    expect(trouverDates('le 31 février 1937, 1936-12, de 1938 à 1936')).toEqual([]);
  });

  it('should read dates across line breaks and no-break spaces', () => {
    expect(trouverDates('se tint du 19 au 24 août\n1936 et le 27\u00A0août\u202F1936').map((d) => d.iso))
      .toEqual(['1936-08-19/1936-08-24', '1936-08-27']);
  });

  it('should read the last day of a month, and refuse ranges and lists with an impossible day', () => {
    expect(trouverDates('le 31 août 1936, le 29 février 1936')).toEqual([
      { iso: '1936-08-31', texte: '31 août 1936', debut: 3 },
      { iso: '1936-02-29', texte: '29 février 1936', debut: 20 },
    ]);
    expect(trouverDates('du 30 février au 2 mars 1937, les 28 et 30 février 1937, le 29 février 1937')).toEqual([]);
  });

  it('should read a range whose two ends are the same as that one value', () => {
    expect(trouverDates('entre 1936 et 1936, du 19 au 19 août 1936').map((d) => d.iso)).toEqual(['1936', '1936-08-19']);
  });

  it('should read « années » followed by two decades as decades, and other ranges as years', () => {
    expect(trouverDates('les années 1920-1930, les années 1930-1935, les années 1935-1940, les années 1930-1930').map((d) => d.iso))
      .toEqual(['192X/193X', '1930/1935', '1935/1940', '193X']);
    // Written short, the second decade is a decade too; two years stay years.
    expect(trouverDates('les années 1930-40 ; les années 1936-38').map((d) => d.iso)).toEqual(['193X/194X', '1936/1938']);
  });

  it('should list the days and months without a year, for the editors', () => {
    expect(trouverSansAnnee('le 10 mars, du 1er au 4 juin, les 11 et 12 juin 1937')).toEqual(['10 mars', '1er au 4 juin']);
  });
});

describe('annee', () => {
  it('should put two-digit years from 30 in the last century, below 30 in this one', () => {
    expect([annee('30'), annee('99'), annee('29'), annee('02'), annee('1936')]).toEqual([1930, 1999, 2029, 2002, 1936]);
    expect(trouverDates('Pravda, 5.3.30; KP, 5.3.29.').map((d) => d.iso)).toEqual(['1930-03-05', '2029-03-05']);
  });
});

describe('lireDate', () => {
  it('should read only words that a form matches whole', () => {
    expect(lireDate('le 27 août 1936', 3, 12)).toEqual({ genre: 'date', iso: '1936-08-27' });
    expect(lireDate('le 27 août 1936', 3, 4)).toEqual({ genre: 'non-date' });
  });
});

describe('EDTF values', () => {
  it('should accept the values the edition writes and refuse others', () => {
    for (const iso of ['1936', '1936-08', '1936-08-27', '1930-22', '192X', '1936/1938', '1936-08-19/1936-08-24', '{1937-06-11,1937-06-12}']) {
      expect(estValeurDeDate(iso), iso).toBe(true);
    }
    for (const iso of ['', '36', '1936-13', '1937-02-30', '1930-25', '1938/1936', '27 août 1936', '1936-8-27']) {
      expect(estValeurDeDate(iso), iso).toBe(false);
    }
  });

  it('should accept the twelve months and the four seasons, and no other two digits', () => {
    const mois = ['00', '01', '12', '13', '20', '21', '24', '25'].map((mm) => [mm, estValeurDeDate(`1936-${mm}`)]);
    expect(mois).toEqual([['00', false], ['01', true], ['12', true], ['13', false], ['20', false], ['21', true], ['24', true], ['25', false]]);
  });

  it('should accept a day only within its month', () => {
    const jours = ['1936-00-10', '1936-13-01', '1936-21-01', '1936-08-00', '1936-08-31', '1936-09-31', '1936-02-29', '1937-02-29'].map((iso) => [iso, estValeurDeDate(iso)]);
    expect(jours).toEqual([
      ['1936-00-10', false], ['1936-13-01', false], ['1936-21-01', false], ['1936-08-00', false],
      ['1936-08-31', true], ['1936-09-31', false], ['1936-02-29', true], ['1937-02-29', false],
    ]);
  });

  it('should want every member of a set and both ends of an interval valid, the interval going forward', () => {
    expect(estValeurDeDate('{1937-06-11,1937-02-30}')).toBe(false);
    expect(estValeurDeDate('{1937-02-30,1937-06-11}')).toBe(false);
    expect(estValeurDeDate('1936/1937-13')).toBe(false);
    expect(estValeurDeDate('1936-13/1937')).toBe(false);
    expect(estValeurDeDate('1936/1936-01')).toBe(false);
    expect(estValeurDeDate('1936/1936-02')).toBe(true);
    expect(estValeurDeDate('1936/1937/1938')).toBe(false);
  });

  it('should give HTML a year, a month or a day, or nothing when none holds the value', () => {
    expect(valeurHtml('1936-08-27')).toBe('1936-08-27');
    expect(valeurHtml('1936-08')).toBe('1936-08');
    expect(valeurHtml('1936')).toBe('1936');
    expect(valeurHtml('1930-22')).toBe('1930');
    expect(valeurHtml('1936-08-19/1936-08-24')).toBe('1936-08');
    expect(valeurHtml('1937-02/1937-03')).toBe('1937');
    expect(valeurHtml('{1937-06-11,1937-06-12}')).toBe('1937-06');
    expect(valeurHtml('1936/1938')).toBeUndefined();
    expect(valeurHtml('192X')).toBeUndefined();
  });

  it('should give the first and last days of a value', () => {
    expect(bornes('1936')).toEqual({ debut: '1936-01-01', fin: '1936-12-31' });
    expect(bornes('1936-02')).toEqual({ debut: '1936-02-01', fin: '1936-02-29' });
    expect(bornes('1930-22')).toEqual({ debut: '1930-06-01', fin: '1930-08-31' });
    expect(bornes('192X')).toEqual({ debut: '1920-01-01', fin: '1929-12-31' });
    expect(bornes('1936-08-19/1936-08-24')).toEqual({ debut: '1936-08-19', fin: '1936-08-24' });
    expect(anneesCouvertes('1936/1938')).toEqual([1936, 1937, 1938]);
  });

  it('should give the seasons by their months, winter as the whole year', () => {
    expect(bornes('1937-21')).toEqual({ debut: '1937-03-01', fin: '1937-05-31' });
    expect(bornes('1937-23')).toEqual({ debut: '1937-09-01', fin: '1937-11-30' });
    expect(bornes('1937-24')).toEqual({ debut: '1937-01-01', fin: '1937-12-31' });
  });

  it('should give the first and last days of a set, whatever the order of its members', () => {
    expect(bornes('{1937-06-13,1937-06-11,1937-06-12}')).toEqual({ debut: '1937-06-11', fin: '1937-06-13' });
    expect(bornes('{1937-06-12,1937-06-14,1937-06-13}')).toEqual({ debut: '1937-06-12', fin: '1937-06-14' });
    expect(anneesCouvertes('{1938-01-05,1936-06-11}')).toEqual([1936, 1937, 1938]);
  });

  it('should stop on a value it cannot read, naming it', () => {
    expect(() => bornes('été 1930')).toThrow('valeur de date `été 1930` invalide : une valeur EDTF comme 1936-08-27, 1936-08, 1936, 1930-22, 192X ou 1936/1938 est attendue');
  });

  it('should write values in French', () => {
    expect(dateEnLettres('1936-08-01')).toBe('1er août 1936');
    expect(dateEnLettres('1936-08')).toBe('août 1936');
    expect(dateEnLettres('1930-22')).toBe('été 1930');
    expect(dateEnLettres('192X')).toBe('années 1920');
    expect(dateEnLettres('1936-08-19/1936-08-24')).toBe('19–24 août 1936');
    expect(dateEnLettres('1937-02/1937-03')).toBe('février–mars 1937');
    expect(dateEnLettres('1936-21/1936-23')).toBe('printemps–automne 1936');
    expect(dateEnLettres('1936/1938')).toBe('1936–1938');
    expect(dateEnLettres('1938-12/1939-01')).toBe('décembre 1938 – janvier 1939');
    expect(dateEnLettres('{1937-06-11,1937-06-12}')).toBe('11 et 12 juin 1937');
  });

  it('should write sets in French: the month once when all days share it, every date in full otherwise', () => {
    expect(dateEnLettres('{1937-06-11,1937-06-12,1937-06-13}')).toBe('11, 12 et 13 juin 1937');
    expect(dateEnLettres('{1937-06-11,1937-07-02}')).toBe('11 juin 1937 et 2 juillet 1937');
    expect(dateEnLettres('{1937-06-11,1937-07-02,1938-01-05}')).toBe('11 juin 1937, 2 juillet 1937 et 5 janvier 1938');
    expect(dateEnLettres('{1937-06,1937-06-12}')).toBe('juin 1937 et 12 juin 1937');
  });

  it('should write intervals over two months, or between a month, a day and a year, with both ends in full', () => {
    expect(dateEnLettres('1936-08-30/1936-09-02')).toBe('30 août 1936 – 2 septembre 1936');
    expect(dateEnLettres('1936-08/1936-08-24')).toBe('août 1936 – 24 août 1936');
    expect(dateEnLettres('1936-08-24/1936-09')).toBe('24 août 1936 – septembre 1936');
    expect(dateEnLettres('1936/1937-03')).toBe('1936 – mars 1937');
    expect(dateEnLettres('1936-08/1937')).toBe('août 1936 – 1937');
  });

  it('should leave words that are not a value as they are', () => {
    expect(dateEnLettres('vers 1936')).toBe('vers 1936');
  });
});
