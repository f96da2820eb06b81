/**
 * What a reader's query names, on the reader's side (src/navigateur/recherche.ts): the persons and
 * events of the registers it designates — under any of their forms (the dossier's, the other usual
 * ones, Cyrillic), or one or two letters away from one (a typo, a doubled or missing letter, an
 * accent, another transliteration: j/zh/dj, i/y/ie, ch/sh/tch, ou/u, v/w/ff) — and the words left
 * for the full-text search. Pure and small: it is bundled into the search page's script.
 *
 * Also the test that keeps unrelated passages out: when a query word matches nothing, Pagefind
 * falls back to its longest indexed prefix, down to one letter (« Vychinksy » finds « V. »,
 * « Napoléon » finds « n’a », measured on the dossier); a result is kept only when each query word
 * really occurs in it ({@link correspondVraiment}).
 */
import { replier } from './recherche.ts';

/** A person or an event as the search page knows it (`recherche/entites.json`). */
export interface EntiteCherchable {
  genre: 'personne' | 'evenement';
  id: string;
  /** The name the edition gives (also the value of the search filter). */
  nom: string;
  url: string;
  /** Dates and role or description, for the card. */
  detail: string;
  /** Every form: the dossier's and the other usual ones. */
  formes: string[];
  /** How many times the texts mention it (to suggest the most cited). */
  mentions: number;
}

/** An entity the query names, and how. */
export interface EntiteReconnue {
  entite: EntiteCherchable;
  /** The query's words that name it. */
  mots: string;
  /** `forme`: one of its forms, as registered (accents and case aside); `approchee`: a near-miss or another transliteration. */
  maniere: 'forme' | 'approchee';
}

export interface Interpretation {
  entites: EntiteReconnue[];
  /** The words left for the full-text search ('' when the query is only names). */
  reste: string;
  /** Near names when a word looked like a name but designated none for sure (two equally near). */
  proches: EntiteCherchable[];
}

/**
 * The key names are compared by: folded (case, accents), then transliterations brought together
 * (French, English, German: « Iejov », « Yezhov », « Jeschow » → « iejov ») and doubled letters made
 * single. Cyrillic is only folded (ё → е).
 */
export function cleDeNom(texte: string): string {
  let k = replier(texte).replace(/ё/g, 'е').replace(/[’'‐-]/g, ' ').replace(/\s+/g, ' ').trim();
  const regles: [RegExp, string][] = [
    [/dzh|dsch|dj|zh/g, 'j'],
    [/shch|chtch|schtsch|sch|tsch|tch|sh/g, 'ch'],
    [/kh/g, 'h'],
    [/ou/g, 'u'],
    [/w/g, 'v'],
    [/ck|q/g, 'k'],
    [/y/g, 'i'],
    [/ie/g, 'i'],
    [/([a-z])\1/g, '$1'],
    [/f\b/g, 'v'],
    [/e\b/g, ''],
  ];
  for (const [motif, remplacement] of regles) k = k.replace(motif, remplacement);
  return k;
}

/** Edit distance with transpositions (optimal string alignment), stopping early above `max`. */
export function distance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let minimum = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cout = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cout);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      minimum = Math.min(minimum, v);
    }
    if (minimum > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/**
 * How far a near-miss may be: one edit from five letters, two from eight; none under five, where
 * common words sit too near names (« mars », « Marx »), and a given name near another surname
 * (« Андрей », « Андреев ») must not pass for it.
 */
export function ecartPermis(cle: string): number {
  const lettres = cle.replace(/\s/g, '').length;
  return lettres < 5 ? 0 : lettres < 8 ? 1 : 2;
}

/**
 * What each entity is found by: its forms, and for a person the surname alone (the last word of a
 * form) and the name without the patronymic (« Андрей Вышинский » from « Андрей Януарьевич Вышинский »).
 */
function clesDe(entite: EntiteCherchable): { exactes: Set<string>; translitterees: Set<string> } {
  const formes = new Set([entite.nom, ...entite.formes]);
  if (entite.genre === 'personne') {
    for (const f of [...formes]) {
      const mots = f.split(/\s+/);
      formes.add(mots.at(-1)!);
      if (mots.length === 3) formes.add(`${mots[0]} ${mots[2]}`);
    }
  }
  const exactes = new Set([...formes].map((f) => replier(f).replace(/ё/g, 'е').replace(/\s+/g, ' ')));
  return { exactes, translitterees: new Set([...formes].map(cleDeNom)) };
}

const cache = new WeakMap<EntiteCherchable, ReturnType<typeof clesDe>>();
const cles = (e: EntiteCherchable) => cache.get(e) ?? (cache.set(e, clesDe(e)), cache.get(e)!);

/**
 * The entities named by `mots` (a few words of the query): an exact form first; else the nearest
 * by their keys ({@link cleDeNom}: the same key at any length, else within {@link ecartPermis}) —
 * several only when equally near (then nothing is decided).
 */
export function entitesNommees(mots: string, entites: readonly EntiteCherchable[]): { maniere: EntiteReconnue['maniere']; entites: EntiteCherchable[] } {
  const plie = replier(mots).replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  const exactes = entites.filter((e) => cles(e).exactes.has(plie));
  if (exactes.length > 0) return { maniere: 'forme', entites: exactes };
  const cle = cleDeNom(mots);
  const permis = ecartPermis(cle);
  let meilleure = permis + 1;
  let proches: EntiteCherchable[] = [];
  for (const entite of entites) {
    let d = Infinity;
    for (const c of cles(entite).translitterees) d = Math.min(d, distance(cle, c, meilleure));
    if (d < meilleure) [meilleure, proches] = [d, [entite]];
    else if (d === meilleure && d <= permis) proches.push(entite);
  }
  return { maniere: 'approchee', entites: proches };
}

/**
 * Read a query: the longest runs of words (up to six) that name an entity, left to right; the other
 * words stay for the full-text search. A quoted phrase is searched as it is.
 */
export function interpreter(requete: string, entites: readonly EntiteCherchable[]): Interpretation {
  const q = requete.trim();
  if (!q || /^".*"$/.test(q)) return { entites: [], reste: q, proches: [] };
  const mots = q.split(/\s+/);
  const reconnues: EntiteReconnue[] = [];
  const reste: string[] = [];
  let proches: EntiteCherchable[] = [];
  for (let i = 0; i < mots.length;) {
    let trouve = false;
    for (let j = Math.min(mots.length, i + 6); j > i; j--) {
      const groupe = mots.slice(i, j).join(' ');
      const { maniere, entites: nommees } = entitesNommees(groupe, entites);
      if (nommees.length === 1) {
        if (!reconnues.some((r) => r.entite === nommees[0])) reconnues.push({ entite: nommees[0]!, mots: groupe, maniere });
        i = j;
        trouve = true;
        break;
      }
      if (nommees.length > 1 && j === i + 1) proches = [...proches, ...nommees];
    }
    if (!trouve) reste.push(mots[i++]!);
  }
  return { entites: reconnues, reste: reste.join(' '), proches };
}

/** French words too common to have to occur in a result. */
const VIDES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'et', 'ou', 'a', 'au', 'aux', 'en', 'dans', 'sur', 'par', 'pour', 'que', 'qui']);

/**
 * Whether a result really holds every word of the query: for each word (common words and numbers
 * aside), one of the words the result was matched on starts like it — its first four letters, or
 * the whole word when shorter (French stemming: « aveux » matches « aveu »). Pagefind's fallback to
 * a one- or two-letter prefix (« V. » for « Vychinksy ») fails this.
 */
export function correspondVraiment(requete: string, motsTrouves: readonly string[]): boolean {
  const trouves = motsTrouves.map((m) => replier(m).replace(/^[a-z]['’]/, '').replace(/[^\p{L}\p{N}]/gu, ''));
  const termes = replier(requete).replace(/"/g, '').split(/[\s’'-]+/).map((t) => t.replace(/[^\p{L}\p{N}]/gu, '')).filter((t) => t && !VIDES.has(t) && !/^\d+$/.test(t));
  return termes.every((terme) => {
    const n = Math.min(terme.length, 4);
    return trouves.some((mot) => mot.length >= n && mot.slice(0, n) === terme.slice(0, n));
  });
}
