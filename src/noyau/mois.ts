/**
 * Months and dates in French words, for the pages, the index and the search page's script (which
 * bundles this file: keep it free of imports and small).
 */

/** The months in French, January first. */
export const nomsDesMois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A day, a month (1–12) and a year, each optional. */
export interface PointEnLettres {
  jour?: number | undefined;
  mois?: number | undefined;
  annee?: number | string | undefined;
}

/**
 * The parts of a date that are given, in French words: « 1er août 1936 », « août 1936 », « 1936 »;
 * also « 19 » or « août » alone, for the first end of a range (« 19–24 août 1936 »). The caller
 * checks the ranges: a month outside 1–12 is left out.
 */
export function enLettres({ jour, mois, annee }: PointEnLettres): string {
  const mots: string[] = [];
  if (jour !== undefined) mots.push(jour === 1 ? '1er' : String(jour));
  if (mois !== undefined && nomsDesMois[mois - 1]) mots.push(nomsDesMois[mois - 1]!);
  if (annee !== undefined) mots.push(String(annee));
  return mots.join(' ');
}
