/**
 * Fingerprints of a passage's text, kept in the ledger instead of the text: an exact hash, which the
 * build compares with the text, and a MinHash signature, with which `npm run passages` recognises a
 * passage after an edit.
 */
import { createHash } from 'node:crypto';

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
