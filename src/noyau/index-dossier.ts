/**
 * The cross-document index of the dossier, computed in one place from what the remark plugins
 * recorded on each text (`entry.rendered.metadata.frontmatter`, typed in src/noyau/modele.ts):
 * who is mentioned where, what happened when. Pages and endpoints call these functions with the
 * collection (`await textesDansLOrdre()`); nothing is kept between builds or between files.
 *
 * Pure (no `astro:content` import), so that tests can pass plain objects.
 *
 * Sections: the texts' records (shared), the chronology (dates), then the persons (mentions).
 */
import { noteId } from './plugins/remark-notes.ts';
import { reference } from './references.ts';
import { anneesCouvertes, bornes, dateEnLettres, valeurHtml } from './dates.ts';
import type { DateMentionnee, DonneesDuTexte } from './modele-transitoire.ts';
import { enLettres } from './mois.ts';
import type { PassageIndexe } from './recherche.ts';

// The texts' records

/** What the index needs of a text: an entry of the `textes` collection fits. */
export interface TexteSource {
  /** Slug of the text (`lettre-boukharine`), also its URL. */
  id: string;
  data: { titre: string; auteur: string; ordre: number };
  rendered?: { metadata?: { [key: string]: unknown; frontmatter?: unknown } };
}

/** A text as the index pages show it. */
export interface TexteResume {
  slug: string;
  titre: string;
  auteur: string;
  ordre: number;
}

/** What the plugins recorded on a text (empty lists when a plugin did not run). */
export function donneesDe(texte: TexteSource): Required<Pick<DonneesDuTexte, 'passages' | 'mentions' | 'dates'>> {
  const frontmatter = (texte.rendered?.metadata?.frontmatter ?? {}) as DonneesDuTexte;
  return { passages: frontmatter.passages ?? [], mentions: frontmatter.mentions ?? [], dates: frontmatter.dates ?? [] };
}

function resume(texte: TexteSource): TexteResume {
  return { slug: texte.id, titre: texte.data.titre, auteur: texte.data.auteur, ordre: texte.data.ordre };
}

/** The URL of a passage, relative to the site's base: `textes/lettre-boukharine/#p14` (the text itself when the passage is unknown). */
export function urlDuPassage(slug: string, passage: string): string {
  return passage ? `textes/${slug}/#${passage}` : `textes/${slug}/`;
}

// The chronology

/** One dated passage. */
export interface EntreeDeChronologie {
  /** EDTF value (`1936-08-19/1936-08-24`). */
  iso: string;
  /** The value in French (« 19–24 août 1936 »). */
  libelle: string;
  /** HTML `datetime` value when there is one (see `valeurHtml`). */
  datetime: string | undefined;
  /** First and last days covered, for sorting. */
  debut: string;
  fin: string;
  /** The words as the text writes them, and the sentence around them. */
  mots: string;
  phrase: string;
  texte: TexteResume;
  /** Id of the passage (`p14`, `note-7`; empty when the text has no passages yet). */
  passage: string;
  /** « § 14 », « note 7 », or empty. */
  numero: string;
  /** Relative URL of the passage (prefix it with the base path). */
  url: string;
}

/** The entries of one year: dates are grouped by the year they start in (a decade by its first year). */
export interface AnneeDeChronologie {
  annee: number;
  entrees: EntreeDeChronologie[];
}

/** A heading of a text, as Astro's `render()` lists them (`headings`). */
export interface Titre {
  slug: string;
  text: string;
}

/**
 * Every dated passage of the dossier in date order (first day, then the longest span first, then
 * reading order), grouped by year. A date written twice in the same passage is listed once. A date
 * in a heading (which is no passage) links to the heading when `titres` lists the text's headings,
 * else to the text.
 */
export function chronologie(textes: readonly TexteSource[], titres: Readonly<Record<string, readonly Titre[]>> = {}): AnneeDeChronologie[] {
  const entrees: { entree: EntreeDeChronologie; rang: number }[] = [];
  const vues = new Set<string>();
  for (const texte of [...textes].sort((a, b) => a.data.ordre - b.data.ordre)) {
    const { passages, dates } = donneesDe(texte);
    const numeros = new Map(passages.map((p) => [p.id, reference(p)]));
    dates.forEach((date: DateMentionnee) => {
      // A person's life dates are not events of the dossier.
      if (date.vie) return;
      const cle = [texte.id, date.passage || date.phrase, date.iso].join('\u0000');
      if (vues.has(cle)) return;
      vues.add(cle);
      const { debut, fin } = bornes(date.iso);
      entrees.push({
        rang: entrees.length,
        entree: {
          iso: date.iso, libelle: dateEnLettres(date.iso), datetime: valeurHtml(date.iso), debut, fin,
          mots: date.texte, phrase: date.phrase, texte: resume(texte), passage: date.passage,
          numero: numeros.get(date.passage) ?? '',
          url: date.passage ? urlDuPassage(texte.id, date.passage) : urlDuTitre(texte.id, date.phrase, titres[texte.id] ?? []),
        },
      });
    });
  }
  entrees.sort((a, b) => compare(a.entree.debut, b.entree.debut) || compare(b.entree.fin, a.entree.fin) || a.rang - b.rang);

  const annees: AnneeDeChronologie[] = [];
  for (const { entree } of entrees) {
    const annee = Number(entree.debut.slice(0, 4));
    if (annees.at(-1)?.annee !== annee) annees.push({ annee, entrees: [] });
    annees.at(-1)!.entrees.push(entree);
  }
  return annees;
}

function urlDuTitre(slug: string, phrase: string, titres: readonly Titre[]): string {
  // French typography puts no-break spaces in the rendered headings: compare words, not spaces.
  const espaces = (texte: string) => texte.replace(/\s+/g, ' ');
  const titre = titres.find((t) => espaces(t.text).includes(espaces(phrase)));
  return titre ? `textes/${slug}/#${titre.slug}` : urlDuPassage(slug, '');
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// The persons

/** One place where a person is mentioned, as the person's page lists it. */
export interface MentionListee {
  /** The spellings used there (« L. B. Kamenev », or « Kamenev, Kaménev » when several). */
  formes: string[];
  /** The sentence around the mention. */
  phrase: string;
  /** Id of the passage (`p14`, `note-7`; a heading's id or empty while a text has no passages). */
  passage: string;
  /** « § 14 », « note 7 », or empty. */
  numero: string;
  /** Relative URL of the passage (prefix it with the base path). */
  url: string;
}

/** A person's mentions in one text. */
export interface MentionsDansUnTexte {
  texte: TexteResume;
  /** How many times the text names the person. */
  total: number;
  /** The places, in reading order; one sentence of one passage is listed once. */
  lieux: MentionListee[];
}

/**
 * Who is mentioned where: for each person id, the texts that name them (reading order), with how
 * often and where. Built from the `mentions` remark-personnes recorded on each text.
 */
export function mentionsParPersonne(textes: readonly TexteSource[]): Map<string, MentionsDansUnTexte[]> {
  const index = new Map<string, MentionsDansUnTexte[]>();
  for (const texte of [...textes].sort((a, b) => a.data.ordre - b.data.ordre)) {
    const { passages, mentions } = donneesDe(texte);
    const numeros = new Map(passages.map((p) => [p.id, reference(p)]));
    const parPersonne = new Map<string, { total: number; lieux: Map<string, MentionListee> }>();
    for (const mention of mentions) {
      let entree = parPersonne.get(mention.personne);
      if (!entree) parPersonne.set(mention.personne, (entree = { total: 0, lieux: new Map() }));
      entree.total++;
      const cle = `${mention.passage}\u0000${mention.phrase}`;
      const lieu = entree.lieux.get(cle);
      if (lieu) {
        if (!lieu.formes.includes(mention.forme)) lieu.formes.push(mention.forme);
      } else {
        entree.lieux.set(cle, {
          formes: [mention.forme], phrase: mention.phrase, passage: mention.passage,
          numero: numeros.get(mention.passage) ?? '', url: urlDuPassage(texte.id, mention.passage),
        });
      }
    }
    for (const [personne, { total, lieux }] of parPersonne) {
      index.set(personne, [...(index.get(personne) ?? []), { texte: resume(texte), total, lieux: [...lieux.values()] }]);
    }
  }
  return index;
}

/** A person's entry in the register, as far as the dossier's note about them goes. */
export interface PersonneAvecNote {
  id: string;
  /** The text and the label of the dossier's own footnote about the person (register's `texte_note`). */
  texte_note?: { texte: string; note: string } | undefined;
}

/** The dossier's own footnote about a person. */
export interface NoteDuDossier {
  /** The note's label (« 7 »). */
  note: string;
  /** Title of the text that holds it. */
  titre: string;
  /** The note's plain text, as recorded by remark-passages. */
  texte: string;
  /** Relative URL of the note (prefix it with the base path): `textes/lettre-boukharine/#note-7`. */
  url: string;
}

/**
 * The dossier's own footnote about a person, read from the text itself (never a copy that could
 * drift); `undefined` when the register names none. A `texte_note` that names no note of the
 * dossier is an error naming the register's file.
 */
export function noteDuDossier(textes: readonly TexteSource[], personne: PersonneAvecNote): NoteDuDossier | undefined {
  if (!personne.texte_note) return undefined;
  const { texte, note } = personne.texte_note;
  const source = textes.find((t) => t.id === texte);
  const passage = source && donneesDe(source).passages.find((p) => p.id === noteId(note));
  if (!source || !passage) throw new Error(`content/personnes/${personne.id}.md: texte_note { texte: ${texte}, note: "${note}" } names no note of the dossier`);
  return { note, titre: source.data.titre, texte: passage.texte, url: urlDuPassage(texte, noteId(note)) };
}

// Search

/**
 * The written forms under which a reader may look for a date (an EDTF value from remark-dates):
 * `1936-08-27` → « 27 août 1936 » (« 1er août 1936 » for the first), « 27/08/1936 », « 1936-08-27 »,
 * « août 1936 », « 1936 »; every point of an interval or a set gets its forms. Years are the
 * filter values: every year a short span touches; for a span of more than ten years (life dates),
 * only its ends, so that a biography does not fill the filter of every year in between.
 */
export function formesDeDate(iso: string): { formes: string[]; annees: string[] } {
  const formes = new Set<string>();
  for (const point of iso.replace(/[{}~?%]/g, '').split(/[/,]/)) {
    const decennie = /^(\d{3})X$/.exec(point);
    if (decennie) formes.add(`années ${decennie[1]}0`);
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(point);
    if (!m) continue;
    const [, a, mm, jj] = m;
    formes.add(a!);
    const numeroMois = Number(mm);
    if (!mm || numeroMois < 1 || numeroMois > 12) continue;
    formes.add(enLettres({ annee: a, mois: numeroMois }));
    if (!jj) continue;
    formes.add(enLettres({ annee: a, mois: numeroMois, jour: Number(jj) }));
    formes.add(`${jj}/${mm}/${a}`);
    formes.add(`${a}-${mm}-${jj}`);
  }
  const couvertes = anneesCouvertes(iso);
  const annees = couvertes.length > 10 ? [couvertes[0]!, couvertes.at(-1)!] : couvertes;
  return { formes: [...formes], annees: annees.map(String) };
}

/** What the search index needs of a person of the register. */
export interface PersonneIndexee {
  id: string;
  nom: string;
  formes: readonly string[];
}

/**
 * Every passage of the dossier as a search record: its words, the persons it mentions (with all
 * their spellings, so that « Yezhov » finds Werth's « Iejov ») and its dates (with their common
 * written forms). Notes are passages too.
 */
export function passagesIndexes(textes: readonly TexteSource[], personnes: readonly PersonneIndexee[]): PassageIndexe[] {
  const parId = new Map(personnes.map((p) => [p.id, p]));
  const records: PassageIndexe[] = [];
  for (const texte of [...textes].sort((a, b) => a.data.ordre - b.data.ordre)) {
    const { passages, mentions, dates } = donneesDe(texte);
    passages.forEach((passage, rang) => {
      const numero = reference(passage);
      const ici = new Set(mentions.filter((m) => m.passage === passage.id).map((m) => m.personne));
      records.push({
        url: `/${urlDuPassage(texte.id, passage.id)}`,
        contenu: passage.texte,
        titre: `${texte.data.titre} — ${numero}`,
        texte: texte.data.titre,
        numero,
        ordre: `${String(texte.data.ordre).padStart(2, '0')}-${String(rang).padStart(5, '0')}`,
        personnes: [...ici].flatMap((id) => { const p = parId.get(id); return p ? [{ nom: p.nom, formes: [...p.formes] }] : []; }),
        // Life dates are searchable, but do not put a biography under every year of a life.
        dates: dates.filter((d) => d.passage === passage.id).map((d) => {
          const { formes, annees } = formesDeDate(d.iso);
          return { iso: d.iso, formes, annees: d.vie ? [] : annees };
        }),
      });
    });
  }
  return records;
}
