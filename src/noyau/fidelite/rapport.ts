/**
 * The fidelity check in plain text, for the command line (`scripts/fidelite.ts`): one table row per
 * text, one line per écart.
 */
import type { Ecart, Fidelite } from '../modele.ts';

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
  'signes comparés',
  'alinéas (source)',
  'alinéas déclarés',
  'différences inexpliquées',
] as const;

/** The table row of one text: its fidelity summary and its number of declared corrections. */
export function ligneDuTableau(texte: string, fidelite: Omit<Fidelite, 'fichier' | 'lignes'>, corrections: number): string[] {
  return [
    texte,
    fidelite.motsSource,
    fidelite.motsEdition,
    fidelite.motsRejoints.length,
    fidelite.traitsDUnionGardes,
    corrections,
    fidelite.appelsDetaches,
    fidelite.notesDeplacees,
    fidelite.motsRegroupes,
    fidelite.signesCompares,
    // A source that does not mark its paragraphs: they are not compared.
    fidelite.alineas.compares ? fidelite.alineas.source : '—',
    fidelite.alineas.declares,
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

/** Why an écart is reported, for the message at its line: `différence avec <fichier>:<ligne> : source « … », édition « … » — raison ; contexte : …`. */
export function raisonDeLEcart(fichierSource: string, e: Ecart): string {
  return `différence avec ${fichierSource}${e.ligneSource ? `:${e.ligneSource}` : ''} : source « ${e.source} », édition « ${e.edition} » — ${e.raison} ; contexte : ${e.contexte}`;
}
