/**
 * The passages of a text, and the ledger that keeps their ids stable across edits.
 *
 * A passage is what a reader cites: a paragraph, a block quote (as one passage, with everything in
 * it), a list item, one of the edition's structural lines (`::suscription`, `::date`,
 * `::salutation`, `::signature`), or an extract reproduced as an image. Passages are numbered in
 * reading order (§ 1, § 2…); the numbers follow the text, the ids do not: an id (`p14`) is given
 * once and kept by its passage through corrections, splits and merges, and never given to another.
 *
 * The ledger (`content/passages/<slug>.json`, committed) lists, in reading order, each passage's id,
 * the older ids that now land on it (aliases), and a fingerprint of its normalised text: an exact
 * hash, which the build compares with the text, and a MinHash signature, with which
 * `npm run passages` recognises a passage after an edit without keeping a copy of the text.
 *
 * Everything here is pure: the plugin (src/plugins/remark-passages.ts) and the script
 * (scripts/passages.ts) do the reading and writing.
 */
import { createHash } from 'node:crypto';
import type { Nodes, Parents, Root } from 'mdast';
import type { Position } from 'unist';
import { plainText } from './arbre.ts';

// ———————————————————————————————————————————— What is a passage

/** A passage found in a text, in reading order, before it gets its id. */
export interface Repere {
  /** The mdast node that becomes the passage's element (`<p>`, `<blockquote>`, `<li>`…). */
  node: Nodes;
  /** Its plain text, note calls left out. */
  texte: string;
  position: Position | undefined;
}

/** Structural lines of the edition (remark-edition) that are passages of their own. */
const lignesStructurelles = new Set(['suscription', 'date', 'salutation', 'signature']);
/** Containers that are one passage as a whole, like a block quote. */
const blocsEntiers = new Set(['epigraphe', 'extrait-image']);

/** Why a node is a passage, or `undefined` when it is not one (its children may hold some). */
function estPassage(node: Nodes): boolean {
  switch (node.type) {
    case 'paragraph': case 'blockquote': case 'listItem': case 'table':
      return true;
    case 'leafDirective':
      return lignesStructurelles.has(node.name);
    case 'containerDirective':
      return blocsEntiers.has(node.name);
    default:
      return false;
  }
}

/** Nodes whose children may hold passages. Notes are left out: they are passages of their own kind. */
function peutContenir(node: Nodes): node is Parents {
  return node.type === 'root' || node.type === 'list' || (node.type === 'containerDirective' && !blocsEntiers.has(node.name));
}

/**
 * The plain text of a node as a reader sees it, spaces collapsed: note calls left out, blocks
 * separated by a space, the edition's own words (`:lacune[…]`) in brackets (see `plainText`).
 */
export function texteDe(node: Nodes): string {
  return plainText(node).text.replace(/\s+/g, ' ').trim();
}

/**
 * The passages of a text's body, in reading order: the outermost paragraphs, block quotes, list
 * items and structural lines, outside the notes. A passage with no text (an empty paragraph) is
 * skipped. Notes are not listed: they keep their own numbers (remark-passages numbers them).
 */
export function reperer(tree: Root): Repere[] {
  const reperes: Repere[] = [];
  const parcourir = (parent: Parents) => {
    for (const child of parent.children as Nodes[]) {
      if (estPassage(child)) {
        const texte = texteDe(child);
        if (texte) reperes.push({ node: child, texte, position: child.position });
      } else if (peutContenir(child)) {
        parcourir(child);
      }
    }
  };
  parcourir(tree);
  return reperes;
}

// ———————————————————————————————————————————— Fingerprints

/**
 * The text as the fingerprint sees it: Unicode NFC, every kind of space as one space, typographic
 * and straight quotes and apostrophes alike, no space inside quotes or before `; : ! ?`. A change
 * of typography alone leaves the fingerprint as it was; a change of a letter does not.
 */
export function normaliser(texte: string): string {
  return texte
    .normalize('NFC')
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[«»“”„]/g, '"')
    .replace(/…/g, '...')
    .replace(/[\s\u00A0\u202F\u2009]+/g, ' ')
    .replace(/ ?" ?/g, '"')
    .replace(/ ([;:!?])/g, '$1')
    .trim();
}

/** Exact fingerprint of a passage: the first 16 hex digits of the SHA-256 of its normalised text. */
export function empreinte(texte: string): string {
  return createHash('sha256').update(normaliser(texte)).digest('hex').slice(0, 16);
}

/** Letters and digits only, lower case, no accents: what the similarity compares. */
function plier(texte: string): string {
  return texte.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Number of hash functions of the MinHash signature, and the length of the shingles (characters). */
const K = 64;
const LONGUEUR = 4;

function melanger(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const graines = Array.from({ length: K }, (_, i) => melanger(Math.imul(i + 1, 0x9e3779b9)));

function fnv1a(texte: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texte.length; i++) {
    h ^= texte.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** What the similarity needs of a passage: its MinHash signature (8 bits per hash) and its number of shingles. */
export interface Signature {
  octets: Uint8Array;
  taille: number;
}

/**
 * MinHash signature of a text: for each of 64 hash functions, the lowest 8 bits of the smallest hash
 * of its 4-character shingles (letters and digits, folded). Two signatures agree on a share of their
 * bytes close to the Jaccard similarity of the two sets of shingles.
 */
export function signature(texte: string): Signature {
  const plie = plier(texte);
  const bardeaux = new Set<number>();
  if (plie.length <= LONGUEUR) bardeaux.add(fnv1a(plie));
  else for (let i = 0; i + LONGUEUR <= plie.length; i++) bardeaux.add(fnv1a(plie.slice(i, i + LONGUEUR)));
  const minimums = new Uint32Array(K).fill(0xffffffff);
  for (const b of bardeaux) {
    for (let k = 0; k < K; k++) {
      const h = melanger(b ^ graines[k]!);
      if (h < minimums[k]!) minimums[k] = h;
    }
  }
  return { octets: Uint8Array.from(minimums, (m) => m & 0xff), taille: bardeaux.size };
}

export function encoderSignature(s: Signature): string {
  return Buffer.from(s.octets).toString('base64');
}

export function decoderSignature(texte: string, taille: number): Signature {
  return { octets: new Uint8Array(Buffer.from(texte, 'base64')), taille };
}

/** Estimated Jaccard similarity of two passages (0 to 1), corrected for chance agreement of 8-bit values. */
export function similarite(a: Signature, b: Signature): number {
  let egaux = 0;
  for (let k = 0; k < K; k++) if (a.octets[k] === b.octets[k]) egaux++;
  const hasard = 1 / 256;
  return Math.max(0, Math.min(1, (egaux / K - hasard) / (1 - hasard)));
}

/** Estimated share of `a`'s shingles that are also in `b` (0 to 1), from their similarity and sizes. */
export function inclusion(a: Signature, b: Signature): number {
  const j = similarite(a, b);
  const communs = (j * (a.taille + b.taille)) / (1 + j);
  return Math.min(1, communs / Math.max(1, a.taille));
}

// ———————————————————————————————————————————— The ledger

/** One passage in the ledger. */
export interface EntreeRegistre {
  /** Stable id (`p14`), also the URL fragment. */
  id: string;
  /** Older ids that now land on this passage (ids of passages merged into it). */
  alias?: string[];
  /** {@link empreinte} of its text: the build checks it. */
  empreinte: string;
  /** {@link signature}, base64: `npm run passages` uses it to recognise the passage after an edit. */
  signature: string;
  /** Number of shingles of the signature. */
  taille: number;
  /** Its first words, for people reading the ledger and for messages. */
  debut: string;
}

/** The ledger of a text (`content/passages/<slug>.json`). */
export interface Registre {
  /** Slug of the text (`lettre-boukharine`). */
  texte: string;
  /** Number of the next id to give (`p<prochain>`): ids are never given twice. */
  prochain: number;
  /** The text's passages in reading order. */
  passages: EntreeRegistre[];
  /** Ids of passages removed from the text: never given again. */
  retires: string[];
  /**
   * Passages that moved to another text (the dossier's order restored, a text split): their old id
   * here lands on `passage` of the text `vers`; never given again here. See passages-deplaces.ts.
   */
  deplaces?: PassageDeplace[];
}

/** A passage moved to another text: `/textes/<here>/<id>/` leads to `/textes/<vers>/#<passage>`. */
export interface PassageDeplace {
  id: string;
  vers: string;
  passage: string;
}

/** The first words of a passage, at most `mots` words, with `…` when cut. */
export function debutDe(texte: string, mots = 8): string {
  const tous = texte.split(/\s+/).filter(Boolean);
  return tous.length <= mots ? tous.join(' ') : `${tous.slice(0, mots).join(' ')}…`;
}

const idValide = /^p[1-9]\d*$/;

/**
 * Read a ledger from its JSON text. A malformed ledger is an error with a plain sentence naming the
 * file (`chemin`) and what is wrong.
 */
export function lireRegistrePassages(json: string, chemin: string): Registre {
  let valeur: unknown;
  try {
    valeur = JSON.parse(json);
  } catch (error) {
    throw new Error(`${chemin}: not valid JSON (${(error as Error).message}), expected a ledger written by npm run passages`);
  }
  const r = valeur as Partial<Registre>;
  const faute = (quoi: string) => new Error(`${chemin}: unexpected ledger, ${quoi}; restore it from git or delete it and run npm run passages`);
  if (typeof r !== 'object' || r === null) throw faute('expected an object');
  if (typeof r.texte !== 'string') throw faute('expected `texte` (the slug)');
  if (!Number.isInteger(r.prochain) || r.prochain! < 1) throw faute('expected `prochain` (a positive integer)');
  if (!Array.isArray(r.passages)) throw faute('expected `passages` (a list)');
  if (!Array.isArray(r.retires)) throw faute('expected `retires` (a list)');
  const vus = new Set<string>();
  const numero = (id: string) => Number(id.slice(1));
  if (r.deplaces !== undefined && (!Array.isArray(r.deplaces) || r.deplaces.some((d) => typeof d?.vers !== 'string' || typeof d?.passage !== 'string' || !idValide.test(d.passage)))) {
    throw faute('expected `deplaces` as a list of { id, vers, passage }');
  }
  for (const id of [...r.passages.flatMap((e) => [e?.id, ...(e?.alias ?? [])]), ...r.retires, ...(r.deplaces ?? []).map((d) => d.id)]) {
    if (typeof id !== 'string' || !idValide.test(id)) throw faute(`expected ids like \`p14\`, found \`${String(id)}\``);
    if (vus.has(id)) throw faute(`id \`${id}\` appears twice`);
    if (numero(id) >= r.prochain!) throw faute(`id \`${id}\` is not below \`prochain\` (${r.prochain})`);
    vus.add(id);
  }
  for (const e of r.passages) {
    if (typeof e.empreinte !== 'string' || typeof e.signature !== 'string' || !Number.isInteger(e.taille)) throw faute(`passage \`${e.id}\` lacks its fingerprint`);
  }
  return r as Registre;
}

/** A ledger as JSON: one passage per line, so that a diff shows which passages an edit touched. */
export function ecrireRegistre(r: Registre): string {
  const ligne = (v: unknown) => JSON.stringify(v);
  const passages = r.passages.map((e) => `    ${ligne(e)}`).join(',\n');
  const deplaces = r.deplaces?.length ? `,\n  "deplaces": [\n${r.deplaces.map((d) => `    ${ligne(d)}`).join(',\n')}\n  ]` : '';
  return `{\n  "texte": ${ligne(r.texte)},\n  "prochain": ${r.prochain},\n  "passages": [\n${passages}\n  ],\n  "retires": ${ligne(r.retires)}${deplaces}\n}\n`;
}

/** Where the text and its ledger first disagree, for the build's message. */
export interface Desaccord {
  /** Index of the passage in the text (0-based), or `undefined` when the ledger lists more passages than the text has. */
  index: number | undefined;
  /** The ledger's entry at that place, if any. */
  attendu: EntreeRegistre | undefined;
}

/** Compare a text's passages with its ledger, in order; `undefined` when they agree. */
export function comparer(registre: Registre, textes: readonly string[]): Desaccord | undefined {
  for (let i = 0; i < textes.length; i++) {
    const attendu = registre.passages[i];
    if (!attendu || attendu.empreinte !== empreinte(textes[i]!)) return { index: i, attendu };
  }
  if (registre.passages.length > textes.length) return { index: undefined, attendu: registre.passages[textes.length] };
  return undefined;
}

// ———————————————————————————————————————————— Updating the ledger after an edit

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
  registre: Registre;
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
function aligner(anciens: EntreeRegistre[], nouveaux: Courant[]): Operation[] {
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
export function reconcilier(slug: string, ancien: Registre | undefined, passages: readonly PassageCourant[], decisions: Decisions = {}): Reconciliation {
  const courants: Courant[] = passages.map((p) => ({ ...p, empreinte: empreinte(p.texte), signature: signature(p.texte) }));
  const entree = (c: Courant, id: string, alias: string[] = []): EntreeRegistre => ({
    id, ...(alias.length ? { alias } : {}), empreinte: c.empreinte, signature: encoderSignature(c.signature), taille: c.signature.taille, debut: debutDe(c.texte),
  });
  if (!ancien) {
    return {
      registre: { texte: slug, prochain: courants.length + 1, passages: courants.map((c, i) => entree(c, `p${i + 1}`)), retires: [] },
      changements: [{ genre: 'premier', nombre: courants.length }],
      indecisions: [],
    };
  }

  const anciens = ancien.passages;
  /** For each edited passage: the id it keeps (or undefined: a new id) and its aliases. */
  const attribution: Array<{ id?: string; alias: string[]; inchange?: EntreeRegistre }> = courants.map(() => ({ alias: [] }));
  const changements: Changement[] = [];
  const indecisions: Indecision[] = [];
  const retires: string[] = [...ancien.retires];
  const garder = decisions.garder ?? new Set<string>();
  const retirer = decisions.retirer ?? new Set<string>();
  const retirerEntree = (e: EntreeRegistre) => {
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
    const ia = range(a0, a1).filter((i) => !apparieAncien.has(i));
    const jn = range(n0, n1).filter((j) => !apparieNouveau.has(j));
    if (ia.length === 0 && jn.length === 0) continue;
    const ops = aligner(ia.map((i) => anciens[i]!), jn.map((j) => courants[j]!));
    const garderId = (e: EntreeRegistre, j: number) => {
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
            raison: 'the text at its place changed too much to tell a rewritten passage from a removed one replaced by another',
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
  const registre: Registre = { texte: slug, prochain, passages: resultat, retires };
  if (ancien.deplaces?.length) registre.deplaces = [...ancien.deplaces];
  return { registre, changements, indecisions };
}

function range(debut: number, fin: number): number[] {
  return Array.from({ length: Math.max(0, fin - debut) }, (_, k) => debut + k);
}
