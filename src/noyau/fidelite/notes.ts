/**
 * Where the footnotes stand in the source. The PDF prints a note at the foot of its page, often far
 * from its call, sometimes cut in two by a page break; the edition puts each note at the end, as one
 * definition. Each definition is located in the source (longest runs of matching words first, over
 * all notes), and its words are taken out of the source stream before the body is aligned.
 */
import type { Ecart } from '../modele.ts';
import { compter, compterExplication, contexteAutour, correspondance, expliquer, formeSource, lettres, montrer, type Bilan } from './comparaison.ts';
import type { FluxDeNote, JetonEdition } from './edition.ts';
import type { JetonSource } from './mots.ts';

/** How far apart the pieces of one note may be. */
export interface OptionsDesNotes {
  /** Minimum length of a note piece found anywhere in the source (default 3). */
  morceauMinimal?: number;
  /** Length from which a further piece of a note may be far from its other pieces (default 8). */
  morceauLong?: number;
  /** How far (in source words) a short further piece may be from the others (default 1500). */
  fenetre?: number;
}

export const OPTIONS_DES_NOTES: Required<OptionsDesNotes> = { morceauMinimal: 3, morceauLong: 8, fenetre: 1500 };

/** A run of words of a note (`[debutNote, finNote)`) matched with source words (`[debutSource, finSource)`). */
interface Morceau {
  debutNote: number;
  finNote: number;
  debutSource: number;
  finSource: number;
}

/** A note located in the source. */
export interface NoteSituee {
  note: FluxDeNote;
  /** Runs of the note matched with the source, in the note's order. */
  morceaux: Morceau[];
  /** For each word of the note: explained (matched, or explained by a rule). */
  expliques: boolean[];
  /** For each word of the note, the source position it was aligned with, if any. */
  positionsSource: (number | undefined)[];
}

/** Source form → positions, a split word under both its rejoined and its hyphen-kept forms. */
function indexer(source: readonly JetonSource[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const ajouter = (cle: string, p: number) => {
    const liste = index.get(cle);
    if (liste) liste.push(p);
    else index.set(cle, [p]);
  };
  source.forEach((s, p) => {
    ajouter(s.texte, p);
    if (s.morceaux) ajouter(s.morceaux.join('-'), p);
  });
  return index;
}

/** Runs of `false` in `expliques`, as `[debut, fin)`. */
function intervallesInexpliques(expliques: readonly boolean[]): [number, number][] {
  const intervalles: [number, number][] = [];
  let k = 0;
  while (k < expliques.length) {
    if (expliques[k]) {
      k++;
      continue;
    }
    const debut = k;
    while (k < expliques.length && !expliques[k]) k++;
    intervalles.push([debut, k]);
  }
  return intervalles;
}

function intervalle(de: number, a: number): number[] {
  return Array.from({ length: Math.max(0, a - de) }, (_, k) => de + k);
}

function prendre(positions: readonly number[], disponibles: boolean[]): void {
  for (const p of positions) disponibles[p] = false;
}

/**
 * Locate every note in the source: greedily, the longest acceptable run first over all notes; then
 * the note's label just before its first piece, the small gaps between pieces and the unmatched
 * edges (explained if they spell the same letters). Positions taken are marked unavailable in
 * `disponibles`; what no rule explains is added to `ecarts`.
 */
export function situerLesNotes(
  source: readonly JetonSource[],
  notes: readonly FluxDeNote[],
  disponibles: boolean[],
  bilan: Bilan,
  ecarts: Ecart[],
  options: Required<OptionsDesNotes> = OPTIONS_DES_NOTES,
): NoteSituee[] {
  const index = indexer(source);
  const situees: NoteSituee[] = notes.map((note) => ({
    note,
    morceaux: [],
    expliques: note.jetons.map(() => false),
    positionsSource: note.jetons.map(() => undefined),
  }));

  const proche = (n: NoteSituee, m: Morceau): boolean =>
    n.morceaux.some((p) => {
      if (m.debutNote >= p.finNote) return m.debutSource >= p.finSource && m.debutSource - p.finSource <= options.fenetre;
      if (m.finNote <= p.debutNote) return m.finSource <= p.debutSource && p.debutSource - m.finSource <= options.fenetre;
      return false;
    });

  const precedeDeLEtiquette = (n: NoteSituee, m: Morceau): boolean =>
    m.debutNote === 0 && m.debutSource > 0 && disponibles[m.debutSource - 1]! && source[m.debutSource - 1]!.texte === n.note.etiquette;

  const acceptable = (n: NoteSituee, m: Morceau, entier: boolean): boolean => {
    const longueur = m.finNote - m.debutNote;
    if (n.morceaux.length === 0) {
      return longueur >= options.morceauMinimal || (longueur === n.note.jetons.length && precedeDeLEtiquette(n, m));
    }
    if (longueur >= options.morceauLong) return true;
    return (longueur >= options.morceauMinimal || entier) && proche(n, m);
  };

  /** The best acceptable run for one note, scored by length, then label, then nearness. */
  const meilleurMorceau = (n: NoteSituee): { morceau: Morceau; score: number } | null => {
    const d = n.note.jetons;
    let meilleur: { morceau: Morceau; score: number } | null = null;
    for (const [a, b] of intervallesInexpliques(n.expliques)) {
      for (let i = a; i < b; i++) {
        for (const p of index.get(d[i]!.texte) ?? []) {
          if (!disponibles[p]) continue;
          // Only maximal runs: skip a start that extends one to its left.
          if (i > a && p > 0 && disponibles[p - 1] && correspondance(source[p - 1]!, d[i - 1]!)) continue;
          let longueur = 0;
          while (i + longueur < b && p + longueur < source.length && disponibles[p + longueur] && correspondance(source[p + longueur]!, d[i + longueur]!)) longueur++;
          if (longueur === 0) continue;
          const morceau: Morceau = { debutNote: i, finNote: i + longueur, debutSource: p, finSource: p + longueur };
          if (!acceptable(n, morceau, i === a && i + longueur === b)) continue;
          const score = longueur * 4 + (precedeDeLEtiquette(n, morceau) ? 2 : 0) + (proche(n, morceau) ? 1 : 0);
          if (!meilleur || score > meilleur.score) meilleur = { morceau, score };
        }
      }
    }
    return meilleur;
  };

  const memo = new Map<NoteSituee, { morceau: Morceau; score: number } | null>();
  for (;;) {
    let choisie: NoteSituee | undefined;
    let choix: { morceau: Morceau; score: number } | null = null;
    for (const n of situees) {
      if (!memo.has(n)) memo.set(n, meilleurMorceau(n));
      const m = memo.get(n)!;
      if (m && (!choix || m.score > choix.score)) {
        choisie = n;
        choix = m;
      }
    }
    if (!choisie || !choix) break;
    const { morceau } = choix;
    for (let k = 0; k < morceau.finNote - morceau.debutNote; k++) {
      const s = source[morceau.debutSource + k]!;
      const e = choisie.note.jetons[morceau.debutNote + k]!;
      compter(bilan, s, e, correspondance(s, e)!);
      disponibles[morceau.debutSource + k] = false;
      choisie.expliques[morceau.debutNote + k] = true;
      choisie.positionsSource[morceau.debutNote + k] = morceau.debutSource + k;
    }
    choisie.morceaux.push(morceau);
    // Recompute this note, and any note whose best run used the positions just taken.
    for (const [n, m] of memo) {
      if (n === choisie || (m && m.morceau.debutSource < morceau.finSource && morceau.debutSource < m.morceau.finSource)) memo.delete(n);
    }
  }

  /** Take source words from `depart` in direction `sens` while they spell `jetons`; the first position taken. */
  const etendre = (n: NoteSituee, jetons: readonly JetonEdition[], depart: number, sens: 1 | -1): number | undefined => {
    const cible = lettres(jetons.map((w) => w.texte).join(''));
    let lu = '';
    const positions: number[] = [];
    for (let p = depart; p >= 0 && p < source.length && disponibles[p] && positions.length <= 3 * jetons.length + 3; p += sens) {
      lu = sens > 0 ? lu + lettres(source[p]!.texte) : lettres(source[p]!.texte) + lu;
      positions.push(p);
      if (lu === cible) {
        const R = (sens > 0 ? positions : [...positions].reverse()).map((q) => source[q]!);
        const explication = expliquer(R, jetons);
        if (!explication) return undefined;
        compterExplication(bilan, explication);
        prendre(positions, disponibles);
        const premiere = Math.min(...positions);
        for (const w of jetons) n.positionsSource[n.note.jetons.indexOf(w)] = premiere;
        return premiere;
      }
      if (sens > 0 ? !cible.startsWith(lu) : !cible.endsWith(lu)) return undefined;
    }
    return undefined;
  };

  for (const n of situees) {
    const d = n.note.jetons;
    if (n.morceaux.length === 0) {
      if (d.length > 0) {
        ecarts.push({
          ligneSource: 0,
          source: '',
          edition: montrer(d.map((t) => t.texte)),
          contexte: '',
          ligne: n.note.ligne,
          raison: `note [^${n.note.etiquette}] introuvable dans la source`,
        });
      }
      continue;
    }
    n.morceaux.sort((x, y) => x.debutNote - y.debutNote);
    // Pieces that follow each other in the note and sit close in the source: the words between
    // them (on either side) belong to the note; explained if they spell the same letters.
    for (let k = 0; k + 1 < n.morceaux.length; k++) {
      const m1 = n.morceaux[k]!;
      const m2 = n.morceaux[k + 1]!;
      const ecartNote = m2.debutNote - m1.finNote;
      const ecartSource = m2.debutSource - m1.finSource;
      if (ecartSource < 0 || ecartSource > 3 * ecartNote + 3 || (ecartSource === 0 && ecartNote === 0)) continue;
      const positions = intervalle(m1.finSource, m2.debutSource).filter((p) => disponibles[p]);
      const jetons = d.slice(m1.finNote, m2.debutNote);
      // Nothing between them on either side (the source words there belong to other pieces).
      if (positions.length === 0 && jetons.length === 0) continue;
      const explication = expliquer(positions.map((p) => source[p]!), jetons);
      prendre(positions, disponibles);
      for (let q = m1.finNote; q < m2.debutNote; q++) {
        n.expliques[q] = true;
        n.positionsSource[q] = positions[0] ?? m1.finSource - 1;
      }
      if (explication) compterExplication(bilan, explication);
      else {
        const de = positions[0] ?? m1.finSource;
        ecarts.push({
          ligneSource: source[Math.min(de, source.length - 1)]?.ligne ?? 0,
          source: montrer(positions.map((p) => formeSource(source[p]!))),
          edition: montrer(jetons.map((t) => t.texte)),
          contexte: contexteAutour(source, de, positions.length ? positions.at(-1)! + 1 : de),
          ligne: jetons[0]?.ligne ?? n.note.ligne,
          raison: `note différente de la source [^${n.note.etiquette}]`,
        });
      }
    }
    // Words still unmatched (edges, or the ends of a note cut far apart): extend the neighbouring
    // piece over source words that spell the same letters.
    let debut = n.morceaux[0]!.debutNote === 0 ? n.morceaux[0]!.debutSource : -1;
    for (const [a, b] of intervallesInexpliques(n.expliques)) {
      const avant = n.morceaux.filter((m) => m.finNote <= a).at(-1);
      const apres = n.morceaux.find((m) => m.debutNote >= b);
      const jetons = d.slice(a, b);
      let explique = false;
      if (avant) explique = etendre(n, jetons, avant.finSource, +1) !== undefined;
      if (!explique && apres) {
        const depuis = etendre(n, jetons, apres.debutSource - 1, -1);
        explique = depuis !== undefined;
        if (depuis !== undefined && a === 0) debut = depuis;
      }
      if (!explique) {
        const la = avant ? avant.finSource : apres ? apres.debutSource : 0;
        ecarts.push({
          ligneSource: source[Math.max(0, la - (avant ? 1 : 0))]?.ligne ?? 0,
          source: '',
          edition: montrer(jetons.map((t) => t.texte)),
          contexte: contexteAutour(source, la, la),
          ligne: jetons[0]!.ligne,
          raison: `mots de la note [^${n.note.etiquette}] absents de la source`,
        });
      }
    }
    // The note's own label, printed just before its text.
    if (debut > 0 && disponibles[debut - 1] && source[debut - 1]!.texte === n.note.etiquette) prendre([debut - 1], disponibles);
  }

  return situees;
}
