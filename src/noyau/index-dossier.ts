/**
 * The cross-document index of the dossier, computed in one place from the texts' models
 * (src/noyau/modele.ts): who is mentioned where, what happened when, what search indexes. Pages
 * and endpoints call these functions with the texts of the dossier (`await textesDuDossier()`);
 * nothing is kept between builds or between files.
 *
 * Pure (no `astro:content` import), so that tests can pass plain objects.
 *
 * Sections: the texts' records (shared), the chronology (dates), then the persons and events (mentions).
 */
import { noteId } from './plugins/remark-notes.ts';
import { reference } from './references.ts';
import { anneesCouvertes, bornes, dateEnLettres, valeurHtml } from './dates.ts';
import type { GenreDEntite, Lieu, Modele } from './modele.ts';
import { enLettres } from './mois.ts';
import type { PassageIndexe } from './recherche.ts';

// The texts' records

/** What the index needs of a text: its slug, some of its front matter, its model. */
export interface TexteSource {
  /** Slug of the text (`lettre-boukharine`), also its URL. */
  slug: string;
  entete: { titre: string; auteur: string; ordre: number };
  modele: Pick<Modele, 'passages' | 'mentions' | 'dates' | 'notes' | 'titres'>;
}

/** A text as the index pages show it. */
export interface TexteResume {
  slug: string;
  titre: string;
  auteur: string;
  ordre: number;
}

function resume(texte: TexteSource): TexteResume {
  return { slug: texte.slug, titre: texte.entete.titre, auteur: texte.entete.auteur, ordre: texte.entete.ordre };
}

const dansLOrdre = (textes: readonly TexteSource[]) => [...textes].sort((a, b) => a.entete.ordre - b.entete.ordre);

/** Where a place of a text leads: its passage, or its heading. */
function urlDuLieu(texte: TexteSource, lieu: Pick<Lieu, 'passage' | 'titre'>): string {
  if (lieu.passage) return urlDuPassage(texte.slug, lieu.passage);
  const titre = lieu.titre === undefined ? undefined : texte.modele.titres[lieu.titre];
  return titre?.id ? `textes/${texte.slug}/#${titre.id}` : urlDuPassage(texte.slug, '');
}

/** A place's words within its sentence: offsets in `phrase`. */
function dansLaPhrase(lieu: Lieu): [number, number] {
  return [lieu.debut - lieu.debutPhrase, lieu.fin - lieu.debutPhrase];
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
  /** The words as the text writes them, the sentence around them, and where they are in it. */
  mots: string;
  phrase: string;
  marque: [number, number];
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

/**
 * Every dated passage of the dossier in date order (first day, then the longest span first, then
 * reading order), grouped by year. A date written twice in the same passage is listed once. A date
 * in a heading (which is no passage) links to the heading.
 */
export function chronologie(textes: readonly TexteSource[]): AnneeDeChronologie[] {
  const entrees: { entree: EntreeDeChronologie; rang: number }[] = [];
  const vues = new Set<string>();
  for (const texte of dansLOrdre(textes)) {
    const numeros = new Map(texte.modele.passages.map((p) => [p.id, reference(p)]));
    texte.modele.dates.forEach((date) => {
      // A person's life dates are not events of the dossier.
      if (date.vie) return;
      const cle = [texte.slug, date.passage || `titre-${date.titre}`, date.iso].join('\u0000');
      if (vues.has(cle)) return;
      vues.add(cle);
      const { debut, fin } = bornes(date.iso);
      entrees.push({
        rang: entrees.length,
        entree: {
          iso: date.iso, libelle: dateEnLettres(date.iso), datetime: valeurHtml(date.iso), debut, fin,
          mots: date.mots, phrase: date.phrase, marque: dansLaPhrase(date), texte: resume(texte), passage: date.passage,
          numero: numeros.get(date.passage) ?? '',
          url: urlDuLieu(texte, date),
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

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// The entities: persons and events (mentions)

/** One place where an entity (a person, an event) is mentioned, as its page lists it. */
export interface MentionListee {
  /** The words used there (« L. B. Kamenev », or « Kamenev, Kaménev » when several). */
  formes: string[];
  /** The sentence around the mention, and where the entity is named in it (offsets in `phrase`). */
  phrase: string;
  marques: [number, number][];
  /** Id of the passage (`p14`, `note-7`). */
  passage: string;
  /** « § 14 », « note 7 », or empty. */
  numero: string;
  /** Relative URL of the passage (prefix it with the base path). */
  url: string;
}

/** An entity's mentions in one text. */
export interface MentionsDansUnTexte {
  texte: TexteResume;
  /** How many times the text names the entity. */
  total: number;
  /** The places, in reading order; one sentence of one passage is listed once. */
  lieux: MentionListee[];
}

/**
 * Who or what is mentioned where: for each entity id of one kind (`personne`, `evenement`), the
 * texts that name it (reading order), with how often and where. Built from the texts' mentions.
 */
export function mentionsParEntite(textes: readonly TexteSource[], genre: GenreDEntite): Map<string, MentionsDansUnTexte[]> {
  const index = new Map<string, MentionsDansUnTexte[]>();
  for (const texte of dansLOrdre(textes)) {
    const numeros = new Map(texte.modele.passages.map((p) => [p.id, reference(p)]));
    const parEntite = new Map<string, { total: number; lieux: Map<string, MentionListee> }>();
    for (const mention of texte.modele.mentions) {
      if (mention.genre !== genre) continue;
      let entree = parEntite.get(mention.entite);
      if (!entree) parEntite.set(mention.entite, (entree = { total: 0, lieux: new Map() }));
      entree.total++;
      // One sentence of one passage is listed once, even when the passage repeats it.
      const cle = `${mention.passage}\u0000${mention.titre ?? ''}\u0000${mention.phrase}`;
      const lieu = entree.lieux.get(cle);
      if (lieu) {
        if (!lieu.formes.includes(mention.forme)) lieu.formes.push(mention.forme);
        const marque = dansLaPhrase(mention);
        if (!lieu.marques.some(([d, f]) => d === marque[0] && f === marque[1])) lieu.marques.push(marque);
      } else {
        entree.lieux.set(cle, {
          formes: [mention.forme], phrase: mention.phrase, marques: [dansLaPhrase(mention)], passage: mention.passage,
          numero: numeros.get(mention.passage) ?? '', url: urlDuLieu(texte, mention),
        });
      }
    }
    for (const [entite, { total, lieux }] of parEntite) {
      index.set(entite, [...(index.get(entite) ?? []), { texte: resume(texte), total, lieux: [...lieux.values()] }]);
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
  /** The note's plain text, from the text's model. */
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
  const source = textes.find((t) => t.slug === texte);
  const trouvee = source?.modele.notes.find((n) => n.numero === note);
  if (!source || !trouvee) throw new Error(`content/personnes/${personne.id}.md:1:1 : texte_note { texte: ${texte}, note: "${note}" } ne désigne aucune note du dossier`);
  return { note, titre: source.entete.titre, texte: trouvee.texte, url: urlDuPassage(texte, noteId(note)) };
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

/** What the search index needs of an entity of a register (a person, an event). */
export interface EntiteIndexee {
  id: string;
  nom: string;
  /** Every form: the dossier's and the others (« Bukharin », « Бухарин »). */
  formes: readonly string[];
}

/**
 * Every passage of the dossier as a search record: its words, the persons and events it mentions
 * (with all their forms, so that « Yezhov » finds Werth's « Iejov ») and its dates (with their
 * common written forms). Notes are passages too.
 */
export function passagesIndexes(textes: readonly TexteSource[], personnes: readonly EntiteIndexee[], evenements: readonly EntiteIndexee[] = []): PassageIndexe[] {
  const registres = { personne: new Map(personnes.map((p) => [p.id, p])), evenement: new Map(evenements.map((e) => [e.id, e])) };
  const entitesDu = (mentions: Modele['mentions'], passage: string, genre: GenreDEntite) =>
    [...new Set(mentions.filter((m) => m.passage === passage && m.genre === genre).map((m) => m.entite))]
      .flatMap((id) => { const e = registres[genre].get(id); return e ? [{ nom: e.nom, formes: [...e.formes] }] : []; });
  const records: PassageIndexe[] = [];
  for (const texte of dansLOrdre(textes)) {
    const { passages, mentions, dates } = texte.modele;
    passages.forEach((passage, rang) => {
      const numero = reference(passage);
      records.push({
        url: `/${urlDuPassage(texte.slug, passage.id)}`,
        contenu: passage.texte,
        titre: `${texte.entete.titre} — ${numero}`,
        texte: texte.entete.titre,
        numero,
        ordre: `${String(texte.entete.ordre).padStart(2, '0')}-${String(rang).padStart(5, '0')}`,
        personnes: entitesDu(mentions, passage.id, 'personne'),
        evenements: entitesDu(mentions, passage.id, 'evenement'),
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
