/**
 * How the edition describes a text for reference managers and search engines: Highwire Press
 * `citation_*` meta (read by Zotero's « Embedded Metadata » translator and Google Scholar), the
 * schema.org JSON-LD graph, and the « Citer » formats (BibTeX, RIS, CSL-JSON), for a text or one of
 * its passages. Pure: pages, endpoints and the sharing script give it what it needs.
 *
 * A text is a section of a collection: the dossier (Zotero « Book Section », CSL `chapter`,
 * BibTeX `@incollection`, RIS `CHAP`). Its date is the original's when the dossier states it, else
 * the date the edition put it online, as Zotero itself falls back.
 */

/** What a reference says about a text. */
export interface ReferenceDuTexte {
  /** The text's slug (`lettre-boukharine`): the key of its references. */
  slug: string;
  titre: string;
  auteur: string;
  /** Translator or translating collective, when the source names one. */
  traduction?: string | undefined;
  /** Date of the original (ISO 8601: year, month or day), when stated. */
  date?: string | undefined;
  /** The dossier: the containing work. */
  dossier: string;
  /** Date the text was last put online (ISO 8601 day). */
  enLigne: string;
  /** Absolute canonical URL of the text. */
  url: string;
}

/** A passage cited within a text: its id (`p14`), « § 14 » or « note 7 », and its own URL. */
export interface PassageCite {
  id: string;
  reference: string;
  url: string;
}

/**
 * A name is a collective when it opens with a French article (« Les organisateurs de la
 * discussion », « Le collectif de NSC »); otherwise a person, whose family name is the last word
 * (« Nikolaï Boukharine »). Known limit: a family name of several words with a particle.
 */
export function estCollectif(nom: string): boolean {
  // « Le », « La », « Les » as words of their own (not « Lev », « Lazare »), or the elided « L’ ».
  return /^(?:(?:Les?|La)\s+|L['’]\s*)\p{L}/u.test(nom.trim()) && /\s/.test(nom.trim());
}

/** A person's name as family name and given names, or a collective's name whole. */
export function decomposer(nom: string): { famille: string; prenoms: string } | { nom: string } {
  const mots = nom.trim().split(/\s+/);
  if (estCollectif(nom) || mots.length < 2) return { nom: nom.trim() };
  return { famille: mots.at(-1)!, prenoms: mots.slice(0, -1).join(' ') };
}

/** The authors of a text: « Victor Serge, Arthur London » is two; a collective is one. */
export function auteurs(nom: string): string[] {
  return estCollectif(nom) ? [nom.trim()] : nom.split(/\s*,\s*|\s+et\s+/).map((n) => n.trim()).filter(Boolean);
}

/** « Boukharine, Nikolaï », or a collective's name whole: the form Highwire and RIS expect. */
function nomInverse(nom: string): string {
  const n = decomposer(nom);
  return 'nom' in n ? n.nom : `${n.famille}, ${n.prenoms}`;
}

/** `1936-08-27` → `1936/08/27` (the Highwire form). */
const barres = (iso: string) => iso.replaceAll('-', '/');

/**
 * The Highwire Press meta of a text page, as `[name, content]` pairs in order. A collective author
 * is left out: Zotero would cut it into a first and a last name. Highwire has no tag for a
 * translator (the JSON-LD graph and the « Citer » formats carry it).
 */
export function metaHighwire(ref: ReferenceDuTexte): Array<[string, string]> {
  const meta: Array<[string, string]> = [['citation_title', ref.titre]];
  if (!estCollectif(ref.auteur)) for (const auteur of auteurs(ref.auteur)) meta.push(['citation_author', nomInverse(auteur)]);
  if (ref.date) meta.push(['citation_date', barres(ref.date)]);
  meta.push(
    ['citation_inbook_title', ref.dossier],
    ['citation_language', 'fr'],
    ['citation_online_date', barres(ref.enLigne)],
    ['citation_public_url', ref.url],
  );
  return meta;
}

type NomCsl = { family: string; given: string } | { literal: string };

function nomCsl(nom: string): NomCsl {
  const n = decomposer(nom);
  return 'nom' in n ? { literal: n.nom } : { family: n.famille, given: n.prenoms };
}

/** An ISO date as CSL `date-parts`. */
function dateCsl(iso: string): { 'date-parts': number[][] } {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/** The CSL-JSON item of a text (or of a passage: its URL, and « § 14 » as a note). */
export function cslJson(ref: ReferenceDuTexte, passage?: PassageCite): Record<string, unknown> {
  return {
    id: passage ? `${ref.slug}-${passage.id}` : ref.slug,
    type: 'chapter',
    title: ref.titre,
    author: auteurs(ref.auteur).map(nomCsl),
    ...(ref.traduction ? { translator: [nomCsl(ref.traduction)] } : {}),
    'container-title': ref.dossier,
    issued: dateCsl(ref.date ?? ref.enLigne),
    ...(ref.date ? { 'available-date': dateCsl(ref.enLigne) } : {}),
    language: 'fr',
    URL: passage?.url ?? ref.url,
    ...(passage ? { note: passage.reference } : {}),
  };
}

/** A BibTeX value, braced: braces and backslashes of the text itself escaped. */
const accolades = (valeur: string) => `{${valeur.replace(/[\\{}]/g, (c) => `\\${c}`)}}`;

function nomBibtex(nom: string): string {
  const n = decomposer(nom);
  // A collective in double braces: BibTeX would otherwise take its last word for a family name.
  return 'nom' in n ? `{${accolades(n.nom)}}` : accolades(`${n.famille}, ${n.prenoms}`);
}

/** The BibTeX (biblatex fields) entry of a text or a passage. */
export function bibtex(ref: ReferenceDuTexte, passage?: PassageCite): string {
  const date = ref.date ?? ref.enLigne;
  const champs: Array<[string, string]> = [
    ['author', auteurs(ref.auteur).map(nomBibtex).join(' and ')],
    ['title', accolades(ref.titre)],
    ...(ref.traduction ? [['translator', nomBibtex(ref.traduction)] as [string, string]] : []),
    ['booktitle', accolades(ref.dossier)],
    ['date', accolades(date)],
    ['year', accolades(date.slice(0, 4))],
    ['langid', '{french}'],
    ['url', accolades(passage?.url ?? ref.url)],
    ...(passage ? [['note', accolades(passage.reference)] as [string, string]] : []),
  ];
  const cle = passage ? `${ref.slug}-${passage.id}` : ref.slug;
  return `@incollection{${cle},\n${champs.map(([nom, valeur]) => `  ${nom} = ${valeur}`).join(',\n')}\n}\n`;
}

/** The RIS record of a text or a passage. */
export function ris(ref: ReferenceDuTexte, passage?: PassageCite): string {
  const date = ref.date ?? ref.enLigne;
  const lignes: Array<[string, string]> = [
    ['TY', 'CHAP'],
    ['TI', ref.titre],
    ...auteurs(ref.auteur).map((auteur): [string, string] => ['AU', nomInverse(auteur)]),
    ...(ref.traduction ? [['A4', nomInverse(ref.traduction)] as [string, string]] : []),
    ['T2', ref.dossier],
    ['PY', date.slice(0, 4)],
    ['DA', barres(date)],
    ['LA', 'fr'],
    ['UR', passage?.url ?? ref.url],
    ...(passage ? [['N1', passage.reference] as [string, string]] : []),
    ['ER', ''],
  ];
  return `${lignes.map(([tag, valeur]) => `${tag}  - ${valeur}`.trimEnd()).join('\r\n')}\r\n`;
}

/** A person of the register mentioned by the text. */
export interface PersonneMentionnee {
  nom: string;
  /** Absolute URL of the person's page. */
  url: string;
}

function agent(nom: string): Record<string, unknown> {
  return { '@type': estCollectif(nom) ? 'Organization' : 'Person', name: nom };
}

/**
 * The schema.org graph of a text page: the text, part of the dossier, with its author and
 * translator, and the persons it mentions under the register's names, each identified by its page
 * (their other forms and dates are on that page and in the data export, not repeated on every text).
 */
export function grapheJsonLd(ref: ReferenceDuTexte, options: { urlDossier: string; genre: string; personnes: readonly PersonneMentionnee[] }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        '@id': ref.url,
        url: ref.url,
        headline: ref.titre,
        name: ref.titre,
        genre: options.genre,
        inLanguage: 'fr',
        author: auteurs(ref.auteur).length > 1 ? auteurs(ref.auteur).map(agent) : agent(ref.auteur),
        ...(ref.traduction ? { translator: agent(ref.traduction) } : {}),
        ...(ref.date ? { dateCreated: ref.date } : {}),
        dateModified: ref.enLigne,
        isPartOf: { '@id': options.urlDossier },
        mentions: options.personnes.map((p) => ({ '@type': 'Person', '@id': p.url, name: p.nom })),
      },
      { '@type': 'CreativeWork', '@id': options.urlDossier, url: options.urlDossier, name: ref.dossier, inLanguage: 'fr' },
    ],
  };
}

/** JSON for a `<script type="application/ld+json">` data block: `<` escaped, so that no `</script>` can close it. */
export function jsonDansHtml(valeur: unknown): string {
  return JSON.stringify(valeur).replace(/</g, '\\u003c');
}
