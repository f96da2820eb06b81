/**
 * The model of a text: the one typed record the pipeline produces for each text of the dossier, in
 * one pass (src/noyau/pipeline.ts), and that every page, endpoint, the search index and the exports
 * read (through src/construction/dossier.ts). Nothing downstream re-parses Markdown or re-finds a
 * name or a date: what is here is what the pipeline found, with its position.
 *
 * Offsets (`debut`, `fin`) are in the plain text of the passage (`Passage.texte`), in UTF-16 code
 * units, as JavaScript's `slice` counts them.
 */

/** What kind of block a passage is. */
export type GenreDePassage = 'paragraphe' | 'citation' | 'element-de-liste' | 'tableau' | 'structure' | 'extrait' | 'note';

/** A citable passage of a text: a paragraph, block quote, list item, structural line, or a note. */
export interface Passage {
  /** Stable id, also the URL fragment (`p14`, or `note-7` for a note). Never reused for another passage. */
  id: string;
  /** Citable number shown in the margin (§ 14); notes keep their own numbers (`7`). */
  numero: number | string;
  genre: GenreDePassage;
  /** Older ids that now land on this passage (after an edit split or merged passages). */
  alias: string[];
  /** The passage's plain text (spaces collapsed), for previews, citations and search. */
  texte: string;
  /** Line of the Markdown file where it starts. */
  ligne: number;
}

/** A passage that moved to another text: `/textes/<ici>/<id>/` leads to `/textes/<vers>/#<passage>`. */
export interface PassageDeplace {
  id: string;
  /** Slug of the text it is in now. */
  vers: string;
  /** Its id there. */
  passage: string;
}

/** A note of the text, as the source numbers it. */
export interface Note {
  /** The source's label (`7`). */
  numero: string;
  /** Its passage id (`note-7`). */
  id: string;
  /** Ids of its calls in the text (`appel-7`, `appel-7-2`), in reading order. */
  appels: string[];
  /** The passages that call it (`p14`), in reading order (empty for a call in a heading). */
  appelee: string[];
  /** Its plain text. */
  texte: string;
  /** What the edition says is missing from it, in its own words (`:lacune[…]`). */
  lacunes: string[];
}

/** A heading of a text. */
export interface Titre {
  profondeur: number;
  /** Its plain text. */
  texte: string;
  /** Its id in the page (`1-introduction`), once the page is rendered. */
  id: string;
  /** Line of the Markdown file. */
  ligne: number;
  /** For a heading inside a passage (an extract's title): the passage, and where the heading is in its text. */
  passage?: string;
  debut?: number;
  fin?: number;
}

/** Where something sits in a text: a passage (offsets in its `texte`), or a heading. */
export interface Lieu {
  /** Id of the passage or note (`p14`, `note-7`); empty in a heading. */
  passage: string;
  /** Rank of the heading in `Modele.titres`, when the place is a heading. */
  titre?: number;
  /** Offsets in the passage's (or heading's) plain text. */
  debut: number;
  fin: number;
  /** The sentence around it, and where that sentence starts in the passage's text. */
  phrase: string;
  debutPhrase: number;
}

/** How an entity mention was attributed. */
export type Resolution =
  /** The spelling designates one entity of the register. */
  | 'graphie'
  /** An ambiguous spelling, resolved for the whole text by its front matter. */
  | 'en-tete'
  /** The editor's word at the place (`:personne[…]{id="…"}`, `:evenement[…]{id="…"}`). */
  | 'directive';

/** Kinds of entities the texts mention (one register each in `content/`). */
export type GenreDEntite = 'personne' | 'evenement';

/** One mention of an entity (a person, an event) in a text. */
export interface Mention extends Lieu {
  genre: GenreDEntite;
  /** Id of the entity in its register (`content/personnes/<id>.md`, `content/evenements/<id>.md`). */
  entite: string;
  /** The words as written at that place (« L. B. Kamenev »). */
  forme: string;
  resolution: Resolution;
}

/** One date recognised in a text. */
export interface DateMentionnee extends Lieu {
  /** ISO 8601 / EDTF value (`1936-08-27`, `1936-08`, `1930-22` for summer 1930, `1936/1938`, `192X`). */
  iso: string;
  /** The words as written. */
  mots: string;
  /** Marked by an editor (`:date[…]{iso}`) rather than read by the pipeline. */
  manuelle?: boolean;
  /** Life dates of a person, « Kamenev (1883-1936) »: a range of years, not an event of the chronology. */
  vie?: boolean;
}

/** What the edition says is missing from the source, in its own words (`:lacune[…]`), and where. */
export interface Lacune extends Lieu {
  /** The edition's words, without the brackets readers see around them. */
  texte: string;
}

/** The edition's own remark at a place (`:remarque[…]`), shown in brackets like a lacuna. */
export interface Remarque extends Lieu {
  /** The edition's words, without the brackets. */
  texte: string;
}

/** Words kept as printed on purpose (`:sic[…]`), followed for readers by the edition's « [sic] ». */
export interface Sic extends Lieu {
  /** The words as printed. */
  mots: string;
  /** What the edition says about them (« lire peut-être … »), if anything. */
  remarque?: string;
  /** Line of the directive in the Markdown file. */
  ligne: number;
}

/** A work or a collection the text cites (`:oeuvre[Dimitrov] 33-4`): a book, not a mention of its author. */
export interface Oeuvre extends Lieu {
  /** The words as written. */
  texte: string;
}

/**
 * The two kinds of correction, named at the start of every `motif` (« erreur d'extraction : lettre
 * mal lue ») so that readers can tell the extraction's slips from the printed dossier's own
 * (README, « Principes d'édition »).
 */
export const categoriesCorrection = {
  extraction: "erreur d'extraction",
  coquille: "coquille de l'imprimé",
} as const;
export type CategorieCorrection = keyof typeof categoriesCorrection;

/** Why the edition changed the source at a place. */
export interface Correction {
  /** Its id in the page (`corr-1`). */
  id: string;
  /** The source form. */
  source: string;
  /** The corrected form shown to readers (empty for a deletion). */
  corrige: string;
  /** Its reason, starting with its category's name. */
  motif: string;
  categorie: CategorieCorrection;
  /** Line and column of the directive in the Markdown file. */
  ligne: number;
  colonne: number;
  /** Line of the source file where the source form stands (found by the fidelity alignment). */
  ligneSource?: number;
  /** The passage that holds it. */
  passage: string;
}

/** A word the PDF had split at a line end, written whole by the edition. */
export interface MotRejoint {
  /** The source form, as readers see it: `com-plicité`. */
  source: string;
  edition: string;
  /** Line of the source file. */
  ligne: number;
}

/** A difference between the source and the edition that no rule explains. */
export interface Ecart {
  /** Source line (1-based) where the difference is, or the nearest line. */
  ligneSource: number;
  /** The source words concerned. */
  source: string;
  /** The edition words concerned (source view). */
  edition: string;
  /** A few source words around it, the difference between `[` `]`. */
  contexte: string;
  /** Line in the Markdown file, when known. */
  ligne?: number;
  /** Why it is reported (French). */
  raison: string;
}

/** The paragraphs of the edition compared with the source's (src/noyau/fidelite/paragraphes.ts). */
export interface BilanDesAlineas {
  /** Whether the source marks its paragraphs (front matter `source.alineas`), hence whether they were compared. */
  compares: boolean;
  /** Paragraphs the source begins, within the text's lines. */
  source: number;
  /** Differences declared: blocks the source does not begin (`:alinea{…}`), marks that are none (`:suite{…}`). */
  declares: number;
}

/** How the text was established from its source: the fidelity alignment, summarised. */
export interface Fidelite {
  /** The source file and its line ranges. */
  fichier: string;
  lignes: [number, number][];
  motsSource: number;
  motsEdition: number;
  motsRejoints: MotRejoint[];
  traitsDUnionGardes: number;
  appelsDetaches: number;
  notesDeplacees: number;
  motsRegroupes: number;
  /** Places where the signs printed between two words were compared with the edition's. */
  signesCompares: number;
  alineas: BilanDesAlineas;
  /** Must be empty: the build stops otherwise. */
  ecarts: Ecart[];
}

/** Everything the pipeline records about a text. */
export interface Modele {
  /** Passages in reading order, then the notes. */
  passages: Passage[];
  /** Ids of passages removed from the text (from its ledger): never given again; their share pages say so. */
  passagesRetires: string[];
  /** Passages moved to another text (from its ledger): their old ids lead there. */
  passagesDeplaces: PassageDeplace[];
  notes: Note[];
  titres: Titre[];
  mentions: Mention[];
  dates: DateMentionnee[];
  corrections: Correction[];
  lacunes: Lacune[];
  remarques: Remarque[];
  sics: Sic[];
  oeuvres: Oeuvre[];
  /** Undefined for a document without a source (test fixtures). */
  fidelite?: Fidelite;
  /** Words of the text (the edition's own words included), for the reading time. */
  mots: number;
}

declare module 'vfile' {
  interface DataMap {
    /** The model of the text, filled by the edition's plugins (src/noyau/plugins/). */
    modele: Partial<Modele>;
  }
}
