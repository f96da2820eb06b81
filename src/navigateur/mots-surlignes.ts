/**
 * A link to words (`#p14:~:text=…`, src/noyau/fragments.ts) in a browser that does not know text
 * fragments: the fragment names no element, so the page would stay at its top. Here the passage
 * gets the fragment it names (scrolled to and highlighted by CSS, as any link to a passage), and
 * the words are marked in it.
 */
import { lireFragmentDesMots, trouverLesMots } from '../noyau/fragments.ts';

const lien = lireFragmentDesMots(location.hash);
const element = lien && document.getElementById(lien.id);
if (lien && element) {
  location.replace(`#${lien.id}`);
  const passage = element.closest<HTMLElement>('.passage, .liste-notes > li') ?? element;
  const marcheur = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.marge-passage') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const noeuds: { noeud: Text; debut: number }[] = [];
  let texte = '';
  while (marcheur.nextNode()) {
    const noeud = marcheur.currentNode as Text;
    noeuds.push({ noeud, debut: texte.length });
    texte += noeud.data;
  }
  const place = trouverLesMots(texte, lien);
  if (place) {
    const [debut, fin] = place;
    for (const { noeud, debut: d } of noeuds.reverse()) {
      const a = Math.max(debut, d);
      const b = Math.min(fin, d + noeud.data.length);
      if (a >= b) continue;
      const partie = noeud.splitText(a - d);
      partie.splitText(b - a);
      const mark = document.createElement('mark');
      partie.replaceWith(mark);
      mark.append(partie);
    }
  }
}
