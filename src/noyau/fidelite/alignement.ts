/**
 * Fidelity alignment: checks that an edited text (`content/textes/*.md`) holds every word of its
 * source (`content/sources/*.txt`, a raw PDF extraction), in order, and that every change is
 * declared.
 *
 * 1. each footnote definition is located in the source and its words taken out of the source
 *    stream (`notes.ts`);
 * 2. the remaining source words are diffed (Myers, `diff` package) with the body's words; a word the
 *    PDF split at a line end (`com-` / `plicité`) matches `complicité` (rejoined) or `com-plicité`
 *    (hyphen kept);
 * 3. each changed hunk is explained if the removed and added words spell the same letters once
 *    concatenated (a detached note call, a regrouping: `comparaison.ts`) or by a declared `:corr`;
 *    anything else is an écart;
 * 4. where two consecutive words of the edition stand for two consecutive words of the source, the
 *    signs between them are compared (`ponctuation.ts`), and the edition's blocks with the source's
 *    paragraphs, where the source marks them (`paragraphes.ts`).
 *
 * Pure: the caller reads the files and parses the Markdown. See `scripts/fidelite.ts`.
 */
import { diffArrays } from 'diff';
import type { Root } from 'mdast';
import type { Ecart, Fidelite } from '../modele.ts';
import { compter, compterExplication, contexteAutour, correspondance, expliquer, formeSource, montrer, nouveauBilan } from './comparaison.ts';
import { motsDeLEdition, type JetonEdition } from './edition.ts';
import { mots, motsDeLaSource, type JetonSource, type Plage } from './mots.ts';
import { OPTIONS_DES_NOTES, situerLesNotes, type OptionsDesNotes } from './notes.ts';
import { comparerParagraphes, type MarqueAlinea } from './paragraphes.ts';
import { comparerPonctuation } from './ponctuation.ts';

/** The result of {@link aligner}. */
export interface Alignement {
  /** The model's record, less the source file and its lines, which the caller knows. */
  fidelite: Omit<Fidelite, 'fichier' | 'lignes'>;
  /**
   * For each `:corr` directive (text or leaf, outside `:lacune`) in document order, the source line
   * where its source form was found; `undefined` when it was not (an écart says why).
   */
  lignesSource: (number | undefined)[];
}

/**
 * Align an edition with its source.
 * @param source the source file's text, the line ranges the edition comes from (all lines when
 *   `lignes` is omitted or empty), and how it marks its paragraphs (`alineas`, from the front
 *   matter's `source.alineas`; without it, paragraphs are not compared)
 * @param arbre the edition's Markdown, parsed (`parseMarkdown` of `src/noyau/markdown.ts`)
 */
export function aligner(source: { texte: string; lignes?: readonly Plage[]; alineas?: MarqueAlinea | undefined }, arbre: Root, options: OptionsDesNotes = {}): Alignement {
  const src = motsDeLaSource(source.texte, source.lignes, source.alineas);
  const lignesBrutes = source.texte.normalize('NFC').split(/\r?\n/);
  const edition = motsDeLEdition(arbre);
  const bilan = nouveauBilan();
  const ecarts: Ecart[] = [...edition.ecarts];
  const disponibles = src.map(() => true);

  // (1) the notes out of the running text
  const notes = situerLesNotes(src, edition.notes, disponibles, bilan, ecarts, { ...OPTIONS_DES_NOTES, ...options });

  // (2) diff the remaining source words with the body
  const restants: number[] = [];
  disponibles.forEach((libre, p) => {
    if (libre) restants.push(p);
  });
  type Element = { cote: 's'; p: number } | { cote: 'e'; j: number };
  const gauche: Element[] = restants.map((p) => ({ cote: 's', p }));
  const droite: Element[] = edition.corps.map((_, j) => ({ cote: 'e', j }));
  const apparies = (x: Element, y: Element): boolean => {
    const s = x.cote === 's' ? x : y.cote === 's' ? y : undefined;
    const e = x.cote === 'e' ? x : y.cote === 'e' ? y : undefined;
    return s !== undefined && e !== undefined && correspondance(src[s.p]!, edition.corps[e.j]!) !== null;
  };
  const changements = diffArrays(gauche, droite, { comparator: apparies });

  // (3) walk the changes, explaining hunks; each correction takes the line of its first aligned word
  const lignesCorr: (number | undefined)[] = edition.corrections.map(() => undefined);
  const situerCorr = (e: JetonEdition, s: JetonSource | undefined) => {
    if (e.corr !== undefined && s && lignesCorr[e.corr] === undefined) lignesCorr[e.corr] = s.ligne;
  };
  /** For each body word, the source position it was aligned with. */
  const positionsCorps: (number | undefined)[] = edition.corps.map(() => undefined);
  const reste = restants.map((p) => src[p]!);
  let i = 0; // in restants
  let j = 0; // in the body
  let k = 0;
  while (k < changements.length) {
    const changement = changements[k]!;
    if (!changement.added && !changement.removed) {
      for (let c = 0; c < changement.count; c++) {
        const s = src[restants[i]!]!;
        const e = edition.corps[j]!;
        compter(bilan, s, e, correspondance(s, e)!);
        situerCorr(e, s);
        positionsCorps[j] = restants[i];
        i++;
        j++;
      }
      k++;
      continue;
    }
    // A hunk: consecutive removed/added changes.
    const debutR = i;
    const debutA = j;
    while (k < changements.length && (changements[k]!.added || changements[k]!.removed)) {
      if (changements[k]!.removed) i += changements[k]!.count;
      else j += changements[k]!.count;
      k++;
    }
    const R = restants.slice(debutR, i).map((p) => src[p]!);
    const A = edition.corps.slice(debutA, j);
    const explication = expliquer(R, A);
    if (explication) {
      compterExplication(bilan, explication);
      for (const e of A) situerCorr(e, R[0]);
      for (let q = debutA; q < j; q++) positionsCorps[q] = restants[debutR];
      continue;
    }
    const la = debutR < restants.length ? restants[debutR]! : src.length;
    const jetonDeLigne = R[0] ?? src[restants[debutR - 1] ?? -1] ?? src[la];
    const corrs = [...new Set(A.filter((e) => e.corr !== undefined).map((e) => e.corr!))];
    ecarts.push({
      ligneSource: jetonDeLigne?.ligne ?? 0,
      source: montrer(R.map(formeSource)),
      edition: montrer(A.map((t) => t.texte)),
      contexte: contexteAutour(reste, debutR, i),
      ligne: A[0]?.ligne ?? edition.corps[debutA - 1]?.ligne,
      raison:
        corrs.length > 0
          ? `forme source d'une correction introuvable à cet endroit : ${corrs.map((c) => `«${edition.corrections[c]!.source}»`).join(', ')}`
          : R.length === 0
            ? 'mots ajoutés'
            : A.length === 0
              ? 'mots omis'
              : 'mots changés',
    });
  }

  // Corrections inside notes: located with the note's pieces.
  for (const n of notes) {
    for (const [q, e] of n.note.jetons.entries()) {
      const p = n.positionsSource[q];
      if (p !== undefined) situerCorr(e, src[p]);
    }
  }

  // A correction whose source form has no word (a stray bracket): look for it in the raw source
  // lines around the place of the directive (after the source word aligned just before it).
  edition.corrections.forEach((c, n) => {
    const forme = c?.source.trim();
    if (!c || !forme || mots(c.source).length > 0) return;
    let ligneProche: number | undefined;
    if (c.place.note === undefined) {
      for (let q = Math.min(c.place.index, positionsCorps.length) - 1; q >= 0 && ligneProche === undefined; q--) {
        const p = positionsCorps[q];
        if (p !== undefined) ligneProche = src[p]!.ligne;
      }
      ligneProche ??= src[restants[0] ?? 0]?.ligne;
    } else {
      const situee = notes.find((s) => s.note.etiquette === c.place.note);
      for (let q = c.place.index - 1; situee && q >= 0 && ligneProche === undefined; q--) {
        const p = situee.positionsSource[q];
        if (p !== undefined) ligneProche = src[p]!.ligne;
      }
    }
    if (ligneProche !== undefined) lignesCorr[n] = ligneProche;
    const trouvee = ligneProche !== undefined && [ligneProche, ligneProche + 1, ligneProche + 2].some((l) => lignesBrutes[l - 1]?.includes(forme));
    if (!trouvee) {
      ecarts.push({
        ligneSource: ligneProche ?? 0,
        source: c.source,
        edition: c.corrige,
        contexte: ligneProche !== undefined ? (lignesBrutes[ligneProche - 1] ?? '').trim() : '',
        ligne: c.ligne,
        raison: `forme source d'une correction introuvable à cet endroit : «${c.source}»`,
      });
    }
  });

  // (4) signs between words: the same as the source's, or declared; paragraphs: where the source
  // begins one, the edition does, or says why not.
  const apparie = (s: JetonSource, e: JetonEdition) => correspondance(s, e);
  const ponctuation = comparerPonctuation(src, [{ jetons: edition.corps, positions: positionsCorps }, ...notes.map((n) => ({ jetons: n.note.jetons, positions: n.positionsSource }))], apparie);
  ecarts.push(...ponctuation.ecarts);
  const alineas = comparerParagraphes(src, edition.corps, positionsCorps, apparie, source.alineas !== undefined);
  ecarts.push(...alineas.ecarts);

  ecarts.sort((x, y) => x.ligneSource - y.ligneSource);
  return {
    fidelite: {
      motsSource: src.length,
      motsEdition: edition.corps.length + edition.notes.reduce((n, note) => n + note.jetons.length, 0),
      motsRejoints: bilan.motsRejoints,
      traitsDUnionGardes: bilan.traitsDUnionGardes,
      appelsDetaches: bilan.appelsDetaches,
      notesDeplacees: notes.filter((n) => n.morceaux.length > 0).length,
      motsRegroupes: bilan.motsRegroupes,
      signesCompares: ponctuation.comparees,
      alineas: alineas.bilan,
      ecarts,
    },
    lignesSource: lignesCorr,
  };
}
