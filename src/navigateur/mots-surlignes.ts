/**
 * A link to words (`#p14:~:text=…`, src/noyau/fragments.ts) in a browser that does not know text
 * fragments: the fragment names no element, so the page would stay at its top. Here the passage
 * gets the fragment it names (scrolled to and highlighted by CSS, as any link to a passage), and
 * the words are marked in it.
 */
import { lireFragmentDesMots } from '../noyau/fragments.ts';

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
  // One character for one: positions in `plat` are positions in the text nodes.
  const plat = texte.replace(/\s/g, ' ');
  const egal = (s: string) => s.replace(/\s/g, ' ');
  const debut = plat.indexOf(egal(lien.debut));
  const finTrouvee = debut < 0 || !lien.fin ? -1 : plat.indexOf(egal(lien.fin), debut + lien.debut.length);
  const fin = !lien.fin ? debut + lien.debut.length : finTrouvee < 0 ? -1 : finTrouvee + lien.fin.length;
  if (debut >= 0 && fin > debut) {
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
