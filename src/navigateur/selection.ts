/**
 * Words selected in a passage: a small bar offers « Copier le lien vers ces mots » (a link that
 * opens the passage with those words highlighted, src/noyau/fragments.ts) and « Citer ces mots »
 * (« words » — Author, Title, § 14, link). Loaded by premier-geste.ts at a reader's first selection.
 * The bar sits in the top layer (nothing moves) and, in the document, right after the passage; with
 * words selected, Tab goes to it; Escape closes it.
 */
import css from '../styles/selection.css?inline';
import { fragmentDesMots } from '../noyau/fragments.ts';
import { citation, reference } from '../noyau/references.ts';
import { adopterStyles } from './adopter.ts';

adopterStyles(css);

const article = document.querySelector<HTMLElement>('[data-texte]')!;
const { titre = '', auteur = '', adresse = location.href.split(/[?#]/)[0]! } = article.dataset;

/** What the bar acts on: the passage's reference, the link to the words, the words to quote. */
interface Choix { ref: string; lien: string; mots: string }
let choix: Choix | undefined;

const barre = document.createElement('div');
barre.className = 'outils-mots';
barre.setAttribute('popover', 'manual');
barre.setAttribute('role', 'group');
barre.setAttribute('aria-label', 'Mots choisis');
const statut = document.createElement('p');
statut.className = 'statut-partage';
statut.setAttribute('role', 'status');
document.body.append(statut);

/** The passage (or note) holding a node, and its reference. */
function passageDe(noeud: Node | null): { element: HTMLElement; ref: string } | undefined {
  const element = (noeud instanceof Element ? noeud : noeud?.parentElement)?.closest<HTMLElement>('.passage, .liste-notes > li[id]');
  if (!element || !article.contains(element)) return undefined;
  const numero = element.classList.contains('passage')
    ? element.querySelector('.numero-passage')?.textContent?.replace(/^§\s*/, '')
    : element.querySelector('.numero-note')?.textContent?.replace(/\.$/, '');
  return numero ? { element, ref: reference({ id: element.id, numero }) } : undefined;
}

/** The words of a range, without the interface around the text (and, for quoting, without note calls). */
function motsDe(range: Range, sansAppels: boolean): string {
  const copie = range.cloneContents();
  for (const e of copie.querySelectorAll(`.marge-passage, .partager-passage, .outils-mots${sansAppels ? ', .appel' : ''}`)) e.remove();
  return (copie.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

function placer(range: Range) {
  const r = range.getBoundingClientRect();
  const largeur = barre.offsetWidth;
  barre.style.left = `${Math.max(8, Math.min(r.left + r.width / 2 - largeur / 2, innerWidth - largeur - 8))}px`;
  // Below the words: phones show their own menu above a selection.
  const haut = r.bottom + 10 + barre.offsetHeight > innerHeight ? Math.max(8, r.top - 10 - barre.offsetHeight) : r.bottom + 10;
  barre.style.top = `${haut}px`;
}

function fermer() {
  choix = undefined;
  if (barre.matches(':popover-open')) barre.hidePopover();
}

function examiner() {
  const selection = document.getSelection();
  if (barre.contains(document.activeElement)) return;
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return fermer();
  const debut = passageDe(selection.anchorNode);
  const range = selection.getRangeAt(0);
  if (!debut || debut.element !== passageDe(selection.focusNode)?.element) return fermer();
  const mots = motsDe(range, true);
  const motsDuLien = motsDe(range, false);
  if (!mots) return fermer();
  choix = { ref: debut.ref, mots, lien: `${adresse}#${fragmentDesMots(debut.element.id, motsDuLien)}` };
  // In the document right after the passage (inside it when it is a list item, a quote or a note).
  const place = debut.element.tagName === 'P' ? debut.element : null;
  if (place) place.after(barre); else debut.element.append(barre);
  if (!barre.matches(':popover-open')) barre.showPopover();
  placer(range);
}

async function copier(texte: string, message: string) {
  try {
    await navigator.clipboard.writeText(texte);
    statut.textContent = message;
    fermer();
  } catch {
    // Clipboard refused: the text, selected, for the reader to copy by hand.
    const champ = document.createElement('textarea');
    champ.readOnly = true;
    champ.rows = 3;
    champ.value = texte;
    champ.setAttribute('aria-label', 'Copiez ce texte');
    barre.append(champ);
    champ.focus();
    champ.select();
  }
  statut.classList.add('visible');
  setTimeout(() => statut.classList.remove('visible'), 4000);
}

function action(libelle: string, faire: (c: Choix) => void) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = libelle;
  b.addEventListener('click', () => { if (choix) faire(choix); });
  return b;
}

barre.append(
  action('Copier le lien vers ces mots', (c) => void copier(c.lien, `Lien vers ces mots copié (${c.ref}).`)),
  action('Citer ces mots', (c) => void copier(citation({ texte: c.mots, auteur, titre, reference: c.ref, url: c.lien, entier: true }), `Citation copiée (${c.ref}).`)),
);
// A click on the bar keeps the selection.
barre.addEventListener('mousedown', (event) => event.preventDefault());
barre.addEventListener('keydown', (event) => { if (event.key === 'Escape') fermer(); });
document.addEventListener('keydown', (event) => {
  if (!choix) return;
  if (event.key === 'Escape') fermer();
  // Tab, with words selected, goes to the bar first (wherever the browser would start from).
  else if (event.key === 'Tab' && !event.shiftKey && !barre.contains(document.activeElement)) {
    event.preventDefault();
    barre.querySelector('button')!.focus();
  }
});

let attente = 0;
document.addEventListener('selectionchange', () => {
  clearTimeout(attente);
  attente = window.setTimeout(examiner, 200);
});
addEventListener('scroll', () => {
  const selection = document.getSelection();
  if (choix && selection && selection.rangeCount > 0) placer(selection.getRangeAt(0));
}, { passive: true });
examiner();
