/**
 * The words of the edition in its "source view", read from its mdast tree: a
 * `:corr[corrigé]{source="fautif"}` contributes the words of its `source`; `:lacune[…]` contributes
 * nothing (the edition's own voice); a footnote call `[^7]` contributes the word `7`; the numbers of
 * an ordered list are words (the source prints them); every footnote definition is a stream of its
 * own, since the source prints notes where its pages ended.
 */
import type { Nodes, Root } from 'mdast';
import type {} from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Ecart } from '../modele.ts';
import { MOT } from './mots.ts';

/** A word of the edition (source view). */
export interface JetonEdition {
  texte: string;
  /** 1-based line in the Markdown file (inside a node, counted from the node's first line). */
  ligne: number;
  /** `mot`: ordinary text; `appel`: a footnote call (its label); `corr`: a word of a `:corr` source. */
  genre: 'mot' | 'appel' | 'corr';
  /** Index in {@link MotsDeLEdition.corrections} for a `corr` word. */
  corr?: number;
}

/** A `:corr` directive as the alignment needs it. */
export interface CorrectionLue {
  /** Its `source` attribute: the source form. */
  source: string;
  /** The corrected form shown to readers. */
  corrige: string;
  /** Line of the directive in the Markdown file. */
  ligne: number;
  /** Where it sits: its stream (the body, or a note's label) and the index of the next word there. */
  place: { note?: string; index: number };
}

/** One footnote definition as a stream of words. */
export interface FluxDeNote {
  etiquette: string;
  ligne: number;
  jetons: JetonEdition[];
}

/** The edition split into streams of words. */
export interface MotsDeLEdition {
  corps: JetonEdition[];
  notes: FluxDeNote[];
  /**
   * Every text or leaf `:corr` directive outside `:lacune`, in document order; `undefined` for one
   * without a `source` attribute (reported in {@link ecarts}).
   */
  corrections: (CorrectionLue | undefined)[];
  /** Problems found while reading. */
  ecarts: Ecart[];
}

/** The words of an edition, in reading order, from its parsed Markdown. */
export function motsDeLEdition(arbre: Root): MotsDeLEdition {
  const resultat: MotsDeLEdition = { corps: [], notes: [], corrections: [], ecarts: [] };

  const ajouter = (flux: JetonEdition[], texte: string, ligne: number, genre: JetonEdition['genre'], corr?: number) => {
    let curseur = 0;
    let ligneCourante = ligne;
    for (const m of texte.normalize('NFC').matchAll(MOT)) {
      for (let k = curseur; k < m.index; k++) if (texte[k] === '\n') ligneCourante++;
      curseur = m.index;
      const jeton: JetonEdition = { texte: m[0], ligne: ligneCourante, genre };
      if (corr !== undefined) jeton.corr = corr;
      flux.push(jeton);
    }
  };

  let noteCourante: string | undefined;
  const visiter = (noeud: Nodes, flux: JetonEdition[]): void => {
    const ligne = noeud.position?.start.line ?? 0;
    switch (noeud.type) {
      case 'yaml':
      case 'image':
      case 'imageReference':
      case 'definition':
        return;
      case 'text':
      case 'inlineCode':
      case 'code':
        ajouter(flux, noeud.value, ligne, 'mot');
        return;
      case 'html':
        ajouter(flux, noeud.value.replace(/<[^>]*>/g, ' '), ligne, 'mot');
        return;
      case 'footnoteReference':
        flux.push({ texte: noeud.label ?? noeud.identifier, ligne, genre: 'appel' });
        return;
      case 'list':
        // An ordered list's numbers are words of the source (« 1) », « 2. ») that Markdown turns into markers.
        noeud.children.forEach((element, i) => {
          if (noeud.ordered) flux.push({ texte: String((noeud.start ?? 1) + i), ligne: element.position?.start.line ?? ligne, genre: 'mot' });
          visiter(element, flux);
        });
        return;
      case 'footnoteDefinition': {
        const note: FluxDeNote = { etiquette: noeud.label ?? noeud.identifier, ligne, jetons: [] };
        resultat.notes.push(note);
        noteCourante = note.etiquette;
        for (const enfant of noeud.children) visiter(enfant, note.jetons);
        noteCourante = undefined;
        return;
      }
      case 'textDirective':
      case 'leafDirective':
      case 'containerDirective': {
        if (noeud.name === 'lacune') return;
        if (noeud.name === 'corr' && noeud.type !== 'containerDirective') {
          const source = noeud.attributes?.source;
          const corrige = toString(noeud);
          if (source === undefined || source === null) {
            resultat.corrections.push(undefined);
            resultat.ecarts.push({ ligneSource: 0, source: '', edition: corrige, contexte: '', ligne, raison: `:corr sans attribut source (ligne ${ligne} du texte)` });
            return;
          }
          const place: CorrectionLue['place'] = { index: flux.length };
          if (noteCourante !== undefined) place.note = noteCourante;
          resultat.corrections.push({ source, corrige, ligne, place });
          ajouter(flux, source, ligne, 'corr', resultat.corrections.length - 1);
          return;
        }
        for (const enfant of noeud.children) visiter(enfant, flux);
        return;
      }
      default:
        if ('children' in noeud) for (const enfant of noeud.children) visiter(enfant as Nodes, flux);
    }
  };

  for (const enfant of arbre.children) visiter(enfant, resultat.corps);
  return resultat;
}
