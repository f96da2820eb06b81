/**
 * Sharing a passage (progressive enhancement of remark-passages' § links, text pages only).
 *
 * Beside each passage's number, a « Partager » button opens a small menu: copy the passage's link
 * (its share URL, `/textes/<slug>/p14/`, whose preview shows the passage's words), copy a ready
 * citation (« opening words… » — Author, Title, § 14, URL), or hand both to the system's share
 * sheet where the Web Share API exists, or copy the passage's reference for a reference manager
 * (BibTeX, RIS, CSL-JSON: the text's reference, `data-reference`, with the passage's link and
 * number). Notes get the same button, beside their back-links.
 * Without JavaScript, the § number is an ordinary link to the passage.
 *
 * Nothing here reads or changes the URL's fragment: arriving at `#p14` (highlight, scroll below
 * the header) is done by CSS alone, and text-fragment links (`#:~:text=`) are left to the browser.
 */
import { citation, reference, referenceDansUnePhrase } from '../noyau/references.ts';
import { bibtex, cslJson, ris, type ReferenceDuTexte } from '../noyau/bibliographie.ts';

const article = document.querySelector<HTMLElement>('[data-texte]');

/** What the script needs to know of a passage. */
interface Cible {
  element: HTMLElement;
  id: string;
  /** « § 14 » or « note 7 ». */
  ref: string;
  /** In a sentence: « le § 14 », « la note 7 »; and « du § 14 », « de la note 7 ». */
  le: string;
  du: string;
}

let passages: Promise<Map<string, string>> | undefined;

/** The texts of the page's passages, from the text's model (`passages.json`), fetched once, when a reader first shares. */
function textesDesPassages(): Promise<Map<string, string>> {
  passages ??= fetch(new URL('passages.json', location.href))
    .then((reponse) => (reponse.ok ? reponse.json() : Promise.reject(new Error(String(reponse.status)))))
    .then((liste: { id: string; texte: string }[]) => new Map(liste.map((p) => [p.id, p.texte])));
  return passages;
}

function icone(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const chemin = document.createElementNS(ns, 'path');
  // An arrow leaving a box: "send elsewhere".
  chemin.setAttribute('d', 'M9 2h5v5M14 2 7.5 8.5M12 9.5V13a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3.5');
  chemin.setAttribute('fill', 'none');
  chemin.setAttribute('stroke', 'currentColor');
  chemin.setAttribute('stroke-width', '1.6');
  chemin.setAttribute('stroke-linecap', 'round');
  chemin.setAttribute('stroke-linejoin', 'round');
  svg.append(chemin);
  return svg;
}

function bouton(cible: Cible): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'partager-passage';
  b.setAttribute('aria-label', `Partager ${cible.le.replace('§', 'paragraphe')}`);
  b.setAttribute('aria-haspopup', 'dialog');
  b.setAttribute('aria-expanded', 'false');
  b.setAttribute('aria-controls', 'menu-partage');
  b.dataset.passage = cible.id;
  b.append(icone());
  return b;
}

if (article) {
  const { titre = '', auteur = '', adresse = location.href.split('#')[0]! } = article.dataset;
  const referenceDuTexte = article.dataset.reference ? (JSON.parse(article.dataset.reference) as ReferenceDuTexte) : undefined;
  const cibles = new Map<string, Cible>();

  for (const marge of article.querySelectorAll<HTMLElement>('.marge-passage')) {
    const element = marge.parentElement?.closest<HTMLElement>('.passage');
    const numero = marge.querySelector('.numero-passage')?.textContent?.replace(/^§\s*/, '');
    if (!element || !numero) continue;
    const passage = { id: element.id, numero };
    const cible = { element, id: element.id, ref: reference(passage), le: referenceDansUnePhrase(passage), du: referenceDansUnePhrase(passage, true) };
    cibles.set(cible.id, cible);
    marge.append(bouton(cible));
  }
  for (const note of article.querySelectorAll<HTMLElement>('.liste-notes > li[id]')) {
    const label = note.querySelector('.numero-note')?.textContent?.replace(/\.$/, '');
    if (!label) continue;
    const passage = { id: note.id, numero: label };
    const cible = { element: note, id: note.id, ref: reference(passage), le: referenceDansUnePhrase(passage), du: referenceDansUnePhrase(passage, true) };
    cibles.set(cible.id, cible);
    const place = note.querySelector('.retours') ?? note;
    place.append(bouton(cible));
  }

  // One menu for every passage, filled when opened.
  const menu = document.createElement('div');
  menu.id = 'menu-partage';
  menu.className = 'menu-partage';
  menu.setAttribute('popover', 'auto');
  menu.setAttribute('role', 'dialog');
  menu.tabIndex = -1;
  document.body.append(menu);

  const statut = document.createElement('p');
  statut.className = 'statut-partage';
  statut.setAttribute('role', 'status');
  document.body.append(statut);
  let effacer = 0;
  const annoncer = (message: string) => {
    statut.textContent = message;
    statut.classList.add('visible');
    clearTimeout(effacer);
    effacer = window.setTimeout(() => statut.classList.remove('visible'), 4000);
  };

  let ouvreur: HTMLButtonElement | null = null;
  menu.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed' && ouvreur) {
      ouvreur.setAttribute('aria-expanded', 'false');
      ouvreur.focus({ preventScroll: true });
      ouvreur = null;
    }
  });

  /** Clipboard, with the title in italics for editors that take HTML; `false` when refused. */
  async function copier(texte: string, html?: string): Promise<boolean> {
    try {
      if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        await navigator.clipboard.write([new ClipboardItem({
          'text/plain': new Blob([texte], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        })]);
      } else {
        await navigator.clipboard.writeText(texte);
      }
      return true;
    } catch {
      return false;
    }
  }

  /** When the clipboard is refused: the text, selected, for the reader to copy by hand. */
  function montrer(texte: string) {
    const aide = document.createElement('label');
    aide.className = 'menu-partage-aide';
    aide.textContent = 'Copiez ce texte :';
    const champ = document.createElement('textarea');
    champ.readOnly = true;
    champ.rows = 4;
    champ.value = texte;
    aide.append(champ);
    menu.append(aide);
    champ.focus();
    champ.select();
  }

  const echapper = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  function action(libelle: string, faire: () => Promise<void> | void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = libelle;
    b.addEventListener('click', () => void faire());
    return b;
  }

  function ouvrir(declencheur: HTMLButtonElement, cible: Cible) {
    const lien = `${adresse}${cible.id}/`;
    // The citation quotes the passage's words as the model holds them: fetched while the menu opens.
    const citations = textesDesPassages().then((textes) => {
      const texte = textes.get(cible.id) ?? '';
      return {
        cite: citation({ texte, auteur, titre, reference: cible.ref, url: lien }),
        citeHtml: echapper(citation({ texte, auteur, titre: '\u0000', reference: cible.ref, url: lien }))
          .replace('\u0000', `<i>${echapper(titre)}</i>`)
          .replace(echapper(lien), `<a href="${echapper(lien)}">${echapper(lien)}</a>`),
      };
    });
    citations.catch(() => undefined);

    const entete = document.createElement('p');
    entete.className = 'menu-partage-titre';
    entete.id = 'menu-partage-titre';
    entete.textContent = `Partager ${cible.le}`;
    const actions = [
      action('Copier le lien', async () => {
        if (await copier(lien)) { menu.hidePopover(); annoncer(`Lien ${cible.du} copié.`); } else montrer(lien);
      }),
      action('Copier la citation', async () => {
        const prete = await citations.catch(() => undefined);
        if (!prete) { annoncer('La citation n’a pas pu être préparée : la connexion est-elle coupée ?'); return; }
        const { cite, citeHtml } = prete;
        if (await copier(cite, citeHtml)) { menu.hidePopover(); annoncer(`Citation ${cible.du} copiée.`); } else montrer(cite);
      }),
    ];
    // « Ma feuille » (/feuille/): its module loads only when a reader adds a passage.
    actions.push(action('Ajouter à ma feuille', async () => {
      const { ajouterAMaFeuille } = await import('./feuille/stockage.ts');
      const resultat = ajouterAMaFeuille(article!.dataset.texte ?? '', cible.id);
      menu.hidePopover();
      annoncer(resultat === false ? 'Ce navigateur refuse de garder la feuille (navigation privée ?).'
        : resultat === 'deja' ? `${cible.ref[0]!.toUpperCase()}${cible.ref.slice(1)} est déjà dans votre feuille.`
        : `${cible.ref[0]!.toUpperCase()}${cible.ref.slice(1)} ajouté${cible.id.startsWith('note-') ? 'e' : ''} à votre feuille (${resultat} passage${resultat > 1 ? 's' : ''}) : menu « Ma feuille ».`);
    }));
    if (typeof navigator.share === 'function') {
      actions.push(action('Partager…', async () => {
        try {
          const { cite } = await citations;
          await navigator.share({ title: `${titre}, ${cible.ref}`, text: cite.slice(0, cite.lastIndexOf(', ')), url: lien });
          menu.hidePopover();
        } catch {
          // The reader closed the share sheet: nothing to do.
        }
      }));
    }
    const liste = document.createElement('div');
    liste.className = 'menu-partage-actions';
    liste.append(...actions);
    menu.replaceChildren(entete, liste);
    if (referenceDuTexte) {
      const passage = { id: cible.id, reference: cible.ref, url: lien };
      const formats: Array<[string, string]> = [
        ['BibTeX', bibtex(referenceDuTexte, passage)],
        ['RIS', ris(referenceDuTexte, passage)],
        ['CSL-JSON', `${JSON.stringify([cslJson(referenceDuTexte, passage)], null, 2)}\n`],
      ];
      const sousTitre = document.createElement('p');
      sousTitre.className = 'menu-partage-sous-titre';
      sousTitre.textContent = 'Copier la référence, pour Zotero…';
      const references = document.createElement('div');
      references.className = 'menu-partage-actions';
      references.append(...formats.map(([nom, texte]) => {
        const b = action(nom, async () => {
          if (await copier(texte)) { menu.hidePopover(); annoncer(`Référence ${cible.du} copiée (${nom}).`); } else montrer(texte);
        });
        b.setAttribute('aria-label', `Copier la référence en ${nom}`);
        return b;
      }));
      menu.append(sousTitre, references);
    }
    menu.setAttribute('aria-labelledby', entete.id);

    ouvreur = declencheur;
    declencheur.setAttribute('aria-expanded', 'true');
    menu.showPopover();
    // Beside the button, inside the window.
    const r = declencheur.getBoundingClientRect();
    const largeur = menu.offsetWidth;
    const hauteur = menu.offsetHeight;
    const gauche = Math.max(8, Math.min(r.left, window.innerWidth - largeur - 8));
    const haut = r.bottom + 6 + hauteur > window.innerHeight ? Math.max(8, r.top - 6 - hauteur) : r.bottom + 6;
    menu.style.left = `${gauche}px`;
    menu.style.top = `${haut}px`;
    actions[0]!.focus();
  }

  // A tap outside closes the menu before the click arrives: remember whether it was open for
  // this button, so that the button closes its menu instead of opening it again.
  let ouvertAvant: HTMLButtonElement | null = null;
  document.addEventListener('pointerdown', () => { ouvertAvant = ouvreur; }, true);

  article.addEventListener('click', (event) => {
    const declencheur = (event.target as Element | null)?.closest<HTMLButtonElement>('.partager-passage');
    const etaitOuvert = ouvertAvant;
    ouvertAvant = null;
    if (!declencheur) return;
    const cible = cibles.get(declencheur.dataset.passage ?? '');
    if (!cible) return;
    if (ouvreur === declencheur || etaitOuvert === declencheur) {
      if (menu.matches(':popover-open')) menu.hidePopover();
      return;
    }
    ouvrir(declencheur, cible);
  });
}
