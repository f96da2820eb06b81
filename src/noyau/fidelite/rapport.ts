/**
 * The fidelity check in plain text, for the command line (`scripts/fidelite.ts`): one table row per
 * text, one line per écart.
 */
import type { Ecart } from '../modele.ts';
import type { Alignement } from './alignement.ts';

/** Column headings of the table. */
export const ENTETES = [
  'texte',
  'mots source',
  'mots édition',
  'mots rejoints',
  "traits d'union gardés",
  'corrections déclarées',
  'appels détachés',
  'notes déplacées',
  'mots regroupés',
  'différences inexpliquées',
] as const;

/** The table row of one text. */
export function ligneDuTableau(texte: string, { fidelite, lignesSource }: Alignement): string[] {
  return [
    texte,
    fidelite.motsSource,
    fidelite.motsEdition,
    fidelite.motsRejoints.length,
    fidelite.traitsDUnionGardes,
    lignesSource.length,
    fidelite.appelsDetaches,
    fidelite.notesDeplacees,
    fidelite.motsRegroupes,
    fidelite.ecarts.length,
  ].map(String);
}

/** A plain-text table, the first column aligned left, the others right. */
export function formaterTableau(lignes: readonly string[][]): string {
  const toutes = [[...ENTETES], ...lignes];
  const largeurs = ENTETES.map((_, c) => Math.max(...toutes.map((l) => (l[c] ?? '').length)));
  const ligne = (l: string[]) => l.map((cellule, c) => (c === 0 ? cellule.padEnd(largeurs[c]!) : cellule.padStart(largeurs[c]!))).join(' | ');
  return [ligne(toutes[0]!), largeurs.map((l) => '-'.repeat(l)).join('-|-'), ...toutes.slice(1).map(ligne)].join('\n');
}

/** `content/textes/<slug>.md ← content/sources/<fichier>:<ligne>: source «…» / édition «…» — raison (texte l. n); contexte : …` */
export function formaterEcart(cheminTexte: string, cheminSource: string, e: Ecart): string {
  const ou = e.ligne ? ` (texte l. ${e.ligne})` : '';
  return `${cheminTexte} ← ${cheminSource}${e.ligneSource ? `:${e.ligneSource}` : ''}: source «${e.source}» / édition «${e.edition}» — ${e.raison}${ou}; contexte : ${e.contexte}`;
}
