/**
 * Search, on the reader's side (src/navigateur/recherche.ts, src/navigateur/surligner.ts) and the record
 * type shared with the index builder (src/noyau/index-dossier.ts → scripts/indexer.ts). Kept free
 * of heavy imports: it is bundled into the search page's script.
 */
import { enLettres } from './mois.ts';

/** One passage as Pagefind indexes it (a custom record). */
export interface PassageIndexe {
  /** URL of the passage, from the site's root, without the base path (Pagefind adds it): `/textes/lettre-boukharine/#p14`. */
  url: string;
  /** The passage's own words. */
  contenu: string;
  /** Title of the result: « Lettre de Boukharine… — § 14 ». */
  titre: string;
  /** Title of the text, also a filter. */
  texte: string;
  /** `§ 14` or `note 7`. */
  numero: string;
  /** Sort key: text order then passage order. */
  ordre: string;
  /** Persons mentioned: their names (filter) and every registered spelling (searched). */
  personnes: { nom: string; formes: string[] }[];
  /** Events mentioned: their names (filter) and every usual name (searched). */
  evenements: { nom: string; formes: string[] }[];
  /** Dates of the passage: ISO value and the common written forms (searched), years (filter). */
  dates: { iso: string; formes: string[]; annees: string[] }[];
}

/**
 * A reader's query that is a date in numeric form (« 27/08/1936 », « 1936-08-27 ») is searched in
 * words (« 27 août 1936 »), the form the texts use; any other query is left as it is.
 */
export function requeteDeDate(requete: string): string {
  const q = requete.trim();
  let m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(q);
  if (m) return enMots(m[3]!, m[2]!, m[1]!) ?? q;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(q);
  if (m) return enMots(m[1]!, m[2]!, m[3]!) ?? q;
  m = /^(\d{4})-(\d{2})$/.exec(q);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return enLettres({ annee: m[1], mois: Number(m[2]) });
  return q;
}

function enMots(annee: string, m: string, j: string): string | undefined {
  const mois = Number(m);
  const jour = Number(j);
  if (mois < 1 || mois > 12 || jour < 1 || jour > 31) return undefined;
  return enLettres({ annee, mois, jour });
}

/** Lower case without accents, for comparing a query with names. */
export function replier(texte: string): string {
  return texte.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
