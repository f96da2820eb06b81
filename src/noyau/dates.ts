/**
 * Dates in French running text: recognising them, reading them as ISO 8601 / EDTF values, and the
 * few operations the site needs on those values (HTML `datetime`, bounds for sorting, years, French
 * labels). Pure: no tree, no file; `remark-dates` applies it to the texts.
 *
 * What is read (examples from the dossier):
 *
 * | written                              | value (EDTF)              |
 * |--------------------------------------|---------------------------|
 * | 27 août 1936, 1er mars 1936          | `1936-08-27`, `1936-03-01` |
 * | août 1936                            | `1936-08`                 |
 * | 1936                                 | `1936`                    |
 * | été 1930 (after « l’ »), printemps 1937 | `1930-22`, `1937-21`   |
 * | années 1920, années 30               | `192X`, `193X`            |
 * | 1936-1938, 1932-33, de 1922 à 1930, entre 1932 et 1933, (1883-1936) | `1936/1938`, … |
 * | février-mars 1937, février mars 1937 | `1937-02/1937-03`         |
 * | du 19 au 24 août 1936                | `1936-08-19/1936-08-24`   |
 * | les 11 et 12 juin 1937               | `{1937-06-11,1937-06-12}` |
 * | fin 1938 – début 1939                | `1938/1939`               |
 * | 13 novembre 02 (a cited newspaper)   | `2002-11-13`              |
 *
 * Seasons follow EDTF (ISO 8601-2): 21 spring, 22 summer, 23 autumn, 24 winter.
 *
 * What is not a date, although it has digits: page and archive references (`pp. 67- 82`,
 * `fonds 3, inv. 24`, `n° 1234`, `Ch. 16`), counts, sums and percentages (`16 accusés`,
 * `2,6 et 5 millions`, `100.000`, `1936 personnes`, `20 %`). A day and month without a year
 * (« le 10 mars ») is found but not dated: the year is the reader's inference, not the text's.
 *
 * Known limits: a four-digit page number without `p.` (« Inoy 1936 ») reads as a year; a month
 * range without its year (« février-mars ») and a century (« le 20ème siècle ») are not read; an
 * abbreviated month (« sept. ») is not read.
 */
import { enLettres, nomsDesMois } from './mois.ts';

/** What the reading of one match gives. */
export type Lecture =
  /** A date, with its EDTF value. */
  | { genre: 'date'; iso: string }
  /** A day and month without a year: found, not dated. */
  | { genre: 'sans-annee' }
  /** Digits that are not a date (a page, a count, a reference). */
  | { genre: 'non-date' };

/** A date found in a string. */
export interface DateTrouvee {
  /** EDTF value. */
  iso: string;
  /** The words as written. */
  texte: string;
  /** Offset of the words in the string. */
  debut: number;
}

// Building blocks of the patterns. `\s` covers line breaks, no-break and narrow no-break spaces.
const S = '\\s+';
const S0 = '\\s*';
const TIRET = `${S0}[-‐‑–—]${S0}`;
const APO = "[’']";
const MOIS = '(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const JOUR = '(1\\s?er|1ᵉʳ|premier|[12]\\d|3[01]|0?[1-9])';
const AN = '(1[5-9]\\d\\d|20\\d\\d)';
/** A year of four digits, or of two when punctuation follows (« KP le 13 novembre 02; »). */
const ANP = '(1[5-9]\\d\\d|20\\d\\d|\\d\\d(?=\\s*(?:[;,.)\\]]|$)))';
const AVANT = '(?<![\\p{L}\\p{N}])';
const APRES = '(?![\\p{L}\\p{N}])';
/** After a month and its year, a word glued by the PDF extraction (« juin 1937des ») does not hide the date. */
const APRES_MOIS = '(?!\\p{N})';
const JOUR_NUM = '([12]\\d|3[01]|0?[1-9])';
const MOIS_NUM = '(1[0-2]|0?[1-9])';
const RANGE = '(?:de|d’|d\')';

/** Words after which a four-digit number is a count, not a year. */
const COMPTES = [
  'personnes', 'accusés', 'membres', 'prisonniers', 'victimes', 'détenus', 'hommes', 'femmes', 'morts', 'tués',
  'exécutés', 'arrestations', 'condamnés', 'roubles', 'dollars', 'francs', 'km', 'kilomètres', 'exemplaires',
  'pages', 'voix', 'délégués', 'fois', 'habitants', 'soldats', 'officiers', 'citoyens', 'cas', 'tonnes',
].join('|');

/** Markers of a page, an archive or a legal reference: the number after them is not a date. */
const REFERENCES = ['pp?\\.', 'n[°º]\\.?', 'no\\.?', 'fonds', 'f\\.', 'inv\\.', 'op\\.', 'dos\\.', 'd\\.', 'l\\.', 'll\\.', 'art\\.', 'articles?', 'vol\\.', 't\\.', 'ch\\.', 'chap\\.', '§'].join('|');

interface Forme {
  /** Name, for tests and debugging. */
  nom: string;
  /** Pattern, without anchors; capturing groups are read by `lire`. */
  motif: string;
  lire: (groupes: string[]) => Lecture;
}

const NON_DATE: Lecture = { genre: 'non-date' };
const SANS_ANNEE: Lecture = { genre: 'sans-annee' };

/** The ways a date (or a look-alike) is written. Order matters: at one place, the first that matches wins. */
const formes: Forme[] = [
  // Numeric dates, as in citations: 5.3.37, 27/08/1936, 1936-08-27.
  { nom: 'numerique', motif: `${JOUR_NUM}\\.${MOIS_NUM}\\.(1[5-9]\\d\\d|20\\d\\d|\\d\\d)${APRES}(?!\\.\\d)`, lire: ([j, m, a]) => jour(annee(a!), Number(m), Number(j)) },
  { nom: 'numerique', motif: `${JOUR_NUM}/${MOIS_NUM}/${AN}${APRES}`, lire: ([j, m, a]) => jour(annee(a!), Number(m), Number(j)) },
  { nom: 'iso', motif: `${AN}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])${APRES}`, lire: ([a, m, j]) => jour(Number(a), Number(m), Number(j)) },

  // Not dates: references, counts, decimals and thousands.
  { nom: 'reference', motif: `(?:${REFERENCES})${S0}\\d+(?:${TIRET}\\d+)?${APRES}`, lire: () => NON_DATE },
  { nom: 'compte', motif: `\\d+${S}(?:${COMPTES})${APRES}`, lire: () => NON_DATE },
  { nom: 'compte', motif: `\\d+${S0}(?:%|pour${S}cent${APRES})`, lire: () => NON_DATE },
  { nom: 'nombre', motif: `\\d+,\\d{1,2}(?!\\d)`, lire: () => NON_DATE },
  { nom: 'nombre', motif: `\\d{1,3}(?:[.\\u00A0\\u202F]\\d{3})+(?!\\d)`, lire: () => NON_DATE },

  // Ranges and lists of days.
  {
    nom: 'jours',
    motif: `du${S}${JOUR}(?:${S}${MOIS}(?:${S}${AN})?)?${S}au${S}${JOUR}${S}${MOIS}${S}${AN}${APRES}`,
    lire: ([j1, m1, a1, j2, m2, a2]) => intervalle(
      jour(Number(a1 ?? a2), mois(m1 ?? m2!), numeroDuJour(j1!)),
      jour(Number(a2), mois(m2!), numeroDuJour(j2!)),
    ),
  },
  {
    nom: 'liste-de-jours',
    motif: `${JOUR}${S}et${S}${JOUR}${S}${MOIS}${S}${ANP}${APRES}`,
    lire: ([j1, j2, m, a]) => ensemble(jour(annee(a!), mois(m!), numeroDuJour(j1!)), jour(annee(a!), mois(m!), numeroDuJour(j2!))),
  },
  {
    nom: 'liste-de-jours',
    motif: `${JOUR}${S}${MOIS}${S}et${S}(?:le${S})?${JOUR}${S}${MOIS}${S}${ANP}${APRES}`,
    lire: ([j1, m1, j2, m2, a]) => ensemble(jour(annee(a!), mois(m1!), numeroDuJour(j1!)), jour(annee(a!), mois(m2!), numeroDuJour(j2!))),
  },

  // A full date: 27 août 1936, 1er mars 1936, 13 novembre 02.
  { nom: 'jour', motif: `${JOUR}${S}${MOIS}${S}${ANP}${APRES_MOIS}`, lire: ([j, m, a]) => jour(annee(a!), mois(m!), numeroDuJour(j!)) },

  // Ranges of months: février-mars 1937, février mars 1937, de février à mars 1937, décembre 1936-janvier 1937.
  { nom: 'mois', motif: `${MOIS}${S}${AN}${TIRET}${MOIS}${S}${AN}${APRES}`, lire: ([m1, a1, m2, a2]) => intervalle(mensuel(Number(a1), mois(m1!)), mensuel(Number(a2), mois(m2!))) },
  { nom: 'mois', motif: `${RANGE}${S0}${MOIS}${S}${AN}${S}(?:à|au|jusqu${APO}${S0}(?:en|à|au))${S}${MOIS}${S}${AN}${APRES}`, lire: ([m1, a1, m2, a2]) => intervalle(mensuel(Number(a1), mois(m1!)), mensuel(Number(a2), mois(m2!))) },
  { nom: 'mois', motif: `${MOIS}(?:${TIRET}|${S})${MOIS}${S}${AN}${APRES}`, lire: ([m1, m2, a]) => intervalle(mensuel(Number(a), mois(m1!)), mensuel(Number(a), mois(m2!))) },
  { nom: 'mois', motif: `${RANGE}${S0}${MOIS}${S}(?:à|au)${S}${MOIS}${S}${AN}${APRES}`, lire: ([m1, m2, a]) => intervalle(mensuel(Number(a), mois(m1!)), mensuel(Number(a), mois(m2!))) },
  { nom: 'mois', motif: `entre${S}${MOIS}${S}et${S}${MOIS}${S}${AN}${APRES}`, lire: ([m1, m2, a]) => intervalle(mensuel(Number(a), mois(m1!)), mensuel(Number(a), mois(m2!))) },

  // fin 1938 – début 1939.
  { nom: 'approximatif', motif: `(?:fin|début|mi-?)${S0}${AN}${TIRET}(?:fin|début|mi-?)${S0}${AN}${APRES}`, lire: ([a1, a2]) => intervalle(a1!, a2!) },

  // Seasons: printemps 1937, l’été 1930 (« été » only after an article, where it cannot be « a été »).
  { nom: 'saison', motif: `(printemps|automne|hiver)${S}(?:de${S}|d${APO}${S0})?${AN}${APRES}`, lire: ([s, a]) => ({ genre: 'date', iso: `${a}-${saisons[s!.toLowerCase()]}` }) },
  { nom: 'saison', motif: `(?<=${APO}|(?:^|\\s)(?:cet|en|bel)\\s)(été)${S}(?:de${S})?${AN}${APRES}`, lire: ([s, a]) => ({ genre: 'date', iso: `${a}-${saisons[s!.toLowerCase()]}` }) },

  // A month: août 1936.
  { nom: 'mois', motif: `${MOIS}${S}${AN}${APRES_MOIS}`, lire: ([m, a]) => mensuel(Number(a), mois(m!)) },

  // « années »: a range (années 1937-1938, années 1932-33) or a decade (années 1920, années 30).
  { nom: 'annees', motif: `années${S}${AN}${TIRET}(1[5-9]\\d\\d|20\\d\\d|\\d\\d)${APRES}`, lire: ([a1, a2]) => anneesEnPeriode(a1!, a2!) },
  { nom: 'decennie', motif: `années${S}((?:1[5-9]|20)\\d)0${APRES}`, lire: ([d]) => ({ genre: 'date', iso: `${d}X` }) },
  { nom: 'decennie', motif: `années${S}([1-9])0${APRES}`, lire: ([d]) => ({ genre: 'date', iso: `19${d}X` }) },

  // Ranges of years: de 1922 à 1930, de 1934 jusqu’en 1936, entre 1932 et 1933, 1936-1938, 1932-33, (1883-1936).
  { nom: 'annees', motif: `${RANGE}${S0}${AN}${S}(?:à|au|jusqu${APO}${S0}(?:en|à|au))${S}${AN}${APRES}`, lire: ([a1, a2]) => intervalle(a1!, a2!) },
  { nom: 'annees', motif: `entre${S}${AN}${S}et${S}${AN}${APRES}`, lire: ([a1, a2]) => intervalle(a1!, a2!) },
  { nom: 'annees', motif: `${AN}${TIRET}(1[5-9]\\d\\d|20\\d\\d|\\d\\d)${APRES}`, lire: ([a1, a2]) => intervalle(a1!, finDePeriode(a1!, a2!)) },

  // A day and month without a year (« le 10 mars », « du 1er au 4 juin »): found, not dated.
  { nom: 'sans-annee', motif: `${JOUR}${S}(?:au|et)${S}${JOUR}${S}${MOIS}${APRES}`, lire: () => SANS_ANNEE },
  { nom: 'sans-annee', motif: `${JOUR}${S}${MOIS}${APRES}`, lire: () => SANS_ANNEE },

  // A year: 1936.
  { nom: 'annee', motif: `${AN}${APRES}`, lire: ([a]) => ({ genre: 'date', iso: a! }) },
];

const FLAGS = 'iu';
const compilees = formes.map((forme) => ({ ...forme, re: new RegExp(AVANT + forme.motif, `${FLAGS}y`) }));

/**
 * One global pattern for every form above (dates and look-alikes), for `mdast-util-find-and-replace`
 * or `String.matchAll`. Read each match with {@link lireDate}. Copy it (`new RegExp(motifDates)`)
 * rather than share its `lastIndex`.
 */
export const motifDates = new RegExp(`${AVANT}(?:${formes.map((f) => f.motif).join('|')})`, `g${FLAGS}`);

/**
 * Read the match of {@link motifDates} found at `index` of `input`: a date with its EDTF value, a
 * day without a year, or digits that are not a date. The surrounding text is needed because some
 * forms depend on it (« l’été 1930 »).
 */
export function lireDate(input: string, index: number, longueur: number): Lecture {
  for (const forme of compilees) {
    forme.re.lastIndex = index;
    const match = forme.re.exec(input);
    if (match && match[0].length === longueur) return forme.lire(match.slice(1));
  }
  return NON_DATE;
}

/** Every date of a string, in order (days without a year and look-alikes left out). */
export function trouverDates(texte: string): DateTrouvee[] {
  const trouvees: DateTrouvee[] = [];
  for (const match of texte.matchAll(new RegExp(motifDates))) {
    const lecture = lireDate(texte, match.index, match[0].length);
    if (lecture.genre === 'date') trouvees.push({ iso: lecture.iso, texte: match[0], debut: match.index });
  }
  return trouvees;
}

/** The days and months without a year of a string (« 10 mars »), for the editors' list of things to check. */
export function trouverSansAnnee(texte: string): string[] {
  return [...texte.matchAll(new RegExp(motifDates))]
    .filter((match) => lireDate(texte, match.index, match[0].length).genre === 'sans-annee')
    .map((match) => match[0]);
}

// Reading helpers.

const saisons: Record<string, string> = { printemps: '21', 'été': '22', automne: '23', hiver: '24' };

const sansAccents = (mot: string) => mot.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const moisSansAccents = nomsDesMois.map(sansAccents);
const mois = (nom: string) => moisSansAccents.indexOf(sansAccents(nom)) + 1;
const numeroDuJour = (jour: string) => (/^(1\s?er|1ᵉʳ|premier)$/i.test(jour) ? 1 : Number(jour));
const deux = (n: number) => String(n).padStart(2, '0');

/**
 * Two-digit years: in this dossier, 00–29 are this century's (a newspaper of 2002 cited by Furr,
 * « KP le 13 novembre 02 »), 30–99 the last's (« 5.3.37 »).
 */
export function annee(ecrite: string): number {
  if (ecrite.length !== 2) return Number(ecrite);
  const n = Number(ecrite);
  return n < 30 ? 2000 + n : 1900 + n;
}

/** The end of a range of years written short: « 1932-33 » ends in 1933. */
function finDePeriode(debut: string, fin: string): string {
  return fin.length === 2 ? debut.slice(0, 2) + fin : fin;
}

function joursDuMois(a: number, m: number): number {
  return new Date(Date.UTC(a, m, 0)).getUTCDate();
}

function jour(a: number, m: number, j: number): Lecture {
  if (m < 1 || m > 12 || j < 1 || j > joursDuMois(a, m)) return NON_DATE;
  return { genre: 'date', iso: `${a}-${deux(m)}-${deux(j)}` };
}

function mensuel(a: number, m: number): Lecture {
  return { genre: 'date', iso: `${a}-${deux(m)}` };
}

function valeur(x: Lecture | string): string | undefined {
  if (typeof x === 'string') return x;
  return x.genre === 'date' ? x.iso : undefined;
}

/** An interval, when both ends are dates and the first comes first (otherwise it is not a date: « 1936-12 »). */
function intervalle(a: Lecture | string, b: Lecture | string): Lecture {
  const debut = valeur(a);
  const fin = valeur(b);
  if (!debut || !fin) return NON_DATE;
  if (debut === fin) return { genre: 'date', iso: debut };
  if (bornes(debut).debut >= bornes(fin).debut) return NON_DATE;
  return { genre: 'date', iso: `${debut}/${fin}` };
}

function ensemble(...membres: Lecture[]): Lecture {
  const valeurs = membres.map(valeur);
  if (valeurs.some((v) => !v)) return NON_DATE;
  return { genre: 'date', iso: `{${valeurs.join(',')}}` };
}

function anneesEnPeriode(a1: string, a2: string): Lecture {
  const fin = finDePeriode(a1, a2);
  // « les années 1920-1930 », « les années 1930-40 »: two decades.
  if (a1.endsWith('0') && fin.endsWith('0')) return intervalle(`${a1.slice(0, 3)}X`, `${fin.slice(0, 3)}X`);
  return intervalle(a1, fin);
}

// Operations on EDTF values.

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$|^(\d{3})X$/;

/** Whether a string is an EDTF value this edition writes (a point, a season, a decade, an interval or a set of them). */
export function estValeurDeDate(iso: string): boolean {
  const point = (p: string) => {
    const m = POINT.exec(p);
    if (!m) return false;
    if (m[4]) return true;
    const [, a, mm, j] = m;
    if (!mm) return true;
    const n = Number(mm);
    if (!j) return (n >= 1 && n <= 12) || (n >= 21 && n <= 24);
    return n >= 1 && n <= 12 && Number(j) >= 1 && Number(j) <= joursDuMois(Number(a), n);
  };
  if (/^\{.+\}$/.test(iso)) return iso.slice(1, -1).split(',').every(point);
  const parts = iso.split('/');
  if (parts.length === 2) return parts.every(point) && bornes(parts[0]!).debut < bornes(parts[1]!).debut;
  return parts.length === 1 && point(iso);
}

/** First and last day covered by an EDTF value, as `YYYY-MM-DD` (for sorting and filtering). */
export function bornes(iso: string): { debut: string; fin: string } {
  if (iso.startsWith('{')) {
    const membres = iso.slice(1, -1).split(',').map(bornes);
    return { debut: membres.map((b) => b.debut).sort()[0]!, fin: membres.map((b) => b.fin).sort().at(-1)! };
  }
  if (iso.includes('/')) {
    const [a, b] = iso.split('/');
    return { debut: bornes(a!).debut, fin: bornes(b!).fin };
  }
  const m = POINT.exec(iso);
  if (!m) throw new Error(`valeur de date \`${iso}\` invalide : une valeur EDTF comme 1936-08-27, 1936-08, 1936, 1930-22, 192X ou 1936/1938 est attendue`);
  if (m[4]) return { debut: `${m[4]}0-01-01`, fin: `${m[4]}9-12-31` };
  const a = Number(m[1]);
  if (!m[2]) return { debut: `${a}-01-01`, fin: `${a}-12-31` };
  const n = Number(m[2]);
  if (n >= 21) {
    // Northern seasons by months: spring March–May, summer June–August, autumn September–November;
    // winter, which straddles two years, is taken as the whole year.
    const [d, f] = ({ 21: [3, 5], 22: [6, 8], 23: [9, 11], 24: [1, 12] } as Record<number, [number, number]>)[n]!;
    return { debut: `${a}-${deux(d)}-01`, fin: `${a}-${deux(f)}-${deux(joursDuMois(a, f))}` };
  }
  if (!m[3]) return { debut: `${a}-${deux(n)}-01`, fin: `${a}-${deux(n)}-${deux(joursDuMois(a, n))}` };
  return { debut: iso, fin: iso };
}

/** Every year an EDTF value touches (« 1936/1938 » → 1936, 1937, 1938), for filters by year. */
export function anneesCouvertes(iso: string): number[] {
  const { debut, fin } = bornes(iso);
  const annees: number[] = [];
  for (let a = Number(debut.slice(0, 4)); a <= Number(fin.slice(0, 4)); a++) annees.push(a);
  return annees;
}

/**
 * The value for an HTML `datetime` attribute: the EDTF value itself when HTML accepts it (a year, a
 * month, a day), otherwise the smallest HTML value that holds it all (a season → its year; « du 19
 * au 24 août 1936 » → `1936-08`), or `undefined` when there is none (« 1936-1938 », a decade).
 */
export function valeurHtml(iso: string): string | undefined {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso) && !/^\d{4}-2\d$/.test(iso)) return iso;
  const { debut, fin } = bornes(iso);
  if (/^\d{4}-2[1-4]$/.test(iso)) return iso.slice(0, 4);
  if (debut.slice(0, 7) === fin.slice(0, 7) && !/X/.test(iso)) return debut.slice(0, 7);
  if (debut.slice(0, 4) === fin.slice(0, 4) && !/X/.test(iso)) return debut.slice(0, 4);
  return undefined;
}

const saisonsEnLettres: Record<string, string> = { '21': 'printemps', '22': 'été', '23': 'automne', '24': 'hiver' };

/** An EDTF value in French words: « 1er août 1936 », « été 1930 », « années 1920 », « 19–24 août 1936 ». */
export function dateEnLettres(iso: string): string {
  if (iso.startsWith('{')) {
    const membres = iso.slice(1, -1).split(',');
    const memeMois = membres.every((m) => m.length === 10 && m.slice(0, 7) === membres[0]!.slice(0, 7));
    if (memeMois) {
      const jours = membres.map((m) => enLettres({ jour: Number(m.slice(8)) }));
      return `${jours.slice(0, -1).join(', ')} et ${dateEnLettres(membres.at(-1)!)}`;
    }
    const lettres = membres.map(dateEnLettres);
    return `${lettres.slice(0, -1).join(', ')} et ${lettres.at(-1)}`;
  }
  if (iso.includes('/')) {
    const [a, b] = iso.split('/') as [string, string];
    if (a.length === 10 && b.length === 10 && a.slice(0, 7) === b.slice(0, 7)) return `${enLettres({ jour: Number(a.slice(8)) })}–${dateEnLettres(b)}`;
    if (a.length === 7 && b.length === 7 && a.slice(0, 4) === b.slice(0, 4)) {
      // Months or seasons (21–24) of one year: « mars–avril 1936 », « printemps–automne 1936 ».
      const debut = Number(a.slice(5)) > 20 ? saisonsEnLettres[a.slice(5)] : enLettres({ mois: Number(a.slice(5)) });
      return `${debut}–${dateEnLettres(b)}`;
    }
    if (a.length === 4 && b.length === 4) return `${a}–${b}`;
    return `${dateEnLettres(a)} – ${dateEnLettres(b)}`;
  }
  const m = POINT.exec(iso);
  if (!m) return iso;
  if (m[4]) return `années ${m[4]}0`;
  if (m[2] && Number(m[2]) > 20) return `${saisonsEnLettres[m[2]]} ${m[1]}`;
  return enLettres({ annee: m[1], mois: m[2] ? Number(m[2]) : undefined, jour: m[3] ? Number(m[3]) : undefined });
}
