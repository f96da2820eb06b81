/**
 * Fidelity of the signs between words: punctuation, quotation marks, apostrophes, brackets. Only
 * spacing changes silently (README, « Principes d'édition »); any other change of a sign is declared
 * with `:corr[…]{source="…" motif="…"}` (whose `source` brings the printed signs back into the
 * comparison) or reported here.
 *
 * The word alignment (alignement.ts) says which source word each edition word stands for. Where two
 * consecutive edition words stand for two consecutive source words, matched one to one, the signs
 * printed between them must be the edition's: that is every ordinary place of a text. Places the
 * alignment does not pair one to one (a note call detached from its word, a note taken out of the
 * running text, a word regrouped) are not compared: what changes there is already explained.
 */
import type { Ecart } from '../modele.ts';
import type { JetonEdition } from './edition.ts';
import type { JetonSource } from './mots.ts';

/** One stream of edition words (the body, or a note) and the source word each one stands for. */
export interface FluxAligne {
  jetons: readonly JetonEdition[];
  positions: readonly (number | undefined)[];
}

/**
 * Where an item of a Markdown list (`* …`, `- …`) begins: its marker stands for the bullet printed
 * there (`*`, `–`, `-`, `•`), which Markdown cannot write as text.
 */
export const PUCE = '\u0001';
const PUCES_IMPRIMEES = /[*•–—-]$/u;

/**
 * The edition's typographic convention, applied at rendering to the whole text (smartypants, which
 * the pipeline runs before the comparison): a straight double quote becomes « or », a straight
 * apostrophe ’ (or ‘ at a word's start), three dots or more an ellipsis, two hyphens a dash. A sign and the
 * form the rendering gives it are the same sign; anything else (an English curly quote ” made
 * straight, a full stop added) is a change. An escaped sign (`\)`) is read by Markdown as the sign.
 */
function typographie(signes: string): string {
  return signes.normalize('NFC').replace(/\.{3,}/g, '…').replace(/-{2,3}/g, '—').replace(/[«»]/g, '"').replace(/['‘]/g, '’');
}

function comparables(imprime: string, edite: string): [string, string] {
  let source = typographie(imprime);
  let edition = typographie(edite);
  while (edition.includes(PUCE)) {
    const at = edition.indexOf(PUCE);
    const avant = source.slice(0, at + 1);
    if (PUCES_IMPRIMEES.test(avant)) source = source.slice(0, at) + source.slice(at + 1);
    edition = edition.slice(0, at) + edition.slice(at + 1);
  }
  return [source, edition];
}

/** Compare the signs between words; returns the differences and the number of places compared. */
export function comparerPonctuation(
  source: readonly JetonSource[],
  flux: readonly FluxAligne[],
  apparie: (s: JetonSource, e: JetonEdition) => unknown,
): { comparees: number; ecarts: Ecart[] } {
  const ecarts: Ecart[] = [];
  let comparees = 0;
  for (const { jetons, positions } of flux) {
    for (let j = 1; j < jetons.length; j++) {
      const e = jetons[j]!;
      const precedent = jetons[j - 1]!;
      const p = positions[j];
      const q = positions[j - 1];
      if (p === undefined || q === undefined || p !== q + 1 || e.avant === undefined) continue;
      const s = source[p]!;
      if (!apparie(s, e) || !apparie(source[q]!, precedent) || s.avant === undefined) continue;
      comparees++;
      const [imprime, edite] = comparables(s.avant, e.avant);
      if (imprime === edite) continue;
      ecarts.push({
        ligneSource: s.ligne,
        source: `${source[q]!.texte} ${s.avant} ${s.texte}`.replace(/\s+/g, ' '),
        edition: `${precedent.texte} ${e.avant} ${e.texte}`.replace(/\s+/g, ' '),
        contexte: `entre « ${source[q]!.texte} » et « ${s.texte} »`,
        ligne: e.ligne,
        raison: `ponctuation changée sans déclaration : « ${imprime || '(rien)'} » dans la source, « ${edite || '(rien)'} » dans l'édition`,
      });
    }
  }
  return { comparees, ecarts };
}
