/**
 * How a source word and an edition word compare, which differences the rules explain, and how the
 * source words of an écart are shown. Shared by the location of the notes and the alignment of the
 * body.
 */
import type { MotRejoint } from '../modele.ts';
import type { JetonEdition } from './edition.ts';
import type { JetonSource } from './mots.ts';

/** `egal`; `rejoint`: a word split at a line end, written whole; `garde`: its hyphen kept. */
export type Correspondance = 'egal' | 'rejoint' | 'garde';

/** How an edition word matches a source word, or `null`. */
export function correspondance(s: JetonSource, e: JetonEdition): Correspondance | null {
  if (s.morceaux) {
    if (e.texte === s.texte) return 'rejoint';
    if (e.texte === s.morceaux.join('-')) return 'garde';
    return null;
  }
  return s.texte === e.texte ? 'egal' : null;
}

/** Letters and digits only, for the "same letters once concatenated" rule. */
export const lettres = (texte: string) => texte.replace(/-/g, '');

/** What the rules explained, counted as the alignment goes. */
export interface Bilan {
  motsRejoints: MotRejoint[];
  traitsDUnionGardes: number;
  appelsDetaches: number;
  motsRegroupes: number;
}

export function nouveauBilan(): Bilan {
  return { motsRejoints: [], traitsDUnionGardes: 0, appelsDetaches: 0, motsRegroupes: 0 };
}

/** Count a matched pair of words. */
export function compter(bilan: Bilan, s: JetonSource, e: JetonEdition, comment: Correspondance): void {
  if (comment === 'rejoint') bilan.motsRejoints.push({ source: s.morceaux!.join('-'), edition: e.texte, ligne: s.ligne });
  else if (comment === 'garde') bilan.traitsDUnionGardes++;
}

/**
 * Explain a changed hunk: removed source words `R`, added edition words `A`. Succeeds when both can
 * be cut into consecutive groups that spell the same letters (hyphens aside). Groups whose edition
 * side holds a note call are detached calls (`communistes1` → `communistes` + call `1`); the others
 * are regroupings (`1` `er` → `1er`).
 */
export function expliquer(R: readonly JetonSource[], A: readonly JetonEdition[]): { appels: number; regroupes: number } | null {
  if (R.length === 0 || A.length === 0) return null;
  let i = 0;
  let j = 0;
  let appels = 0;
  let regroupes = 0;
  while (i < R.length && j < A.length) {
    const debutR = i;
    const debutA = j;
    let r = lettres(R[i++]!.texte);
    let a = lettres(A[j]!.texte);
    let appelsDuGroupe = A[j++]!.genre === 'appel' ? 1 : 0;
    while (r !== a) {
      if (r.length < a.length && a.startsWith(r) && i < R.length) r += lettres(R[i++]!.texte);
      else if (a.length < r.length && r.startsWith(a) && j < A.length) {
        if (A[j]!.genre === 'appel') appelsDuGroupe++;
        a += lettres(A[j++]!.texte);
      } else return null;
    }
    const seul = appelsDuGroupe === 0 && i - debutR === 1 && j - debutA === 1;
    if (appelsDuGroupe > 0) appels += appelsDuGroupe;
    else if (!(seul && correspondance(R[i - 1]!, A[j - 1]!))) {
      // Only a join the source itself suggests (a hyphen between the words, an ordinal suffix) is
      // a regrouping; splitting a word or gluing two words is a correction and must be declared.
      const jonction = j - debutA === 1 && i - debutR > 1 && R.slice(debutR + 1, i).every((t) => t.joignable);
      if (!jonction) return null;
      regroupes++;
    }
  }
  return i === R.length && j === A.length ? { appels, regroupes } : null;
}

/** Add an explained hunk to the counts. */
export function compterExplication(bilan: Bilan, explication: { appels: number; regroupes: number }): void {
  bilan.appelsDetaches += explication.appels;
  bilan.motsRegroupes += explication.regroupes;
}

const MONTRES = 14;

/** A list of words, shortened in the middle when long. */
export function montrer(liste: readonly string[]): string {
  return liste.length > MONTRES
    ? `${liste.slice(0, MONTRES / 2).join(' ')} … ${liste.slice(-MONTRES / 2).join(' ')} (${liste.length} mots)`
    : liste.join(' ');
}

/** A source word as printed, its line-end break shown as `-|` (`com-|plicité`). */
export function formeSource(s: JetonSource): string {
  return s.morceaux ? s.morceaux.join('-|') : s.texte;
}

/** Five source words on each side of `[from, to)`, the words in between in brackets. */
export function contexteAutour(tous: readonly JetonSource[], de: number, a: number): string {
  const avant = tous.slice(Math.max(0, de - 5), de).map(formeSource).join(' ');
  const dedans = montrer(tous.slice(de, a).map(formeSource));
  const apres = tous.slice(a, a + 5).map(formeSource).join(' ');
  return `${avant} [${dedans}] ${apres}`.trim();
}
