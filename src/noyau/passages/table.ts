/**
 * The ledger of a text's passages (`content/passages/<slug>.json`, committed): in reading order,
 * each passage's id, the older ids that now land on it (aliases), and the fingerprints of its text
 * (`empreintes.ts`). An id (`p14`) is given once and kept by its passage through corrections,
 * splits and merges, and never given to another. Pure: the callers read and write the files.
 */
import type { PassageDeplace } from '../modele.ts';
import { empreinte } from './empreintes.ts';

/** One passage in the ledger. */
export interface EntreeDeLaTable {
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
export interface TableDesPassages {
  /** Slug of the text (`lettre-boukharine`). */
  texte: string;
  /** Number of the next id to give (`p<prochain>`): ids are never given twice. */
  prochain: number;
  /** The text's passages in reading order. */
  passages: EntreeDeLaTable[];
  /** Ids of passages removed from the text: never given again. */
  retires: string[];
  /**
   * Passages that moved to another text (the dossier's order restored, a text split): their old id
   * here lands on `passage` of the text `vers`; never given again here. See `deplaces.ts`.
   */
  deplaces?: PassageDeplace[];
}

/** The first words of a passage, at most `mots` words, with `…` when cut. */
export function debutDe(texte: string, mots = 8): string {
  const tous = texte.split(/\s+/).filter(Boolean);
  return tous.length <= mots ? tous.join(' ') : `${tous.slice(0, mots).join(' ')}…`;
}

const idValide = /^p[1-9]\d*$/;

/**
 * Read a ledger from its JSON text. A malformed ledger is an error with a plain French sentence,
 * `chemin : raison` (the caller adds the line and column when it has them).
 */
export function lireTableDesPassages(json: string, chemin: string): TableDesPassages {
  let valeur: unknown;
  try {
    valeur = JSON.parse(json);
  } catch (error) {
    throw new Error(`${chemin} : JSON illisible (${(error as Error).message}) ; une table des passages écrite par npm run passages est attendue`);
  }
  const r = valeur as Partial<TableDesPassages>;
  const faute = (quoi: string) => new Error(`${chemin} : table des passages inattendue, ${quoi} ; la restaurer depuis git, ou la supprimer et lancer npm run passages`);
  if (typeof r !== 'object' || r === null) throw faute('un objet est attendu');
  if (typeof r.texte !== 'string') throw faute('`texte` (le slug du texte) est attendu');
  if (!Number.isInteger(r.prochain) || r.prochain! < 1) throw faute('`prochain` (un entier positif) est attendu');
  if (!Array.isArray(r.passages)) throw faute('`passages` (une liste) est attendu');
  if (!Array.isArray(r.retires)) throw faute('`retires` (une liste) est attendu');
  if (r.deplaces !== undefined && (!Array.isArray(r.deplaces) || r.deplaces.some((d) => typeof d?.vers !== 'string' || typeof d?.passage !== 'string' || !idValide.test(d.passage)))) {
    throw faute('`deplaces` doit être une liste de { id, vers, passage }');
  }
  const vus = new Set<string>();
  const numero = (id: string) => Number(id.slice(1));
  for (const id of [...r.passages.flatMap((e) => [e?.id, ...(e?.alias ?? [])]), ...r.retires, ...(r.deplaces ?? []).map((d) => d.id)]) {
    if (typeof id !== 'string' || !idValide.test(id)) throw faute(`identifiant \`${String(id)}\` au lieu d’un identifiant comme \`p14\``);
    if (vus.has(id)) throw faute(`l’identifiant \`${id}\` figure deux fois`);
    if (numero(id) >= r.prochain!) throw faute(`l’identifiant \`${id}\` n’est pas inférieur à \`prochain\` (${r.prochain})`);
    vus.add(id);
  }
  for (const e of r.passages) {
    if (typeof e.empreinte !== 'string' || typeof e.signature !== 'string' || !Number.isInteger(e.taille)) throw faute(`il manque au passage \`${e.id}\` son empreinte`);
  }
  return r as TableDesPassages;
}

/** A ledger as JSON: one passage per line, so that a diff shows which passages an edit touched. */
export function ecrireTableDesPassages(r: TableDesPassages): string {
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
  attendu: EntreeDeLaTable | undefined;
}

/** Compare a text's passages with its ledger, in order; `undefined` when they agree. */
export function comparer(table: TableDesPassages, textes: readonly string[]): Desaccord | undefined {
  for (let i = 0; i < textes.length; i++) {
    const attendu = table.passages[i];
    if (!attendu || attendu.empreinte !== empreinte(textes[i]!)) return { index: i, attendu };
  }
  if (table.passages.length > textes.length) return { index: undefined, attendu: table.passages[textes.length] };
  return undefined;
}
