/**
 * The text pages' only script at arrival (it also loads, when needed at once, reading resumed, the
 * fallback highlighting of a link to words, and the tools for selected words). Their enhancements (texte.ts: notes in place, sharing,
 * previews of persons, highlighting) wait for the reader's first gesture (scrolling, a touch, a
 * key, the mouse, the focus), so that a reader on a slow network receives the text first. They load
 * at once when the address asks for something on arrival (words to highlight), and on wide
 * screens, where the notes sit in the margin beside the text as it is read.
 *
 * The gesture that loads them is not lost: a click or tap on what they answer to (a note call, an
 * unlinked mention) before they are ready is held, then replayed once they are; so is a Tab key
 * (the share buttons they add are in the keyboard's path), and so are the mouse resting on a
 * mention and the keyboard focus. If they cannot load, the held gesture is replayed all the same
 * (a note call is a link to its note).
 */
const charger = () => import('./texte.ts');

/** What the enhancements answer to on a click. */
const CLIQUABLES = '.appel a, span.mention[data-personne]';
const GESTES = ['scroll', 'pointerdown', 'keydown', 'focusin', 'pointerover'] as const;

let etat: 'attente' | 'chargement' | 'pret' = 'attente';
let clicRetenu: HTMLElement | null = null;
/** A Tab (1) or Shift+Tab (-1) held until the enhancements are ready. */
let tabRetenu: 1 | -1 | 0 = 0;
let survole: Element | null = null;

function geste(event: Event) {
  if (event instanceof PointerEvent && event.type === 'pointerover' && event.pointerType === 'mouse') survole = event.target as Element;
  demarrer();
}

function demarrer() {
  if (etat !== 'attente') return;
  etat = 'chargement';
  void charger().catch(() => undefined).then(() => {
    etat = 'pret';
    for (const nom of GESTES) document.removeEventListener(nom, geste, true);
    rejouer();
  });
}

/** Where Tab leads from the focused element (the edition sets no positive tabindex: document order). */
function focusSuivant(sens: 1 | -1) {
  const focusables = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter((e) => e.tabIndex >= 0 && !(e as HTMLInputElement).disabled && e.getClientRects().length > 0);
  focusables[focusables.indexOf(document.activeElement as HTMLElement) + sens]?.focus();
}

function rejouer() {
  if (clicRetenu) {
    clicRetenu.click();
    clicRetenu = null;
    return;
  }
  if (tabRetenu) {
    focusSuivant(tabRetenu);
    tabRetenu = 0;
    return;
  }
  const actif = document.activeElement;
  if (actif && actif !== document.body) actif.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  if (survole?.matches(':hover')) survole.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
}

for (const nom of GESTES) document.addEventListener(nom, geste, { capture: true, passive: true });

document.addEventListener('click', (event) => {
  if (etat === 'pret' || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const cible = (event.target as Element | null)?.closest<HTMLElement>(CLIQUABLES);
  if (!cible) return;
  event.preventDefault();
  clicRetenu = cible;
  demarrer();
}, true);

document.addEventListener('keydown', (event) => {
  if (etat === 'pret' || event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  tabRetenu = event.shiftKey ? -1 : 1;
  demarrer();
}, true);

if (new URLSearchParams(location.search).has('surligner') || window.matchMedia('(min-width: 72rem)').matches) demarrer();

// The reading tools that cannot wait for a gesture, each loaded only when it has something to do.
const article = document.querySelector<HTMLElement>('[data-texte]');
if (article) {
  // Reading resumed: its offer is there on arrival.
  try {
    if (localStorage.getItem(`proces-de-moscou:reprise:${article.dataset.texte}`)) void import('./reprise.ts');
  } catch {
    // Storage refused (private browsing): nothing to resume.
  }
  // A link to words (`#p14:~:text=…`) in a browser without text fragments: the fragment is still there.
  if (location.hash.includes(':~:') && !('fragmentDirective' in document)) void import('./mots-surlignes.ts');
  // Words selected in the text: the bar to link to them or quote them.
  let outils: Promise<unknown> | undefined;
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (outils || !selection || selection.isCollapsed || !article.contains(selection.anchorNode)) return;
    outils = import('./selection.ts');
  });
}
