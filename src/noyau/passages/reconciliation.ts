/**
 * The ledger after an edit: which passage of the edited text each id of the ledger now designates
 * (unchanged, moved, corrected, split, merged), which ids are retired, which passages get new ids.
 * Where it cannot tell, it says so instead of guessing (`Indecision`).
 */
import { decoderSignature, empreinte, encoderSignature, inclusion, signature, similarite, type Signature } from './empreintes.ts';
import { debutDe, type EntreeDeLaTable, type TableDesPassages } from './table.ts';

/** A passage of the edited text, as `npm run passages` reads it. */
export interface PassageCourant {
  texte: string;
  /** Where it starts in the Markdown file, for messages. */
  ligne?: number;
  colonne?: number;
}

/** What the editor decided for passages the script could not: keep an id on a rewritten passage, or retire it. */
export interface Decisions {
  /** Ids whose passage was rewritten at the same place: the id stays on it. */
  garder?: ReadonlySet<string>;
  /** Ids whose passage was removed (the new text at that place is another passage). */
  retirer?: ReadonlySet<string>;
}

/** What happened to the passages, for the script's report. */
export type Changement =
  | { genre: 'corrige'; id: string; similarite: number }
  | { genre: 'ajoute'; id: string }
  | { genre: 'divise'; id: string; nouveaux: string[] }
  | { genre: 'fusionne'; id: string; alias: string[] }
  | { genre: 'deplace'; id: string }
  | { genre: 'retire'; id: string }
  | { genre: 'garde'; id: string }
  | { genre: 'premier'; nombre: number };

/** A passage the script cannot place by itself. */
export interface Indecision {
  /** The ledger's id in question. */
  id: string;
  /** Its first words before the edit. */
  debut: string;
  /** The edited passages around which it stood (indices in the edited text). */
  candidats: number[];
  /** Why it cannot decide, in plain words. */
  raison: string;
}

export interface Reconciliation {
  table: TableDesPassages;
  changements: Changement[];
  indecisions: Indecision[];
}

/** Thresholds of similarity (estimated Jaccard of shingles). */
export const SEUILS = {
  /** Same passage, corrected: anywhere. */
  corrige: 0.7,
  /** Same passage, corrected, when it is alone between unchanged neighbours on both sides. */
  corrigeSeul: 0.35,
  /** A passage and the parts it was split into, or the passages merged into one. */
  ensemble: 0.7,
  /** Share of a part's text found in the whole. */
  partie: 0.6,
};

/** Longest common subsequence of two lists of fingerprints: pairs of indices. */
function plusLongueSousSuite(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const m = a.length;
  const n = b.length;
  const table = Array.from({ length: m + 1 }, () => new Uint32Array(n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const paires: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (a[i] === b[j]) {
      paires.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return paires;
}

/** How the passages of one stretch of text between unchanged passages were matched. */
type Operation =
  | { genre: 'meme'; ancien: number; nouveau: number; similarite: number }
  | { genre: 'division'; ancien: number; nouveaux: number[]; similarite: number }
  | { genre: 'fusion'; anciens: number[]; nouveau: number; similarite: number }
  | { genre: 'suppression'; ancien: number }
  | { genre: 'ajout'; nouveau: number };

interface Courant extends PassageCourant {
  empreinte: string;
  signature: Signature;
}

/**
 * Match the passages of one stretch (`anciens` from the ledger, `nouveaux` from the edited text)
 * so as to explain as much of the text as possible: the same passage corrected (1 → 1), split
 * (1 → 2…4), merged (2…4 → 1); what is left was removed or added.
 */
function apparier(anciens: EntreeDeLaTable[], nouveaux: Courant[]): Operation[] {
  const m = anciens.length;
  const n = nouveaux.length;
  const sig = anciens.map((e) => decoderSignature(e.signature, e.taille));
  const score = Array.from({ length: m + 1 }, () => new Float64Array(n + 1).fill(-Infinity));
  const choix: Array<Array<Operation | undefined>> = Array.from({ length: m + 1 }, () => new Array(n + 1));
  score[0]![0] = 0;
  const proposer = (i: number, j: number, valeur: number, op: Operation) => {
    if (valeur > score[i]![j]!) {
      score[i]![j] = valeur;
      choix[i]![j] = op;
    }
  };
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      const base = score[i]![j]!;
      if (base === -Infinity) continue;
      if (i < m) proposer(i + 1, j, base, { genre: 'suppression', ancien: i });
      if (j < n) proposer(i, j + 1, base, { genre: 'ajout', nouveau: j });
      if (i < m && j < n) {
        const s = similarite(sig[i]!, nouveaux[j]!.signature);
        // Below the sure threshold, the pairing is kept for the caller to decide (see `reconcilier`).
        if (s >= SEUILS.corrigeSeul) {
          proposer(i + 1, j + 1, base + 2 * s, { genre: 'meme', ancien: i, nouveau: j, similarite: s });
        }
      }
      for (let r = 2; r <= 4; r++) {
        // Split: one passage of the ledger became r passages.
        if (i < m && j + r <= n) {
          const parties = nouveaux.slice(j, j + r);
          const tout = signature(parties.map((p) => p.texte).join(' '));
          const s = similarite(sig[i]!, tout);
          if (s >= SEUILS.ensemble && parties.every((p) => inclusion(p.signature, sig[i]!) >= SEUILS.partie)) {
            proposer(i + 1, j + r, base + (r + 1) * s, { genre: 'division', ancien: i, nouveaux: Array.from({ length: r }, (_, k) => j + k), similarite: s });
          }
        }
        // Merge: r passages of the ledger became one.
        if (i + r <= m && j < n) {
          const parties = sig.slice(i, i + r);
          const inclusions = parties.map((p) => inclusion(p, nouveaux[j]!.signature));
          const somme = parties.reduce((t, p) => t + p.taille, 0);
          const rapport = somme / Math.max(1, nouveaux[j]!.signature.taille);
          if (inclusions.every((c) => c >= SEUILS.partie) && rapport >= 0.75 && rapport <= 1.35) {
            const s = inclusions.reduce((t, c) => t + c, 0) / r;
            proposer(i + r, j + 1, base + (r + 1) * s, { genre: 'fusion', anciens: Array.from({ length: r }, (_, k) => i + k), nouveau: j, similarite: s });
          }
        }
      }
    }
  }
  const operations: Operation[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const op = choix[i]![j]!;
    operations.unshift(op);
    if (op.genre === 'suppression') i--;
    else if (op.genre === 'ajout') j--;
    else if (op.genre === 'meme') { i--; j--; }
    else if (op.genre === 'division') { i--; j -= op.nouveaux.length; }
    else { i -= op.anciens.length; j--; }
  }
  return operations;
}

/**
 * The ledger after an edit: each passage of the edited text gets the id of the passage it was
 * (unchanged, corrected, moved, the first part of a split, a merge keeping the first id and the
 * others as aliases) or a new id never given before. Removed passages' ids are retired. Where the
 * script cannot tell a rewritten passage from a removed one replaced by another, it returns an
 * {@link Indecision} instead of guessing; `decisions` settles those.
 *
 * Without a previous ledger, passages get `p1`…`pN` in reading order.
 */
export function reconcilier(slug: string, ancien: TableDesPassages | undefined, passages: readonly PassageCourant[], decisions: Decisions = {}): Reconciliation {
  const courants: Courant[] = passages.map((p) => ({ ...p, empreinte: empreinte(p.texte), signature: signature(p.texte) }));
  const entree = (c: Courant, id: string, alias: string[] = []): EntreeDeLaTable => ({
    id, ...(alias.length ? { alias } : {}), empreinte: c.empreinte, signature: encoderSignature(c.signature), taille: c.signature.taille, debut: debutDe(c.texte),
  });
  if (!ancien) {
    return {
      table: { texte: slug, prochain: courants.length + 1, passages: courants.map((c, i) => entree(c, `p${i + 1}`)), retires: [] },
      changements: [{ genre: 'premier', nombre: courants.length }],
      indecisions: [],
    };
  }

  const anciens = ancien.passages;
  /** For each edited passage: the id it keeps (or undefined: a new id) and its aliases. */
  const attribution: Array<{ id?: string; alias: string[]; inchange?: EntreeDeLaTable }> = courants.map(() => ({ alias: [] }));
  const changements: Changement[] = [];
  const indecisions: Indecision[] = [];
  const retires: string[] = [...ancien.retires];
  const garder = decisions.garder ?? new Set<string>();
  const retirer = decisions.retirer ?? new Set<string>();
  const retirerEntree = (e: EntreeDeLaTable) => {
    retires.push(e.id, ...(e.alias ?? []));
    changements.push({ genre: 'retire', id: e.id });
  };

  // 1. Unchanged passages, in order.
  const paires = plusLongueSousSuite(anciens.map((e) => e.empreinte), courants.map((c) => c.empreinte));
  const apparieAncien = new Set<number>();
  const apparieNouveau = new Set<number>();
  for (const [i, j] of paires) {
    attribution[j] = { id: anciens[i]!.id, alias: [...(anciens[i]!.alias ?? [])], inchange: anciens[i] };
    apparieAncien.add(i);
    apparieNouveau.add(j);
  }

  // 2. Moved passages: the same text, once on each side, elsewhere.
  const compter = (liste: string[]) => liste.reduce((t, e) => t.set(e, (t.get(e) ?? 0) + 1), new Map<string, number>());
  const restantsAnciens = anciens.map((e, i) => (apparieAncien.has(i) ? '' : e.empreinte));
  const restantsNouveaux = courants.map((c, j) => (apparieNouveau.has(j) ? '' : c.empreinte));
  const nA = compter(restantsAnciens);
  const nN = compter(restantsNouveaux);
  anciens.forEach((e, i) => {
    if (apparieAncien.has(i) || nA.get(e.empreinte) !== 1 || nN.get(e.empreinte) !== 1) return;
    const j = restantsNouveaux.indexOf(e.empreinte);
    attribution[j] = { id: e.id, alias: [...(e.alias ?? [])], inchange: e };
    apparieAncien.add(i);
    apparieNouveau.add(j);
    changements.push({ genre: 'deplace', id: e.id });
  });

  // 3. Stretches between unchanged passages: corrections, splits, merges, additions, removals.
  const ancres = paires.filter(([i, j]) => apparieAncien.has(i) && apparieNouveau.has(j));
  const bornes: Array<[number, number, number, number]> = [];
  let di = 0;
  let dj = 0;
  for (const [i, j] of [...ancres, [anciens.length, courants.length] as [number, number]]) {
    bornes.push([di, i, dj, j]);
    di = i + 1;
    dj = j + 1;
  }
  for (const [a0, a1, n0, n1] of bornes) {
    const ia = intervalle(a0, a1).filter((i) => !apparieAncien.has(i));
    const jn = intervalle(n0, n1).filter((j) => !apparieNouveau.has(j));
    if (ia.length === 0 && jn.length === 0) continue;
    const ops = apparier(ia.map((i) => anciens[i]!), jn.map((j) => courants[j]!));
    const garderId = (e: EntreeDeLaTable, j: number) => {
      attribution[j] = { id: e.id, alias: [...(e.alias ?? [])] };
    };
    // Sure operations (a close match, a split, a merge) anchor the rest; between them, what is
    // left of the ledger and of the text is settled by `regler`.
    let resteAnciens: number[] = [];
    let resteNouveaux: number[] = [];
    const regler = () => {
      const olds = resteAnciens.map((k) => anciens[ia[k]!]!);
      const news = resteNouveaux.map((k) => jn[k]!);
      resteAnciens = [];
      resteNouveaux = [];
      // One passage out, one in, between sure neighbours: the same passage, corrected, if they are alike enough.
      if (olds.length === 1 && news.length === 1 && !retirer.has(olds[0]!.id)) {
        const s = similarite(decoderSignature(olds[0]!.signature, olds[0]!.taille), courants[news[0]!]!.signature);
        if (s >= SEUILS.corrigeSeul) {
          garderId(olds[0]!, news[0]!);
          changements.push({ genre: 'corrige', id: olds[0]!.id, similarite: s });
          return;
        }
      }
      // Removed and added passages side by side: a rewrite, or a removal and an addition?
      const libres = [...news];
      for (const e of olds) {
        if (retirer.has(e.id)) {
          retirerEntree(e);
        } else if (garder.has(e.id) && libres.length > 0) {
          const sig = decoderSignature(e.signature, e.taille);
          const meilleur = libres.reduce((b, x) => (similarite(sig, courants[x]!.signature) > similarite(sig, courants[b]!.signature) ? x : b));
          libres.splice(libres.indexOf(meilleur), 1);
          garderId(e, meilleur);
          changements.push({ genre: 'garde', id: e.id });
        } else if (news.length === 0) {
          retirerEntree(e);
        } else {
          indecisions.push({
            id: e.id, debut: e.debut, candidats: news,
            raison: 'le texte a trop changé à cet endroit pour distinguer un passage réécrit d’un passage retiré et remplacé par un autre',
          });
        }
      }
    };
    for (const op of ops) {
      if (op.genre === 'meme' && op.similarite >= SEUILS.corrige && !retirer.has(anciens[ia[op.ancien]!]!.id)) {
        regler();
        garderId(anciens[ia[op.ancien]!]!, jn[op.nouveau]!);
        changements.push({ genre: 'corrige', id: anciens[ia[op.ancien]!]!.id, similarite: op.similarite });
      } else if (op.genre === 'meme') {
        resteAnciens.push(op.ancien);
        resteNouveaux.push(op.nouveau);
      } else if (op.genre === 'division') {
        regler();
        const e = anciens[ia[op.ancien]!]!;
        const [premier, ...autres] = op.nouveaux.map((k) => jn[k]!);
        garderId(e, premier!);
        changements.push({ genre: 'divise', id: e.id, nouveaux: autres.map(String) });
      } else if (op.genre === 'fusion') {
        regler();
        const [premier, ...autres] = op.anciens.map((k) => anciens[ia[k]!]!);
        const alias = [...(premier!.alias ?? []), ...autres.flatMap((e) => [e.id, ...(e.alias ?? [])])];
        attribution[jn[op.nouveau]!] = { id: premier!.id, alias };
        changements.push({ genre: 'fusionne', id: premier!.id, alias: autres.map((e) => e.id) });
      } else if (op.genre === 'suppression') resteAnciens.push(op.ancien);
      else resteNouveaux.push(op.nouveau);
    }
    regler();
  }

  let prochain = ancien.prochain;
  const nouveauxIds: string[] = [];
  const resultat = courants.map((c, j) => {
    const a = attribution[j]!;
    // An unchanged passage keeps its entry as it was (a change of typography alone rewrites nothing).
    if (a.inchange) return a.inchange;
    if (a.id) return entree(c, a.id, a.alias);
    const id = `p${prochain++}`;
    nouveauxIds.push(id);
    return entree(c, id);
  });
  // Report new ids: additions, or the later parts of a split.
  for (const ch of changements) {
    if (ch.genre === 'divise') ch.nouveaux = ch.nouveaux.map((j) => resultat[Number(j)]!.id);
  }
  const parDivision = new Set(changements.flatMap((ch) => (ch.genre === 'divise' ? ch.nouveaux : [])));
  for (const id of nouveauxIds) if (!parDivision.has(id)) changements.push({ genre: 'ajoute', id });
  const table: TableDesPassages = { texte: slug, prochain, passages: resultat, retires };
  if (ancien.deplaces?.length) table.deplaces = [...ancien.deplaces];
  return { table, changements, indecisions };
}

function intervalle(debut: number, fin: number): number[] {
  return Array.from({ length: Math.max(0, fin - debut) }, (_, k) => debut + k);
}
