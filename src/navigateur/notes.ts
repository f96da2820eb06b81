/**
 * Notes, read without losing one's place (progressive enhancement of remark-notes' plain links).
 *
 * - Narrow screens: activating a call opens its note in place, in a popover (Escape or a tap
 *   outside closes it; focus returns to the call). No page jump.
 * - Wide screens: a copy of each note sits in the margin beside the paragraph that calls it;
 *   copies never overlap and are hidden from assistive technology (the list at the end is the
 *   real one). Following a call and then its back-link returns to the exact scroll position.
 * Without JavaScript, calls and back-links are ordinary links to the list of notes.
 */
export {};
const WIDE = window.matchMedia('(min-width: 72rem)');
const article = document.querySelector<HTMLElement>('[data-texte]');

function noteFor(call: HTMLAnchorElement): HTMLElement | null {
  return document.getElementById(decodeURIComponent(call.hash.slice(1)));
}

/** The note's content without its number and back-links. */
function contentOf(note: HTMLElement): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const child of note.children) {
    if (child.classList.contains('numero-note')) continue;
    const copy = child.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.retours, [id]').forEach((el) => (el.classList.contains('retours') ? el.remove() : el.removeAttribute('id')));
    fragment.append(copy);
  }
  return fragment;
}

// Narrow screens: one popover, filled with the note of the call that opened it.
const popover = document.createElement('div');
popover.className = 'note-popover';
popover.setAttribute('popover', 'auto');
popover.setAttribute('role', 'dialog');
popover.tabIndex = -1;
document.body.append(popover);
let opener: HTMLAnchorElement | null = null;

popover.addEventListener('toggle', (event) => {
  if ((event as ToggleEvent).newState === 'closed' && opener) {
    opener.focus({ preventScroll: true });
    opener = null;
  }
});

function openInPlace(call: HTMLAnchorElement, note: HTMLElement) {
  const label = note.querySelector('.numero-note')?.textContent?.replace(/\.$/, '') ?? '';
  const heading = document.createElement('p');
  heading.className = 'note-popover-titre';
  heading.id = 'note-popover-titre';
  heading.textContent = `Note ${label}`;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'note-popover-fermer';
  close.textContent = 'Fermer';
  close.addEventListener('click', () => popover.hidePopover());
  const full = document.createElement('a');
  full.href = call.hash;
  full.className = 'note-popover-liste';
  full.textContent = 'Voir dans la liste des notes';
  full.addEventListener('click', () => { opener = null; popover.hidePopover(); });
  popover.replaceChildren(heading, contentOf(note), full, close);
  popover.setAttribute('aria-labelledby', heading.id);
  opener = call;
  popover.showPopover();
  popover.focus();
}

// Following a call, then its back-link: go back in history, which restores the scroll position.
let followed: string | null = null;

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  if (link.closest('.appel')) {
    const note = noteFor(link);
    if (!note) return;
    if (!WIDE.matches) {
      event.preventDefault();
      openInPlace(link, note);
    } else {
      followed = link.id;
    }
  } else if (link.classList.contains('retour') && followed && link.hash === `#${followed}`) {
    event.preventDefault();
    followed = null;
    history.back();
  }
});

// Wide screens: margin copies, placed beside their call and pushed down so they never overlap.
let margin: HTMLElement | null = null;

function layoutMargin() {
  margin?.remove();
  margin = null;
  if (!WIDE.matches || !article) return;
  margin = document.createElement('div');
  margin.className = 'notes-marge';
  margin.setAttribute('aria-hidden', 'true');
  margin.inert = true;
  article.append(margin);
  const top = article.getBoundingClientRect().top;
  let bottom = 0;
  for (const call of article.querySelectorAll<HTMLAnchorElement>('.appel a')) {
    if (call.closest('.notes')) continue;
    const note = noteFor(call);
    if (!note) continue;
    const aside = document.createElement('aside');
    aside.className = 'note-marge';
    const number = document.createElement('span');
    number.className = 'numero-note';
    number.textContent = `${call.textContent} `;
    const content = contentOf(note);
    const first = content.firstElementChild;
    if (first) first.prepend(number);
    else aside.append(number);
    aside.append(content);
    margin.append(aside);
    const wanted = call.getBoundingClientRect().top - top;
    const y = Math.max(wanted, bottom);
    aside.style.top = `${y}px`;
    bottom = y + aside.getBoundingClientRect().height + 12;
  }
}

layoutMargin();
WIDE.addEventListener('change', layoutMargin);
let pending = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(layoutMargin);
});
document.fonts?.ready.then(layoutMargin);
