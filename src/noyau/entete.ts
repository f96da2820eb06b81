/**
 * The front matter of the edition's files, read in one way: the YAML between the two `---` lines,
 * checked against a schema. The same schemas are the Astro collections' (src/content.config.ts), so
 * the build, the command-line tools and the tests accept and refuse exactly the same files.
 */
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { estValeurDeDate } from './dates.ts';

/** zod's own messages, in French (per call: no global setting). */
const enFrancais = z.locales.fr().localeError;

/** An ISO 8601 date of the original: year, year-month or full date. */
const dateIso = z.string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'une date ISO 8601 est attendue : AAAA, AAAA-MM ou AAAA-MM-JJ')
  .refine((iso) => estValeurDeDate(iso) && !/^\d{4}-2\d/.test(iso), 'une date qui existe est attendue (mois 01 à 12, un jour de ce mois)');

/** A range of source lines, 1-based, inclusive, in order. */
const plage = z.tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([a, b]) => a <= b, 'une plage de lignes [début, fin] avec début ≤ fin est attendue');

/** The front matter of a text (`content/textes/<slug>.md`). */
export const schemaTexte = z.strictObject({
  /** Title as the dossier gives it. */
  titre: z.string().min(1),
  /** Author of the original text. */
  auteur: z.string().min(1),
  /** Translator or translating collective, only where the source names one. */
  traduction: z.string().min(1).optional(),
  /** Date of the original, only when the dossier gives it or it is plainly established. */
  date: dateIso.optional(),
  /** Kind of text. */
  genre: z.enum(['introduction', 'essai', 'extraits', 'traduction', 'lettre']),
  /** Place in the dossier (reading order), from 1. */
  ordre: z.number().int().positive(),
  /** A short presentation, from what the dossier itself says. */
  presentation: z.string().min(20).max(600),
  /** Provenance: the source file and its line ranges. */
  source: z.strictObject({
    fichier: z.string().regex(/^[\w.-]+\.txt$/, 'un nom de fichier de content/sources/ est attendu (`…txt`)'),
    lignes: z.array(plage).min(1),
    /** How the source marks its paragraphs, when it does: the fidelity check then compares them (src/noyau/fidelite/paragraphes.ts). */
    alineas: z.enum(['espace-initiale', 'ligne-vide']).optional(),
  }),
  /**
   * Who an ambiguous spelling designates in this text (spelling → person id): `{ Sergo: ordjonikidze }`.
   * Checked by remark-personnes against the register; a single place can say otherwise with `:personne[…]{id="…"}`.
   */
  personnes: z.record(z.string(), z.string().regex(/^[a-z0-9-]+$/)).optional(),
});

export type EnTete = z.infer<typeof schemaTexte>;

/**
 * Where a value of a front matter stands in the file (the YAML text, the file line it starts on):
 * line and column of the value at `chemin` (`['source', 'fichier']`), or of the front matter's start.
 */
export function placeDansLEnTete(yaml: string, chemin: readonly (string | number)[], premiereLigne = 2): { line: number; column: number } {
  const noeud = parseDocument(yaml, { prettyErrors: false }).getIn(chemin as never, true) as { range?: [number, number, number] } | undefined;
  const avant = yaml.slice(0, noeud?.range?.[0] ?? 0).split('\n');
  return { line: premiereLigne + avant.length - 1, column: avant.at(-1)!.length + 1 };
}

/** A problem in a front matter: the reason (French), with line and column in the file. */
export interface ProblemeDEnTete {
  raison: string;
  ligne: number;
  colonne: number;
}

/** What {@link lireEnTete} found: the checked data, or every problem. */
export type LectureDEnTete<T> = { ok: true; donnees: T } | { ok: false; problemes: ProblemeDEnTete[] };

/** The YAML of a file's front matter and the line it starts on, or `undefined` when there is none. */
export function yamlDe(texte: string): { yaml: string; ligne: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(texte);
  return m ? { yaml: m[1]!, ligne: 2 } : undefined;
}

/**
 * Read and check a front matter (the YAML text, and the file line it starts on) against a schema.
 * Every problem is given with the line and column of the offending value.
 */
export function lireEnTete<S extends z.ZodType>(yaml: string, schema: S, premiereLigne = 2): LectureDEnTete<z.infer<S>> {
  const document = parseDocument(yaml, { prettyErrors: false });
  const ligneColonne = (offset: number) => {
    const avant = yaml.slice(0, Math.max(0, offset)).split('\n');
    return { ligne: premiereLigne + avant.length - 1, colonne: avant.at(-1)!.length + 1 };
  };
  if (document.errors.length > 0) {
    return { ok: false, problemes: document.errors.map((e) => ({ raison: `en-tête YAML illisible (${e.message.split('\n')[0]})`, ...ligneColonne(e.pos[0]) })) };
  }
  const verifie = schema.safeParse(document.toJS() ?? {}, { error: enFrancais });
  if (verifie.success) return { ok: true, donnees: verifie.data };
  return {
    ok: false,
    problemes: verifie.error.issues.map((probleme) => {
      const chemin = probleme.path.map(String);
      const noeud = chemin.length > 0 ? document.getIn(probleme.path as never, true) as { range?: [number, number, number] } | undefined : undefined;
      // A missing field has no node: point at its parent, or at the front matter's start.
      const parent = !noeud?.range && chemin.length > 1 ? document.getIn(probleme.path.slice(0, -1) as never, true) as { range?: [number, number, number] } | undefined : undefined;
      const offset = noeud?.range?.[0] ?? parent?.range?.[0] ?? 0;
      return { raison: `en-tête, ${chemin.join('.') || '(racine)'} : ${probleme.message}`, ...ligneColonne(offset) };
    }),
  };
}
