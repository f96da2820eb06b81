/**
 * The persons register (`content/personnes/<id>.md`): its schema, and the pure logic that finds
 * the registered names in a text. No file is read here (`lireRegistrePersonnes`, in
 * src/construction/contenu.ts, reads the register); the same functions serve the remark plugin,
 * the coverage report and the pages.
 *
 * A name is found by its spellings (`formes`), longest first, as a whole word: never inside a
 * derived word (« stalinien », « trotskiste », « Trotskistes »: a letter follows), but in a
 * hyphenated pair (« Kamenev-Reingold »: two names), after an elision (« d’Ulrich »), before an
 * English possessive (« Stalin’s ») or inside quotation marks. Initials before a name (« L. B.
 * Kamenev », « A.N.Yakovlev ») belong to the mention; a spelling registered with its initials is
 * preferred to the bare name (« A. N. Yakovlev » is one person, « Yakovlev » several).
 *
 * A spelling registered for several persons is ambiguous: it is never attributed by guessing.
 */
import { z } from 'astro/zod';

/** The front matter of a register entry (`content/personnes/<id>.md`). */
export const schemaPersonne = z.strictObject({
  /** The name as the edition writes it (« Nikolaï Iejov »). */
  nom: z.string().min(2),
  /**
   * Every spelling the texts use, French and English transliterations, with and without initials
   * or first names (« Iejov », « N. Iejov », « Yezhov », « Nikolai Yezhov »). A spelling shared by
   * several persons is ambiguous and must be resolved by an editor where it occurs.
   */
  formes: z.array(z.string().min(2).regex(/^\p{Lu}/u, 'une graphie commence par une majuscule')).min(1),
  /**
   * The usual forms readers meet outside the dossier (other French transliterations, English,
   * German, the original in Cyrillic): searched, shown as « Autres graphies », never looked for in
   * the texts (that is `formes`). Only established forms.
   */
  autres_formes: z.array(z.string().min(2).regex(/^\p{Lu}/u, 'une graphie commence par une majuscule')).optional(),
  /** Year of birth, when plainly established. */
  naissance: z.number().int().min(1700).max(2100).optional(),
  /** Year of death, when plainly established. */
  mort: z.number().int().min(1700).max(2100).optional(),
  /** For the agreement of « née en », « morte en » when only one date is known. */
  feminin: z.boolean().optional(),
  /** One line: what the person was, as far as the dossier is concerned. */
  role: z.string().min(3).max(240),
  /**
   * The ids this entry had before (its file's former names, `argent` for `silver`): their
   * addresses lead to its page, so that links already shared keep working.
   */
  anciens_ids: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'un identifiant en minuscules ASCII joint par des traits d’union est attendu')).optional(),
  /** The dossier's own note about this person, when there is one: `{ texte: lettre-boukharine, note: "3" }`. */
  texte_note: z.strictObject({
    texte: z.string().regex(/^[a-z0-9-]+$/, 'le slug d’un texte est attendu'),
    note: z.string().min(1),
  }).optional(),
});

export type DonneesPersonne = z.infer<typeof schemaPersonne>;

/** A register entry: its id (the file name), its front matter and its short note (Markdown body). */
export interface Personne extends DonneesPersonne {
  id: string;
  note: string;
}

/** The register, compiled once for searching. */
export interface Repertoire {
  /** Entries by id. */
  personnes: ReadonlyMap<string, Personne>;
  /** Normalised spelling → ids of the persons it may designate (more than one: ambiguous). */
  formes: ReadonlyMap<string, readonly string[]>;
  /** Global expression over every spelling (see {@link trouverNoms}). */
  motif: RegExp;
}

/** A name found in a text. */
export interface Occurrence {
  /** Offsets in the searched string (the possessive « ’s » excluded). */
  debut: number;
  fin: number;
  /** The words as written, initials included (« L. B. Kamenev »). */
  texte: string;
  /** The registered spelling it matched (normalised: « Kamenev », or « A. N. Yakovlev »). */
  forme: string;
  /** Ids of the persons this spelling may designate, in register order (one unless ambiguous). */
  candidats: readonly string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The canonical shape of a spelling: typographic apostrophe, single spaces, a space after each
 * initial (« A.N.Yakovlev » → « A. N. Yakovlev », « L.Trotski » → « L. Trotski »).
 */
export function normaliserForme(forme: string): string {
  return forme
    .replace(/'/g, '’')
    .replace(/(?<![\p{L}\p{N}])(\p{Lu})\.(?=\p{Lu})/gu, '$1. ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A spelling as a regular expression: any run of spaces, optional space after an initial, either apostrophe. */
export function motifDeForme(forme: string): string {
  return forme
    .split(' ')
    .map((mot) => mot.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/’/g, "['’]"))
    .join('\\s+')
    .replace(/\\\.\\s\+/g, '\\.\\s*');
}

/**
 * Compile a register for searching. Bad entries fail early with a plain sentence: an id that is
 * not lowercase ASCII, two entries with the same id, a former id that is another entry's (or given
 * twice: one address, one page), a spelling listed twice for one person.
 */
export function compilerRegistre(registre: readonly Personne[]): Repertoire {
  const personnes = new Map<string, Personne>();
  const formes = new Map<string, string[]>();
  for (const personne of registre) {
    if (!ID.test(personne.id)) throw new Error(`identifiant de personne \`${personne.id}\` invalide : des mots ASCII en minuscules joints par des traits d’union sont attendus (\`iejov\`, \`smirnov-ivan\`)`);
    if (personnes.has(personne.id)) throw new Error(`deuxième fiche \`${personne.id}\` : chaque identifiant est unique`);
    personnes.set(personne.id, personne);
    const vues = new Set<string>();
    for (const brute of personne.formes) {
      const forme = normaliserForme(brute);
      if (vues.has(forme)) throw new Error(`graphie « ${brute} » donnée deux fois pour \`${personne.id}\` : chaque graphie une seule fois`);
      vues.add(forme);
      formes.set(forme, [...(formes.get(forme) ?? []), personne.id]);
    }
  }
  const anciens = new Map<string, string>();
  for (const personne of registre) {
    for (const ancien of personne.anciens_ids ?? []) {
      const deja = personnes.has(ancien) ? `l’identifiant de la fiche \`${ancien}\`` : anciens.has(ancien) ? `déjà un ancien identifiant de \`${anciens.get(ancien)}\`` : undefined;
      if (deja) throw new Error(`ancien identifiant \`${ancien}\` de \`${personne.id}\` : c’est ${deja} ; une adresse ne mène qu’à une page`);
      anciens.set(ancien, personne.id);
    }
  }
  // Longest first, so that « Sergo Ordjonikidze » wins over « Sergo » and « A. N. Yakovlev » over « Yakovlev ».
  const toutes = [...formes.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(motifDeForme);
  const alternatives = toutes.length > 0 ? toutes.join('|') : '(?!)';
  // 1: a registered spelling; 2 + 3: initials not registered with it, then a registered spelling.
  // A letter or digit may neither precede nor follow (derived words); an English possessive may follow.
  const source = `(?<![\\p{L}\\p{N}])(?=\\p{Lu})(?:(${alternatives})|((?:\\p{Lu}\\.\\s*){1,3})(${alternatives}))(?:['’]s)?(?![\\p{L}\\p{N}])`;
  return { personnes, formes, motif: new RegExp(source, 'gu') };
}

/**
 * Read one match of {@link Repertoire.motif} (`match[0]`, the three groups, and its index).
 * Exposed for mdast-util-find-and-replace, which hands the groups to its replace function.
 */
export function lireCorrespondance(repertoire: Repertoire, valeur: string, forme: string | undefined, formeApresInitiales: string | undefined, index: number): Occurrence {
  const nom = forme ?? formeApresInitiales ?? '';
  const possessif = /['’]s$/.test(valeur) && !/['’]s$/.test(nom) ? 2 : 0;
  const texte = valeur.slice(0, valeur.length - possessif);
  const canonique = normaliserForme(nom);
  return {
    debut: index,
    fin: index + texte.length,
    texte,
    forme: canonique,
    candidats: repertoire.formes.get(canonique) ?? [],
  };
}

/** Every registered name in a string, in order. */
export function trouverNoms(repertoire: Repertoire, texte: string): Occurrence[] {
  const motif = new RegExp(repertoire.motif.source, repertoire.motif.flags);
  const trouves: Occurrence[] = [];
  for (const m of texte.matchAll(motif)) trouves.push(lireCorrespondance(repertoire, m[0], m[1], m[3], m.index));
  return trouves;
}

/** Whether a spelling designates several persons of the register. */
export function estAmbigue(repertoire: Repertoire, forme: string): boolean {
  return (repertoire.formes.get(normaliserForme(forme))?.length ?? 0) > 1;
}

/** « 1883-1936 », « né en 1950 », « mort en 1936 », or '' when the register gives no date. */
export function datesDe(personne: Pick<DonneesPersonne, 'naissance' | 'mort' | 'feminin'>): string {
  const { naissance, mort } = personne;
  const e = personne.feminin ? 'e' : '';
  if (naissance && mort) return `${naissance}-${mort}`;
  if (naissance) return `né${e} en ${naissance}`;
  if (mort) return `mort${e} en ${mort}`;
  return '';
}

/** The key people are sorted by: the id, which starts with the surname (« beria-sergo », « iejov »). */
export function ordreAlphabetique(a: Pick<Personne, 'id'>, b: Pick<Personne, 'id'>): number {
  return a.id.localeCompare(b.id, 'fr');
}
