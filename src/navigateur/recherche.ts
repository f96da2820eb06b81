/**
 * The search page: Pagefind over the passages of the dossier, in French. The query and filters
 * live in the URL (`/recherche/?q=iejov&annee=1936`) so that a search can be shared. A query that
 * names a registered person offers that person's page first.
 */
import { replier, requeteDeDate } from '../noyau/recherche.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(query: string, options: { filters?: Record<string, string> }, ms: number): Promise<null | { results: { data(): Promise<Resultat> }[] }>;
}
interface Resultat {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Personne { nom: string; url: string; dates: string; role: string; formes: string[] }

const base = import.meta.env.BASE_URL;
const form = document.querySelector<HTMLFormElement>('.formulaire-recherche')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const etat = document.getElementById('etat-recherche')!;
const liste = document.getElementById('resultats')!;
const carte = document.getElementById('personne-trouvee')!;

// Read the URL first: searching rewrites it.
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';

const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
await pagefind.options({ baseUrl: base, excerptLength: 28 });
await pagefind.init();
let personnes: Personne[] = [];
// The persons' spellings arrive on their own: they only add the person's card above the results.
fetch(`${base}recherche/personnes.json`).then((r) => r.json()).then((p: Personne[]) => { personnes = p; afficherPersonne(personneNommee(input.value)); }, () => {});

// Fill the filters with what the index holds.
const disponibles = await pagefind.filters();
for (const select of selects) {
  // Persons by surname (the last word of their name), as in the index of persons.
  const cle = (valeur: string) => (select.name === 'personne' ? `${valeur.split(' ').at(-1)} ${valeur}` : valeur);
  const valeurs = Object.keys(disponibles[select.name] ?? {}).sort((a, b) => cle(a).localeCompare(cle(b), 'fr'));
  for (const valeur of valeurs) select.add(new Option(valeur, valeur));
}
form.querySelector<HTMLElement>('.filtres')!.removeAttribute('data-attente');

for (const select of selects) select.value = params.get(select.name) ?? '';

function etatDeLaPage() {
  const p = new URLSearchParams();
  if (input.value.trim()) p.set('q', input.value.trim());
  for (const select of selects) if (select.value) p.set(select.name, select.value);
  const query = p.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function personneNommee(requete: string): Personne | undefined {
  const q = replier(requete.replace(/"/g, '').trim());
  if (q.length < 3) return undefined;
  return personnes.find((p) => p.formes.some((forme) => replier(forme) === q || replier(forme).split(/\s+/).at(-1) === q));
}

function afficherPersonne(personne: Personne | undefined) {
  carte.replaceChildren();
  if (!personne) return;
  const lien = document.createElement('a');
  lien.href = personne.url;
  lien.textContent = personne.nom;
  const p = document.createElement('p');
  p.className = 'personne-trouvee';
  p.append('Fiche\u202F: ', lien, ` — ${[personne.dates, personne.role].filter(Boolean).join(', ')}`);
  carte.append(p);
}

/** Link to a passage that highlights the searched words on arrival. */
function lienSurligne(url: string, requete: string): string {
  const [chemin, ancre] = url.split('#');
  const mots = requete.replace(/"/g, '').trim();
  return `${chemin}?surligner=${encodeURIComponent(mots)}${ancre ? `#${ancre}` : ''}`;
}

async function chercher() {
  const brute = input.value.trim();
  const filtres = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
  etatDeLaPage();
  afficherPersonne(personneNommee(brute));
  if (!brute && Object.keys(filtres).length === 0) {
    liste.replaceChildren();
    etat.textContent = '';
    return;
  }
  const requete = requeteDeDate(brute);
  const recherche = await pagefind.debouncedSearch(requete || null as unknown as string, { filters: filtres }, 250);
  if (recherche === null) return;
  const resultats = await Promise.all(recherche.results.slice(0, 30).map((r) => r.data()));
  etat.textContent = recherche.results.length === 0
    ? 'Aucun passage ne correspond.'
    : `${recherche.results.length} résultat${recherche.results.length > 1 ? 's' : ''}${recherche.results.length > 30 ? ' (30 premiers affichés)' : ''}.`;
  liste.replaceChildren(...resultats.map((r) => {
    const li = document.createElement('li');
    const titre = document.createElement('a');
    titre.href = lienSurligne(r.url, requete);
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
