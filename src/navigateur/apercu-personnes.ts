/**
 * Who is this? A preview of a person (name, dates, role) on the mentions that remark-personnes
 * marks in the texts (`[data-personne]`): progressive enhancement of plain links and spans.
 *
 * - Hover with a mouse, or keyboard focus on a linked mention: a tooltip, tied to the link with
 *   `aria-describedby`, that stays while the pointer is over it and closes with Escape.
 * - Tap (or click) on an unlinked mention: the same card, with a link to the person's page;
 *   a tap elsewhere or Escape closes it.
 * The card floats above the text (absolute position): nothing moves when it opens. Its data come
 * from one small file, `personnes/apercus.json`, fetched on first use. Without JavaScript, the first
 * mention of a person in each paragraph is a link to their page.
 */
interface Apercu {
  nom: string;
  dates: string;
  role: string;
  url: string;
}

const MENTION = '.mention[data-personne]';
let donnees: Promise<Record<string, Apercu>> | undefined;
async function lire(): Promise<Record<string, Apercu>> {
  try {
    const reponse = await fetch(`${import.meta.env.BASE_URL}personnes/apercus.json`);
    return reponse.ok ? ((await reponse.json()) as Record<string, Apercu>) : {};
  } catch {
    return {};
  }
}
const charger = () => (donnees ??= lire());

const carte = document.createElement('div');
carte.id = 'apercu-personne';
carte.className = 'apercu-personne';
carte.hidden = true;
document.body.append(carte);

/** The mention the card is about, and how it was opened. */
let cible: HTMLElement | null = null;
let minuterie = 0;

function placer(el: HTMLElement) {
  const r = el.getBoundingClientRect();
  const c = carte.getBoundingClientRect();
  const largeur = document.documentElement.clientWidth;
  const dessous = r.bottom + 6 + c.height <= window.innerHeight || r.top - 6 - c.height < 0;
  const top = dessous ? r.bottom + 6 : r.top - 6 - c.height;
  const left = Math.max(8, Math.min(r.left, largeur - c.width - 8));
  carte.style.top = `${top + window.scrollY}px`;
  carte.style.left = `${left + window.scrollX}px`;
}

function cacher() {
  window.clearTimeout(minuterie);
  carte.hidden = true;
  cible?.removeAttribute('aria-describedby');
  cible = null;
}

async function montrer(el: HTMLElement, avecLien: boolean) {
  window.clearTimeout(minuterie);
  const personne = (await charger())[el.dataset.personne ?? ''];
  if (!personne) return;
  if (cible && cible !== el) cacher();
  cible = el;
  const nom = document.createElement('p');
  nom.className = 'apercu-nom';
  nom.textContent = personne.nom;
  if (personne.dates) {
    const dates = document.createElement('span');
    dates.className = 'apercu-dates';
    dates.textContent = ` (${personne.dates})`;
    nom.append(dates);
  }
  const role = document.createElement('p');
  role.className = 'apercu-role';
  role.textContent = personne.role;
  carte.replaceChildren(nom, role);
  if (avecLien) {
    const lien = document.createElement('a');
    lien.href = personne.url;
    lien.className = 'apercu-fiche';
    lien.textContent = `Tout sur ${personne.nom} dans le dossier`;
    carte.append(lien);
    carte.setAttribute('role', 'dialog');
    carte.setAttribute('aria-label', `Aperçu : ${personne.nom}`);
  } else {
    carte.setAttribute('role', 'tooltip');
    carte.removeAttribute('aria-label');
    if (el instanceof HTMLAnchorElement) el.setAttribute('aria-describedby', carte.id);
  }
  carte.hidden = false;
  placer(el);
}

const mentionDe = (cible: EventTarget | null) => (cible instanceof Element ? cible.closest<HTMLElement>(MENTION) : null);

// Mouse: a short delay before opening, a short grace before closing (time to reach the card).
document.addEventListener('pointerover', (event) => {
  if (event.pointerType !== 'mouse') return;
  const el = mentionDe(event.target);
  if (el) {
    window.clearTimeout(minuterie);
    if (el !== cible) minuterie = window.setTimeout(() => void montrer(el, false), 250);
  } else if (carte.contains(event.target as Node)) {
    window.clearTimeout(minuterie);
  }
});
document.addEventListener('pointerout', (event) => {
  if (event.pointerType !== 'mouse' || !cible || carte.querySelector('.apercu-fiche')) return;
  const vers = event.relatedTarget as Node | null;
  if (vers && (cible.contains(vers) || carte.contains(vers))) return;
  if (mentionDe(event.target) || carte.contains(event.target as Node)) {
    window.clearTimeout(minuterie);
    minuterie = window.setTimeout(cacher, 200);
  }
});

// Keyboard: linked mentions are focusable; the tooltip follows the focus.
document.addEventListener('focusin', (event) => {
  const el = mentionDe(event.target);
  if (el instanceof HTMLAnchorElement) void montrer(el, false);
  else if (cible && !carte.contains(event.target as Node)) cacher();
});
document.addEventListener('focusout', (event) => {
  if (mentionDe(event.target) === cible && !carte.contains(event.relatedTarget as Node | null)) cacher();
});

// Tap or click on an unlinked mention: the card with a link; elsewhere: closed.
document.addEventListener('click', (event) => {
  const el = mentionDe(event.target);
  if (el && !(el instanceof HTMLAnchorElement)) {
    if (cible === el && !carte.hidden) cacher();
    else void montrer(el, true);
    return;
  }
  if (!carte.hidden && !carte.contains(event.target as Node) && !el) cacher();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !carte.hidden) cacher();
});
window.addEventListener('resize', () => {
  if (cible && !carte.hidden) placer(cible);
});
