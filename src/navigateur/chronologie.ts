/**
 * The chronology's filter by text (progressive enhancement of a plain grouped list): one checkbox
 * per text; entries of unchecked texts, and years left empty, are hidden. The choice is kept in
 * the URL (`?textes=essai-werth,article-furr`) so that a filtered chronology can be shared.
 */
export {};

const filtre = document.querySelector<HTMLElement>('.filtre-chronologie');
const cases = [...(filtre?.querySelectorAll<HTMLInputElement>('input[name="textes"]') ?? [])];
const etat = filtre?.querySelector<HTMLElement>('.etat-filtre');
/** Each entry and its text, read from its link to the passage (`…/textes/<slug>/#p3`). */
const entrees = [...document.querySelectorAll<HTMLElement>('.entrees-chronologie > li')]
  .map((li) => ({ li, texte: /\/textes\/([^/]+)\//.exec(li.querySelector('a')?.pathname ?? '')?.[1] ?? '' }));
const annees = [...document.querySelectorAll<HTMLElement>('.annee-chronologie')];
const liensAnnees = new Map([...document.querySelectorAll<HTMLElement>('.annees-chronologie li[data-annee]')].map((li) => [li.dataset.annee, li]));

function appliquer(majUrl: boolean) {
  const choisis = new Set(cases.filter((c) => c.checked).map((c) => c.value));
  let visibles = 0;
  for (const { li, texte } of entrees) {
    const visible = choisis.has(texte);
    li.hidden = !visible;
    if (visible) visibles++;
  }
  for (const annee of annees) {
    const vide = !annee.querySelector('.entrees-chronologie > li:not([hidden])');
    annee.hidden = vide;
    const lien = liensAnnees.get(annee.dataset.annee);
    if (lien) lien.hidden = vide;
  }
  if (etat) {
    etat.textContent = choisis.size === cases.length
      ? `Tous les textes : ${entrees.length} date${entrees.length > 1 ? 's' : ''}.`
      : `${visibles} date${visibles > 1 ? 's' : ''} sur ${entrees.length}, dans ${choisis.size} texte${choisis.size > 1 ? 's' : ''} sur ${cases.length}.`;
  }
  if (majUrl) {
    const url = new URL(location.href);
    if (choisis.size === cases.length) url.searchParams.delete('textes');
    else url.searchParams.set('textes', [...choisis].join(','));
    history.replaceState(history.state, '', url);
  }
}

if (filtre && cases.length > 1) {
  const demandes = new URL(location.href).searchParams.get('textes');
  if (demandes !== null) {
    const choisis = new Set(demandes.split(',').filter(Boolean));
    for (const c of cases) c.checked = choisis.has(c.value);
  }
  filtre.hidden = false;
  filtre.addEventListener('change', () => appliquer(true));
  appliquer(false);
}
