/**
 * The search page: Pagefind over the passages of the dossier, in French. The query and filters
 * live in the URL (`/recherche/?q=iejov&annee=1936`) so that a search can be shared.
 *
 * A query that names a person or an event of the registers — under any of its forms, in Cyrillic,
 * or one or two letters away (src/noyau/interpretation.ts) — offers its page first and lists the
 * passages that mention it (Pagefind's filter, with the query's other words); the page says which
 * name it understood. Then the full-text results, keeping only those that really hold every word:
 * Pagefind answers a word it does not know with whatever shares its first letter, and that is
 * never shown as a match. Nothing found: « aucun résultat », and names from the registers to try.
 * Everything happens in the browser.
 */
import { correspondVraiment, cleDeNom, distance, interpreter, type EntiteCherchable, type EntiteReconnue, type Interpretation } from '../noyau/interpretation.ts';
import { requeteDeDate } from '../noyau/recherche.ts';

interface Recherche { results: { data(): Promise<Resultat> }[] }
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: Record<string, unknown>): Promise<Recherche>;
  debouncedSearch(query: string | null, options: Record<string, unknown>, ms: number): Promise<Recherche | null>;
}
interface Resultat {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string>;
}

const base = import.meta.env.BASE_URL;
const MAXIMUM = 30;
const form = document.querySelector<HTMLFormElement>('.formulaire-recherche')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const etat = document.getElementById('etat-recherche')!;
const liste = document.getElementById('resultats')!;
const fiches = document.getElementById('fiches-trouvees')!;
const suggestions = document.getElementById('suggestions')!;

// Read the URL first: searching rewrites it.
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';

// The registers' names arrive while Pagefind starts.
const chargement = fetch(`${base}recherche/entites.json`).then((r) => r.json() as Promise<EntiteCherchable[]>);
const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
await pagefind.options({ baseUrl: base, excerptLength: 28 });
await pagefind.init();

// Fill the filters with what the index holds.
const disponibles = await pagefind.filters();
for (const select of selects) {
  // Persons by surname (the last word of their name), as in the index of persons.
  const cle = (valeur: string) => (select.name === 'personne' ? `${valeur.split(' ').at(-1)} ${valeur}` : valeur);
  const valeurs = Object.keys(disponibles[select.name] ?? {}).sort((a, b) => cle(a).localeCompare(cle(b), 'fr'));
  for (const valeur of valeurs) select.add(new Option(valeur, valeur));
}
for (const select of selects) select.value = params.get(select.name) ?? '';
const entites = await chargement.catch(() => [] as EntiteCherchable[]);
form.querySelector<HTMLElement>('.filtres')!.removeAttribute('data-attente');

function etatDeLaPage() {
  const p = new URLSearchParams();
  if (input.value.trim()) p.set('q', input.value.trim());
  for (const select of selects) if (select.value) p.set(select.name, select.value);
  const query = p.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** « Fiche : Andreï Vychinski — 1883-1954, procureur… », a link to the page of what the query names. */
function fiche({ entite }: EntiteReconnue): HTMLElement {
  const lien = document.createElement('a');
  lien.href = entite.url;
  lien.textContent = entite.nom;
  const p = document.createElement('p');
  p.className = 'fiche-trouvee';
  p.append(entite.genre === 'personne' ? 'Fiche\u202F: ' : 'Événement\u202F: ', lien, ` — ${entite.detail}`);
  return p;
}

/** Links that search for names of the registers: « Essayer : Vychinski, Iejov ». */
function proposer(intro: string, noms: readonly EntiteCherchable[]) {
  const p = document.createElement('p');
  p.className = 'aide';
  p.append(intro);
  noms.forEach((entite, i) => {
    const lien = document.createElement('a');
    lien.href = `?q=${encodeURIComponent(entite.nom)}`;
    lien.textContent = entite.nom;
    p.append(i === 0 ? ' ' : ', ', lien);
  });
  p.append('.');
  suggestions.replaceChildren(p);
}

/** The names nearest to the query's words, else the most cited. */
function nomsProches(requete: string): EntiteCherchable[] {
  const mots = requete.split(/\s+/).map(cleDeNom).filter((m) => m.length >= 3);
  const proches = entites
    .map((e) => ({ e, d: Math.min(...mots.flatMap((m) => e.formes.map((f) => distance(m, cleDeNom(f.split(/\s+/).at(-1)!), 3)))) }))
    .filter(({ d }) => d <= 3)
    .sort((a, b) => a.d - b.d || b.e.mentions - a.e.mentions);
  return proches.slice(0, 4).map(({ e }) => e);
}

/** Link to a passage that marks the searched words (and the names understood) on arrival. */
function lienSurligne(url: string, mots: string): string {
  const [chemin, ancre] = url.split('#');
  return `${chemin}?surligner=${encodeURIComponent(mots)}${ancre ? `#${ancre}` : ''}`;
}

const motsTrouves = (r: Resultat) => {
  const mots = r.content.split(/\s+/);
  return [...r.locations.map((i) => mots[i] ?? ''), ...[...r.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!)];
};

let generation = 0;

async function chercher() {
  const ici = ++generation;
  const brute = input.value.trim();
  const filtres: Record<string, string[]> = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]]));
  etatDeLaPage();
  if (!brute && Object.keys(filtres).length === 0) {
    for (const zone of [liste, fiches, suggestions]) zone.replaceChildren();
    etat.textContent = '';
    return;
  }
  // A date in figures is searched in words; anything else may name persons and events
  // (« Plénum de février-mars 1937 » is an event before it is a date).
  const requete = requeteDeDate(brute);
  const lecture: Interpretation = requete !== brute ? { entites: [], reste: requete, proches: [] } : interpreter(brute, entites);
  // Words of a date may stand in the passage's date forms rather than in its words: not checked.
  const estDate = requete !== brute || /\b\d{4}\b/.test(lecture.reste);

  // First the passages that mention what the query names, with its other words.
  const parEntite = { ...filtres };
  for (const { entite } of lecture.entites) parEntite[entite.genre] = [...(parEntite[entite.genre] ?? []), entite.nom];
  const termes = lecture.entites.length > 0 ? lecture.reste : requete;
  // Without words, in reading order.
  const premiere = await pagefind.debouncedSearch(termes || null, { filters: parEntite, ...(termes ? {} : { sort: { ordre: 'asc' } }) }, 250);
  if (premiere === null) return;
  // Then, for one word that names someone, the passages that hold the word as typed: « argent » is
  // also a common word. Several words that name something are that thing, nothing more.
  const unMot = lecture.entites.length > 0 && !/\s/.test(brute);
  const seconde = unMot ? await pagefind.search(requete, { filters: filtres }) : undefined;
  const donnees = async (r: Recherche | null | undefined) => Promise.all((r?.results ?? []).slice(0, MAXIMUM * 2).map((x) => x.data()));
  const [a, b] = await Promise.all([donnees(premiere), donnees(seconde)]);
  if (ici !== generation) return;

  const garder = (r: Resultat, mots: string) => !mots || estDate || correspondVraiment(mots, motsTrouves(r));
  const vus = new Set(lecture.entites.map(({ entite }) => entite.url));
  const resultats = [
    ...a.filter((r) => garder(r, termes)),
    ...b.filter((r) => r.url.includes('#') && garder(r, requete)),
  ].filter((r) => !vus.has(r.url) && vus.add(r.url));

  fiches.replaceChildren(...lecture.entites.map(fiche));
  suggestions.replaceChildren();
  const compris = lecture.entites.filter((e) => e.maniere === 'approchee').map((e) => e.entite.nom);
  const nombre = `${resultats.length} résultat${resultats.length > 1 ? 's' : ''}${resultats.length > MAXIMUM ? ` (${MAXIMUM} premiers affichés)` : ''}`;
  if (resultats.length === 0 && lecture.entites.length === 0) {
    etat.textContent = brute ? `Aucun résultat pour «\u202F${brute}\u202F».` : 'Aucun passage ne correspond.';
    if (lecture.proches.length > 0) proposer('Plusieurs noms sont proches\u202F:', lecture.proches);
    else if (brute) {
      const proches = nomsProches(brute);
      if (proches.length > 0) proposer('Noms proches dans le dossier\u202F:', proches);
      else proposer('Aucun nom du dossier n’en est proche. Les plus cités\u202F:', [...entites].sort((x, y) => y.mentions - x.mentions).slice(0, 5));
    }
  } else {
    etat.textContent = compris.length > 0 ? `Résultats pour ${compris.join(' et ')}${lecture.reste ? ` et «\u202F${lecture.reste}\u202F»` : ''} : ${nombre}.` : `${nombre}.`;
    if (lecture.proches.length > 0) proposer('Autres noms proches\u202F:', lecture.proches);
  }

  const noms = lecture.entites.flatMap(({ entite }) => entite.formes.map((f) => f.split(/\s+/).at(-1)!)).filter((m) => !/\p{Script=Cyrillic}/u.test(m));
  const surligner = [...new Set([...requete.replace(/"/g, '').split(/\s+/), ...noms])].join(' ');
  liste.replaceChildren(...resultats.slice(0, MAXIMUM).map((r) => {
    const li = document.createElement('li');
    const titre = document.createElement('a');
    titre.href = lienSurligne(r.url, surligner);
    titre.textContent = r.meta.title ?? r.url;
    const extrait = document.createElement('p');
    // Pagefind escapes the indexed text; the excerpt only adds <mark> around matches.
    extrait.innerHTML = r.excerpt;
    li.append(titre, extrait);
    return li;
  }));
}

form.addEventListener('submit', (event) => { event.preventDefault(); void chercher(); });
input.addEventListener('input', () => void chercher());
for (const select of selects) select.addEventListener('change', () => void chercher());
void chercher();
