/**
 * The reader's sheet in this browser (`localStorage`), and nowhere else: nothing is sent. When
 * storage is refused (private browsing on some phones), the functions say so by returning `false`.
 */
import type { EntreeDeFeuille } from '../../noyau/feuille.ts';

const CLE = 'proces-de-moscou:feuille';

/** The stored sheet (empty when there is none or it cannot be read). */
export function lireMaFeuille(): EntreeDeFeuille[] {
  try {
    const brut: unknown = JSON.parse(localStorage.getItem(CLE) ?? '[]');
    if (!Array.isArray(brut)) return [];
    return brut.filter((e): e is EntreeDeFeuille => typeof e?.texte === 'string' && typeof e?.passage === 'string')
      .map(({ texte, passage, note }) => (typeof note === 'string' && note ? { texte, passage, note } : { texte, passage }));
  } catch {
    return [];
  }
}

/** Stores the sheet (an empty sheet is removed); `false` when the browser refuses. */
export function ecrireMaFeuille(entrees: readonly EntreeDeFeuille[]): boolean {
  try {
    if (entrees.length === 0) localStorage.removeItem(CLE);
    else localStorage.setItem(CLE, JSON.stringify(entrees));
    return true;
  } catch {
    return false;
  }
}

/** Adds a passage at the end of the sheet: its number of passages, `'deja'` if it was there, `false` if storage is refused. */
export function ajouterAMaFeuille(texte: string, passage: string): number | 'deja' | false {
  const entrees = lireMaFeuille();
  if (entrees.some((e) => e.texte === texte && e.passage === passage)) return 'deja';
  entrees.push({ texte, passage });
  return ecrireMaFeuille(entrees) && entrees.length;
}
