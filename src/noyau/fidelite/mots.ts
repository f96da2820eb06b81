/**
 * The words of the fidelity check. Both sides are reduced to streams of words (runs of letters or
 * digits with internal hyphens); the signs printed between two words (punctuation, quotes,
 * apostrophes, brackets, spaces left out) travel with the word that follows them, for the
 * comparison of signs (`ponctuation.ts`), and a source word that begins one of the source's
 * paragraphs says so, for the comparison of paragraphs (`paragraphes.ts`).
 */
import { debutDAlinea, type MarqueAlinea } from './paragraphes.ts';

/** An inclusive, 1-based range of source lines. */
export type Plage = readonly [number, number];

/** A word of the source. */
export interface JetonSource {
  /** The word as it reads once a line-end hyphen break is removed (`complicité`). */
  texte: string;
  /** 1-based line of the source file where the word starts. */
  ligne: number;
  /** Present when the PDF split the word at a line end with a hyphen: `["com", "plicité"]`. */
  morceaux?: string[];
  /**
   * The edition may glue this word to the previous one without a declared correction: a hyphen
   * stands between them (`67- 82`, `trotskyste -` / `zinoviéviste`), or it is an ordinal suffix
   * printed apart from its number (`1` / `er`).
   */
  joignable?: boolean;
  /** The signs printed between the previous word and this one, spaces left out. */
  avant?: string;
  /** The first word of one of the source's paragraphs, as the source marks them (`paragraphes.ts`). */
  alinea?: boolean;
}

/** A word: letters or digits, with internal hyphens. */
export const MOT = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** A source word, possibly split by line-end hyphens (`-` + spaces + newline(s) + spaces). */
const MOT_SOURCE = /[\p{L}\p{N}]+(?:(?:-[^\S\n]*(?:\n\s*)+|-)[\p{L}\p{N}]+)*/gu;
const COUPURE = /-[^\S\n]*(?:\n\s*)+/u;
const SUFFIXE_ORDINAL = /^(?:er|ère|re|e|ème|es|nd|nde)$/u;

/** The words of a string. */
export function mots(texte: string): string[] {
  return (texte.normalize('NFC').match(MOT) ?? []).slice();
}

/** The signs of a stretch of text: everything but spaces (punctuation, quotes, brackets…). */
export function signes(texte: string): string {
  return texte.replace(/\s+/gu, '');
}

/**
 * The words of the source lines in `plages` (all lines when omitted or empty), each with its line.
 * A word split at a line end by a hyphen is one word carrying its `morceaux`. With `alineas` (how
 * the source marks its paragraphs), the first word of each paragraph is marked.
 */
export function motsDeLaSource(texte: string, plages?: readonly Plage[], alineas?: MarqueAlinea): JetonSource[] {
  const lignes = texte.normalize('NFC').split(/\r?\n/);
  const etendues = plages && plages.length > 0 ? plages : [[1, lignes.length] as const];
  const jetons: JetonSource[] = [];
  // The signs after the last word of a range, which the first word of the next range follows.
  let reste = '';
  for (const [debut, fin] of etendues) {
    const premiere = Math.max(1, debut);
    const derniere = Math.min(lignes.length, fin);
    if (derniere < premiere) continue;
    const morceau = lignes.slice(premiere - 1, derniere);
    const debuts: number[] = [];
    let decalage = 0;
    for (const l of morceau) {
      debuts.push(decalage);
      decalage += l.length + 1;
    }
    const joint = morceau.join('\n');
    // Only within one range: a hyphen closing one range never joins the first word of the next.
    let finPrecedent = -1;
    for (const m of joint.matchAll(MOT_SOURCE)) {
      const ligne = premiere + dernierIndiceAuPlus(debuts, m.index);
      const brut = m[0];
      const precedent = finPrecedent >= 0 ? jetons.at(-1) : undefined;
      const entre = finPrecedent >= 0 ? joint.slice(finPrecedent, m.index) : reste + joint.slice(0, m.index);
      const joignable =
        precedent !== undefined && (entre.includes('-') || (/^\d+$/.test(precedent.texte) && /^\s*$/.test(entre) && SUFFIXE_ORDINAL.test(brut)));
      finPrecedent = m.index + brut.length;
      const jeton: JetonSource = { texte: brut, ligne };
      if (COUPURE.test(brut)) {
        jeton.morceaux = brut.split(new RegExp(COUPURE.source, 'u'));
        jeton.texte = jeton.morceaux.join('');
      }
      if (joignable) jeton.joignable = true;
      jeton.avant = signes(entre);
      if (alineas && debutDAlinea(morceau, debuts, m.index, ligne - premiere, alineas)) jeton.alinea = true;
      jetons.push(jeton);
    }
    reste = finPrecedent >= 0 ? joint.slice(finPrecedent) : reste + joint;
  }
  return jetons;
}

function dernierIndiceAuPlus(tries: number[], valeur: number): number {
  let bas = 0;
  let haut = tries.length - 1;
  while (bas < haut) {
    const milieu = (bas + haut + 1) >> 1;
    if (tries[milieu]! <= valeur) bas = milieu;
    else haut = milieu - 1;
  }
  return bas;
}
