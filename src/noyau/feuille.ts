/**
 * A reader's sheet (« Ma feuille », /feuille/): passages chosen across the dossier, in the reader's
 * order, each with an optional personal note. Its URL carries the references by hand-writable ids,
 * `?p=lettre-boukharine/p12,article-furr/note-3`, and the notes only when the reader asks:
 * `&n=2:texte` (the note under the 2nd passage). Pure functions: the page and the share menu use them.
 */

/** One passage of a sheet: the text's slug, the passage's (or note's) id, the reader's note. */
export interface EntreeDeFeuille {
  texte: string;
  passage: string;
  note?: string;
}

/** What a sheet URL holds: its entries, and the references it could not read (shown to the reader). */
export interface FeuilleLue {
  entrees: EntreeDeFeuille[];
  illisibles: string[];
}

const REFERENCE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The sheet in a URL's query (`?p=…&n=…`); a passage named twice is kept once, where it first stands. */
export function lireFeuille(recherche: string | URLSearchParams): FeuilleLue {
  const parametres = typeof recherche === 'string' ? new URLSearchParams(recherche) : recherche;
  const entrees: EntreeDeFeuille[] = [];
  const illisibles: string[] = [];
  const vues = new Set<string>();
  for (const brut of (parametres.get('p') ?? '').split(',')) {
    const ref = brut.trim();
    if (!ref) continue;
    const trouve = REFERENCE.exec(ref);
    if (!trouve) { illisibles.push(ref); continue; }
    if (vues.has(ref)) continue;
    vues.add(ref);
    entrees.push({ texte: trouve[1]!, passage: trouve[2]! });
  }
  for (const n of parametres.getAll('n')) {
    const separateur = n.indexOf(':');
    const rang = Number(n.slice(0, separateur));
    const entree = Number.isInteger(rang) ? entrees[rang - 1] : undefined;
    const note = n.slice(separateur + 1).trim();
    if (entree && note) entree.note = note;
  }
  return { entrees, illisibles };
}

/** The query of a sheet's URL (without `?`), the notes included only when asked; commas and slashes left as written. */
export function ecrireFeuille(entrees: readonly EntreeDeFeuille[], avecNotes = false): string {
  if (entrees.length === 0) return '';
  const p = `p=${entrees.map((e) => `${e.texte}/${e.passage}`).join(',')}`;
  if (!avecNotes) return p;
  const notes = entrees.flatMap((e, i) => (e.note?.trim() ? [`n=${i + 1}:${encodeURIComponent(e.note.trim())}`] : []));
  return [p, ...notes].join('&');
}

/** A passage as `passages.json` gives it (id, number, older ids). */
export interface PassagePublie {
  id: string;
  numero: number | string;
  alias: string[];
  texte: string;
}

/** The passage an id designates, its older ids (after a merge) included. */
export function trouverPassage<P extends Pick<PassagePublie, 'id' | 'alias'>>(passages: readonly P[], id: string): P | undefined {
  return passages.find((p) => p.id === id) ?? passages.find((p) => p.alias.includes(id));
}
