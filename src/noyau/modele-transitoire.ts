/**
 * Transitional: the records the plugins write today (on `file.data.astro.frontmatter`), as they
 * were before `modele.ts` became the target model. Removed once the plugins fill `Modele`.
 */
import type { Passage } from './modele.ts';

export type { Passage };

/** One mention of a person in a text. */
export interface Mention {
  /** Id of the person in `content/personnes/`. */
  personne: string;
  /** The spelling used at that place. */
  forme: string;
  /** Id of the passage (or note) holding the mention. */
  passage: string;
  /** The sentence around the mention, for context. */
  phrase: string;
}

/** One date recognised in a text. */
export interface DateMentionnee {
  /** ISO 8601 / EDTF value (`1936-08-27`, `1936-08`, `1930-21` for summer 1930, `1936/1938`, `192X`). */
  iso: string;
  /** The words as written. */
  texte: string;
  /** Id of the passage (or note) holding the date. */
  passage: string;
  /** The sentence around the date. */
  phrase: string;
  /** Life dates of a person, « Kamenev (1883-1936) »: a range of years, not an event of the chronology. */
  vie?: boolean;
}

/** Everything the pipeline records about a text. */
export interface DonneesDuTexte {
  passages?: Passage[];
  /** Ids of passages removed from the text (from its ledger): never given again; their share pages say so. */
  passagesRetires?: string[];
  mentions?: Mention[];
  dates?: DateMentionnee[];
}
