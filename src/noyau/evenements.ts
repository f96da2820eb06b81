/**
 * The events register (`content/evenements/<id>.md`): its schema, and the pure logic that finds the
 * registered names of events in a text. No file is read here (src/construction/contenu.ts reads it).
 *
 * What counts as a reference to an event is exactly a registered form (`formes`), found as whole
 * words, case aside, accents and words as written (« procès des Seize », « premier procès de
 * Moscou », « Plénum de février-mars 1937 », « 17ème Congrès du Parti »). Anything else — « le
 * procès », « ce plénum », « le Congrès » — is never guessed: the editor says what it designates at
 * the place, `:evenement[le deuxième procès]{id="deuxieme-proces-de-moscou"}`. A form registered for
 * two events is ambiguous: each of its occurrences stops the build until an editor resolves it.
 */
import { z } from 'astro/zod';
import { estValeurDeDate } from './dates.ts';
import { motifDeForme, normaliserForme } from './personnes.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The front matter of a register entry (`content/evenements/<id>.md`). */
export const schemaEvenement = z.strictObject({
  /** The name the edition gives it (« Premier procès de Moscou »). */
  nom: z.string().min(3),
  /** The forms the texts use, found in them as references to the event (« procès des Seize »). */
  formes: z.array(z.string().min(3)).min(1),
  /** Other usual names (other languages, the literature): searched, never looked for in the texts. */
  autres_formes: z.array(z.string().min(2)).optional(),
  /** When: an ISO 8601 / EDTF value (`1936-08-19/1936-08-24`). */
  date: z.string().refine(estValeurDeDate, 'une date ISO 8601 / EDTF est attendue (`1936-08-19/1936-08-24`, `1937-02-23/1937-03-05`)'),
  /** One line of established fact. */
  description: z.string().min(10).max(300),
  /** The persons involved, where the texts say so (ids of the persons register). */
  personnes: z.array(z.string().regex(ID, 'l’identifiant d’une fiche de content/personnes/ est attendu')).optional(),
});

export type DonneesEvenement = z.infer<typeof schemaEvenement>;

/** A register entry: its id (the file name) and its front matter. */
export interface Evenement extends DonneesEvenement {
  id: string;
}

/** The events register, compiled once for searching texts. */
export interface RepertoireEvenements {
  evenements: ReadonlyMap<string, Evenement>;
  /** Folded form (lower case) → ids of the events it may designate (more than one: ambiguous). */
  formes: ReadonlyMap<string, readonly string[]>;
  /** Global, case-insensitive expression over every form, longest first (group 1: the form). */
  motif: RegExp;
}

/** The key a form is compared by: its canonical shape, in lower case. */
export function cleDeForme(forme: string): string {
  return normaliserForme(forme).toLocaleLowerCase('fr');
}

/**
 * Compile the register. Bad entries fail early with a plain sentence: an id that is not lowercase
 * ASCII, a form listed twice for one event.
 */
export function compilerEvenements(registre: readonly Evenement[]): RepertoireEvenements {
  const evenements = new Map<string, Evenement>();
  const formes = new Map<string, string[]>();
  for (const evenement of registre) {
    if (!ID.test(evenement.id)) throw new Error(`identifiant d’événement \`${evenement.id}\` invalide : des mots ASCII en minuscules joints par des traits d’union sont attendus (\`premier-proces-de-moscou\`)`);
    evenements.set(evenement.id, evenement);
    const vues = new Set<string>();
    for (const forme of evenement.formes) {
      const cle = cleDeForme(forme);
      if (vues.has(cle)) throw new Error(`forme « ${forme} » donnée deux fois pour \`${evenement.id}\` : chaque forme une seule fois`);
      vues.add(cle);
      formes.set(cle, [...(formes.get(cle) ?? []), evenement.id]);
    }
  }
  const toutes = [...formes.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(motifDeForme);
  const alternatives = toutes.length > 0 ? toutes.join('|') : '(?!)';
  // A whole phrase: no letter or digit just before or after (« procès de Moscou » is not in « procès de Moscoutaire »).
  return { evenements, formes, motif: new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'giu') };
}

/** A reference to an event found in a string. */
export interface ReferenceTrouvee {
  debut: number;
  fin: number;
  /** The words as written. */
  texte: string;
  /** Ids of the events this form may designate (one unless ambiguous). */
  candidats: readonly string[];
}

/** Every registered form in a string, in order. */
export function trouverEvenements(repertoire: RepertoireEvenements, texte: string): ReferenceTrouvee[] {
  const motif = new RegExp(repertoire.motif.source, repertoire.motif.flags);
  return [...texte.matchAll(motif)].map((m) => ({
    debut: m.index, fin: m.index + m[0].length, texte: m[0], candidats: repertoire.formes.get(cleDeForme(m[0])) ?? [],
  }));
}
