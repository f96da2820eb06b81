/**
 * « Ma feuille » (/feuille/): shows the reader's sheet (this browser's `localStorage`) or a sheet
 * received by its URL (`?p=…`), each passage's full text taken from its text's `passages.json`.
 * The reader's own sheet can be reordered, pruned and annotated; a received one can be adopted or
 * added to the reader's. Printing shows the passages and notes only.
 */
import { ecrireFeuille, lireFeuille, trouverPassage, type EntreeDeFeuille, type PassagePublie } from '../../noyau/feuille.ts';
import { reference } from '../../noyau/references.ts';
import { ecrireMaFeuille, lireMaFeuille } from './stockage.ts';

const racine = document.querySelector<HTMLElement>('[data-feuille]')!;
const base = racine.dataset.base ?? '/';
const $ = <E extends Element>(selecteur: string) => racine.querySelector<E>(selecteur)!;
const liste = $<HTMLOListElement>('[data-passages]');
const statut = $<HTMLElement>('.feuille-statut');
const avecNotes = $<HTMLInputElement>('[data-avec-notes]');

/** The texts of the dossier, from the page's list of texts. */
const textes = new Map([...racine.querySelectorAll<HTMLAnchorElement>('[data-textes] a')].map((a) => [a.dataset.slug!, { titre: a.dataset.titre!, auteur: a.dataset.auteur! }]));

const chargements = new Map<string, Promise<PassagePublie[]>>();
/** A text's passages (`passages.json`), fetched once per text; empty for an unknown text. */
function passagesDe(slug: string): Promise<PassagePublie[]> {
  let chargement = chargements.get(slug);
  if (!chargement) {
    chargement = textes.has(slug)
      ? fetch(`${base}textes/${slug}/passages.json`).then((r) => (r.ok ? r.json() as Promise<PassagePublie[]> : Promise.reject(new Error(String(r.status)))))
      : Promise.resolve([]);
    chargements.set(slug, chargement);
  }
  return chargement;
}

const recue = lireFeuille(location.search);
const cle = (e: EntreeDeFeuille) => `${e.texte}/${e.passage}`;
let mienne = lireMaFeuille();
/** A sheet received by its URL, shown until the reader adopts it; `undefined`: the reader's own sheet. */
let feuilleRecue: EntreeDeFeuille[] | undefined =
  recue.entrees.length > 0 && recue.entrees.map(cle).join(',') !== mienne.map(cle).join(',') ? recue.entrees : undefined;

let effacer = 0;
function annoncer(message: string) {
  statut.textContent = message;
  clearTimeout(effacer);
  effacer = window.setTimeout(() => { statut.textContent = ''; }, 6000);
}

function enregistrer() {
  if (!ecrireMaFeuille(mienne)) annoncer('Ce navigateur refuse de garder la feuille (navigation privée ?) : elle sera perdue en quittant la page.');
}

const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? 's' : ''}`;

function bouton(libelle: string, etiquette: string, faire: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = libelle;
  b.setAttribute('aria-label', etiquette);
  b.addEventListener('click', faire);
  return b;
}

/** One passage of the sheet, its text once loaded. */
async function element(entree: EntreeDeFeuille, rang: number, total: number, modifiable: boolean): Promise<HTMLLIElement> {
  const li = document.createElement('li');
  li.className = 'feuille-passage';
  const texte = textes.get(entree.texte);
  const passage = texte ? trouverPassage(await passagesDe(entree.texte).catch(() => []), entree.passage) : undefined;
  const titre = document.createElement('h2');
  titre.className = 'feuille-reference';
  let nom: string;
  if (texte && passage) {
    // An older id (after a merge) is shown, kept and linked as the passage's current id.
    entree.passage = passage.id;
    nom = reference(passage);
    const lien = document.createElement('a');
    lien.href = `${base}textes/${entree.texte}/#${passage.id}`;
    const cite = document.createElement('cite');
    cite.textContent = texte.titre;
    lien.append(`${texte.auteur}, `, cite, `, ${nom}`);
    titre.append(lien);
    const bloc = document.createElement('blockquote');
    const p = document.createElement('p');
    p.textContent = passage.texte;
    bloc.append(p);
    li.append(titre, bloc);
  } else {
    nom = cle(entree);
    titre.textContent = `Passage introuvable : ${nom}`;
    const explication = document.createElement('p');
    explication.className = 'feuille-discret';
    explication.textContent = texte
      ? 'Ce texte n’a pas de passage sous cet identifiant : le lien est peut-être mal écrit, ou le passage a été retiré lors d’une révision de l’édition.'
      : 'Le dossier n’a pas de texte sous ce nom : le lien est peut-être mal écrit.';
    li.append(titre, explication);
  }

  if (modifiable) {
    const champ = document.createElement('textarea');
    champ.rows = 2;
    champ.value = entree.note ?? '';
    champ.id = `note-feuille-${rang}`;
    const etiquette = document.createElement('label');
    etiquette.htmlFor = champ.id;
    etiquette.textContent = `Votre note (${nom})`;
    const imprimee = document.createElement('p');
    imprimee.className = 'feuille-note';
    imprimee.textContent = entree.note ?? '';
    let attente = 0;
    champ.addEventListener('input', () => {
      imprimee.textContent = champ.value;
      const note = champ.value.trim();
      if (note) entree.note = champ.value; else delete entree.note;
      clearTimeout(attente);
      attente = window.setTimeout(enregistrer, 300);
    });
    const actions = document.createElement('div');
    actions.className = 'feuille-boutons feuille-actions';
    const monter = bouton('Monter', `Monter ${nom}`, () => deplacer(rang, -1));
    const descendre = bouton('Descendre', `Descendre ${nom}`, () => deplacer(rang, 1));
    monter.disabled = rang === 0;
    descendre.disabled = rang === total - 1;
    actions.append(monter, descendre, bouton('Retirer', `Retirer ${nom} de la feuille`, () => retirer(rang)));
    li.append(etiquette, champ, imprimee, actions);
  } else if (entree.note) {
    const note = document.createElement('p');
    note.className = 'feuille-note feuille-note-recue';
    note.textContent = entree.note;
    li.append(note);
  }
  return li;
}

/** Draws the sheet; `focus` then names what gets the focus (`[rang, libellé du bouton]`). */
async function afficher(focus?: [number, string]) {
  const entrees = feuilleRecue ?? mienne;
  const modifiable = !feuilleRecue;
  const elements = await Promise.all(entrees.map((e, i) => element(e, i, entrees.length, modifiable)));
  if (modifiable) enregistrer();
  liste.replaceChildren(...elements);
  liste.hidden = entrees.length === 0;
  $<HTMLElement>('[data-outils]').hidden = entrees.length === 0;
  $<HTMLElement>('[data-vide]').hidden = entrees.length > 0;
  $<HTMLElement>('[data-textes]').hidden = entrees.length > 0;
  for (const e of racine.querySelectorAll<HTMLElement>('[data-mienne]')) e.hidden = !modifiable;
  const bandeau = $<HTMLElement>('[data-recue]');
  bandeau.hidden = modifiable;
  if (feuilleRecue) {
    $<HTMLElement>('[data-recue-texte]').textContent = `Feuille reçue par un lien : ${pluriel(feuilleRecue.length, 'passage')}.${mienne.length > 0 ? ` Votre feuille, gardée dans ce navigateur, en a ${mienne.length} ; « En faire ma feuille » la remplace.` : ''}`;
  }
  if (focus) {
    const [rang, libelle] = focus;
    const boutons = [...(elements[rang]?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    (boutons.find((b) => b.textContent === libelle && !b.disabled) ?? boutons.find((b) => !b.disabled) ?? $<HTMLElement>('h1')).focus();
  }
}

function deplacer(rang: number, sens: -1 | 1) {
  const cible = rang + sens;
  if (cible < 0 || cible >= mienne.length) return;
  [mienne[rang], mienne[cible]] = [mienne[cible]!, mienne[rang]!];
  void afficher([cible, sens < 0 ? 'Monter' : 'Descendre']).then(() => annoncer(`Passage placé en position ${cible + 1} sur ${mienne.length}.`));
}

function retirer(rang: number) {
  mienne.splice(rang, 1);
  const h1 = $<HTMLElement>('h1');
  h1.tabIndex = -1;
  void afficher(mienne.length > 0 ? [Math.min(rang, mienne.length - 1), 'Retirer'] : [0, '']).then(() => annoncer(`Passage retiré. Il en reste ${mienne.length}.`));
}

/** The received sheet becomes (or joins) the reader's; the address becomes the plain page's. */
function garder(remplacer: boolean) {
  const recus = feuilleRecue ?? [];
  const dejaLa = new Set(mienne.map(cle));
  mienne = remplacer ? recus : [...mienne, ...recus.filter((e) => !dejaLa.has(cle(e)))];
  feuilleRecue = undefined;
  history.replaceState(null, '', location.pathname);
  void afficher().then(() => annoncer(`Votre feuille a maintenant ${pluriel(mienne.length, 'passage')}.`));
}

racine.addEventListener('click', (event) => {
  const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
  if (action === 'imprimer') window.print();
  else if (action === 'adopter') garder(true);
  else if (action === 'joindre') garder(false);
  else if (action === 'vider') {
    if (!confirm(`Retirer les ${pluriel(mienne.length, 'passage')} de votre feuille, et vos notes ?`)) return;
    mienne = [];
    void afficher().then(() => annoncer('Votre feuille est vide.'));
  } else if (action === 'copier') {
    const entrees = feuilleRecue ?? mienne;
    const requete = ecrireFeuille(entrees, !feuilleRecue ? avecNotes.checked : entrees.some((e) => e.note));
    const lien = `${location.origin}${location.pathname}?${requete}`;
    navigator.clipboard.writeText(lien).then(
      () => annoncer(avecNotes.checked || feuilleRecue ? 'Lien de la feuille copié.' : 'Lien de la feuille copié (sans vos notes).'),
      () => annoncer(`Copiez ce lien : ${lien}`),
    );
  }
});

$<HTMLElement>('[data-sans-script]').hidden = true;
if (recue.illisibles.length > 0) annoncer(`Références illisibles dans le lien, laissées de côté : ${recue.illisibles.join(', ')}.`);
void afficher();
