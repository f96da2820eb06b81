/**
 * Reading resumed, per text and in this browser only: the passage at the top of the window is
 * noted as the reader goes (`localStorage`); returning to the text, a small offer, « Reprendre où
 * vous en étiez (§ 42) », links to it. The page never moves by itself. Also drives the reading
 * progress bar where CSS scroll timelines are missing (elsewhere it is CSS alone).
 *
 * Loaded by premier-geste.ts on arrival when a position is stored for this text (the offer must be
 * there at once), else with the enhancements at the first gesture (texte.ts): that gesture, a
 * scroll most often, is noted as soon as the module is there.
 */
import css from '../styles/reprise.css?inline';
import { adopterStyles } from './adopter.ts';

adopterStyles(css);
const article = document.querySelector<HTMLElement>('[data-texte]');

/** A note of where the reader was: the passage's id and its number. */
interface Position { id: string; numero: string }

if (article) {
  const cle = `proces-de-moscou:reprise:${article.dataset.texte}`;
  const passages = article.querySelectorAll<HTMLElement>('.passage');
  const dernier = passages[passages.length - 1];

  const lire = (): Position | undefined => {
    try {
      const p = JSON.parse(localStorage.getItem(cle) ?? 'null') as Position | null;
      return typeof p?.id === 'string' && typeof p.numero === 'string' ? p : undefined;
    } catch {
      return undefined;
    }
  };

  /** Where the reader is: the passage under a point a quarter down the window, in the text's column. */
  const noter = () => {
    const colonne = article.getBoundingClientRect();
    const sous = document.elementFromPoint(colonne.left + Math.min(colonne.width / 2, 200), innerHeight / 4);
    const passage = sous?.closest<HTMLElement>('[data-texte] .passage');
    if (!passage) return;
    const numero = passage.querySelector('.numero-passage')?.textContent?.replace(/^§\s*/, '');
    try {
      // At the text's end, there is nothing left to resume.
      if (passage === dernier) localStorage.removeItem(cle);
      else if (numero) localStorage.setItem(cle, JSON.stringify({ id: passage.id, numero }));
    } catch {
      // Storage refused (private browsing): reading resumed is simply not offered.
    }
  };

  const position = lire();
  const cible = position && document.getElementById(position.id);
  // Offered only when arriving at the text's top: not after a link to a passage, nor when the browser restores the scroll.
  if (position && cible && !location.hash && scrollY < innerHeight / 2 && Number(position.numero) > 1) {
    const offre = document.createElement('aside');
    offre.className = 'reprise';
    offre.setAttribute('aria-label', 'Reprendre la lecture');
    const lien = document.createElement('a');
    lien.href = `#${position.id}`;
    lien.textContent = `Reprendre où vous en étiez (§\u00A0${position.numero})`;
    const fermer = document.createElement('button');
    fermer.type = 'button';
    fermer.setAttribute('aria-label', 'Ne pas reprendre');
    fermer.textContent = '×';
    offre.append(lien, fermer);
    const retirer = () => offre.remove();
    lien.addEventListener('click', retirer);
    fermer.addEventListener('click', retirer);
    // A reader who scrolls a screen or more has chosen where to read: the offer goes.
    addEventListener('scroll', () => { if (scrollY > innerHeight) retirer(); }, { passive: true });
    // First in the text's tab order; fixed at the bottom of the window, so nothing moves.
    article.prepend(offre);
  }

  const barre = document.querySelector<HTMLElement>('.progression-lecture');
  const sansTimeline = barre && !CSS.supports('animation-timeline: scroll()');
  let attente = 0;
  let image = 0;
  const defilement = () => {
    clearTimeout(attente);
    attente = window.setTimeout(noter, 400);
    if (sansTimeline && !image) {
      image = requestAnimationFrame(() => {
        image = 0;
        const fin = document.documentElement.scrollHeight - innerHeight;
        barre.style.transform = `scaleX(${fin > 0 ? Math.min(1, scrollY / fin) : 1})`;
      });
    }
  };
  addEventListener('scroll', defilement, { passive: true });
  // The scroll that loaded this module, if one did, happened before it listened.
  if (scrollY > 0) defilement();
}
