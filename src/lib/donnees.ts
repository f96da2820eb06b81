/**
 * What the remark plugins record about each text (on `file.data.astro.frontmatter`, read back by
 * the pages as `entry.rendered.metadata.frontmatter`). Cross-document indexes (who is mentioned
 * where, what happened when) are computed from these records once, in `src/lib/index-dossier.ts`.
 */
import type { PassageDeplace } from './passages.ts';

/** A citable passage of a text: a paragraph, block quote, list item, heading-less block, or a note. */
export interface Passage {
  /** Stable id, also the URL fragment (`p14`, or `note-7` for a note). Never reused for another passage. */
  id: string;
  /** Citable number shown in the margin (§ 14); notes keep their own numbers. */
  numero: number | string;
  /** Older ids that now land on this passage (after an edit split or merged passages). */
  alias: string[];
  /** The passage's plain text, for previews, citations and search. */
  texte: string;
}

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
  /** Passages moved to another text (from its ledger): their old ids lead there. */
  passagesDeplaces?: PassageDeplace[];
  mentions?: Mention[];
  dates?: DateMentionnee[];
}
