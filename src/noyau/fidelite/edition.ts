/**
 * The words of the edition in its "source view", read from its mdast tree: a
 * `:corr[corrigé]{source="fautif"}` contributes the words of its `source`; `:lacune[…]` and
 * `:remarque[…]` contribute nothing (the edition's own voice); a footnote call `[^7]` contributes
 * the word `7`; the numbers of an ordered list are words (the source prints them); every footnote
 * definition is a stream of its own, since the source prints notes where its pages ended.
 *
 * Each word also carries the signs written before it in its stream (for `ponctuation.ts`) and, when
 * it is the first word of a block, the block's kind and any declaration of the edition about it
 * (`:alinea{motif}`, `:suite{motif}`, for `paragraphes.ts`).
 */
import type { Nodes, Root } from 'mdast';
import type {} from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Ecart } from '../modele.ts';
import { estVoixDeLEdition } from '../voix-edition.ts';
import { MOT, signes } from './mots.ts';
import { PUCE } from './ponctuation.ts';

/** A word of the edition (source view). */
export interface JetonEdition {
  texte: string;
  /** 1-based line in the Markdown file (inside a node, counted from the node's first line). */
  ligne: number;
  /** `mot`: ordinary text; `appel`: a footnote call (its label); `corr`: a word of a `:corr` source. */
  genre: 'mot' | 'appel' | 'corr';
  /** Index in {@link MotsDeLEdition.corrections} for a `corr` word. */
  corr?: number;
  /** The signs between the previous word of the stream and this one, spaces left out; unknown after a list number. */
  avant?: string;
  /** The first word of a block of the edition: its kind (`paragraph`, `heading`, `listItem`, `::date`…). */
  bloc?: string;
  /** The reason given with `:alinea{motif="…"}` for a block the source does not begin there. */
  alineaDeclare?: string;
  /** The reason given with `:suite{motif="…"}` for a paragraph mark of the source that is none (a page break). */
  suiteDeclaree?: string;
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

  // The signs met since the last word of each stream (null: unknown, after a list number).
  const signesEnAttente = new Map<JetonEdition[], string | null>();
  // The block whose first word is still to come, in each stream, and its declared paragraph break.
  const blocEnAttente = new Map<JetonEdition[], { bloc: string; declare?: string }>();
  const suiteEnAttente = new Map<JetonEdition[], string>();
  /** Push a word on its stream, with the signs before it and the declarations waiting for it. */
  const pousser = (flux: JetonEdition[], jeton: JetonEdition, signesAvant: string) => {
    const attente = signesEnAttente.get(flux);
    if (attente !== null) jeton.avant = signes((attente ?? '') + signesAvant);
    signesEnAttente.set(flux, '');
    const suite = suiteEnAttente.get(flux);
    if (suite !== undefined) {
      jeton.suiteDeclaree = suite;
      suiteEnAttente.delete(flux);
    }
    const bloc = blocEnAttente.get(flux);
    if (bloc) {
      jeton.bloc = bloc.bloc;
      if (bloc.declare !== undefined) jeton.alineaDeclare = bloc.declare;
      blocEnAttente.delete(flux);
    }
    flux.push(jeton);
  };
  /** Signs after the last word of a stream, for its next word. */
  const attendre = (flux: JetonEdition[], signesApres: string) => {
    const attente = signesEnAttente.get(flux);
    if (attente !== null) signesEnAttente.set(flux, (attente ?? '') + signesApres);
  };
  const ouvrirBloc = (flux: JetonEdition[], bloc: string, remplacer: boolean) => {
    if (remplacer || !blocEnAttente.has(flux)) blocEnAttente.set(flux, { bloc });
  };
  const ajouter = (flux: JetonEdition[], texte: string, ligne: number, genre: JetonEdition['genre'], corr?: number) => {
    let curseur = 0;
    let ligneCourante = ligne;
    let fin = 0;
    const normalise = texte.normalize('NFC');
    for (const m of normalise.matchAll(MOT)) {
      for (let k = curseur; k < m.index; k++) if (normalise[k] === '\n') ligneCourante++;
      curseur = m.index;
      const jeton: JetonEdition = { texte: m[0], ligne: ligneCourante, genre };
      if (corr !== undefined) jeton.corr = corr;
      pousser(flux, jeton, normalise.slice(fin, m.index));
      fin = m.index + m[0].length;
    }
    attendre(flux, normalise.slice(fin));
  };

  let noteCourante: string | undefined;
  const visiter = (noeud: Nodes, flux: JetonEdition[]): void => {
    const ligne = noeud.position?.start.line ?? 0;
    if (noeud.type === 'heading' || noeud.type === 'listItem' || noeud.type === 'tableCell') ouvrirBloc(flux, noeud.type, true);
    else if (noeud.type === 'paragraph') ouvrirBloc(flux, 'paragraph', false);
    else if (noeud.type === 'leafDirective') ouvrirBloc(flux, `::${noeud.name}`, true);
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
        pousser(flux, { texte: noeud.label ?? noeud.identifier, ligne, genre: 'appel' }, '');
        return;
      case 'list':
        // An ordered list's numbers are words of the source (« 1) », « 2. ») that Markdown turns into markers.
        noeud.children.forEach((element, i) => {
          if (noeud.ordered) {
            pousser(flux, { texte: String((noeud.start ?? 1) + i), ligne: element.position?.start.line ?? ligne, genre: 'mot' }, '');
            // The marker's own sign (« 1) », « 2. ») is Markdown syntax, not text: not compared.
            signesEnAttente.set(flux, null);
          } else {
            attendre(flux, PUCE);
          }
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
        if (estVoixDeLEdition(noeud)) return;
        if (noeud.name === 'alinea' && noeud.type === 'textDirective') {
          // `:alinea{motif="…"}`: the block it opens is a paragraph the source does not mark.
          const bloc = blocEnAttente.get(flux);
          if (bloc) bloc.declare = noeud.attributes?.motif ?? '';
          return;
        }
        if (noeud.name === 'suite' && noeud.type === 'textDirective') {
          // `:suite{motif="…"}`: the source marks a paragraph before the next word, and it is none.
          suiteEnAttente.set(flux, noeud.attributes?.motif ?? '');
          return;
        }
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
