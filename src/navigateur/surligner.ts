/**
 * Arriving from a search (`?surligner=iejov#p14`): the searched words are marked in the target
 * passage (or the whole text when there is no anchor). Accents and case do not matter, as in
 * the search itself.
 */
import { replier } from '../noyau/recherche.ts';

const mots = (new URLSearchParams(location.search).get('surligner') ?? '')
  .split(/\s+/).map(replier).filter((m) => m.length >= 2);
const cible = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) || document.querySelector('[data-texte]');

if (mots.length > 0 && cible) {
  const marcheur = document.createTreeWalker(cible, NodeFilter.SHOW_TEXT);
  const noeuds: Text[] = [];
  while (marcheur.nextNode()) noeuds.push(marcheur.currentNode as Text);
  for (const noeud of noeuds) {
    const plie = replier(noeud.data);
    // Folding keeps one character per character here (NFD marks are removed after decomposing a
    // single letter), so positions in the folded text are positions in the original.
    if (plie.length !== noeud.data.length) continue;
    const trouvailles: [number, number][] = [];
    for (const mot of mots) {
      for (let i = plie.indexOf(mot); i >= 0; i = plie.indexOf(mot, i + mot.length)) {
        if (i > 0 && /\p{L}/u.test(plie[i - 1]!)) continue;
        trouvailles.push([i, i + mot.length]);
      }
    }
    trouvailles.sort((a, b) => b[0] - a[0]);
    for (const [debut, fin] of trouvailles) {
      const partie = noeud.splitText(debut);
      partie.splitText(fin - debut);
      const mark = document.createElement('mark');
      partie.replaceWith(mark);
      mark.append(partie);
    }
  }
}
