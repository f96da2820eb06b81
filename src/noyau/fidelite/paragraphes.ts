/**
 * Fidelity of the paragraphs: the edition's layout follows the source's (README, « Principes
 * d'édition »). Where the source begins a paragraph, the edition begins a block; a block of the
 * edition that the source does not begin is declared at its start with `:alinea{motif="…"}`, a
 * paragraph mark of the source that is none (a page break inside a sentence) with
 * `:suite{motif="…"}` before the word it marks; anything else is reported. Headings, and the block
 * that follows a heading, are the source's own layout (a heading stands on lines of its own): they
 * are not compared, nor the lines of a list or of a letter's heading and signature.
 *
 * How a source marks its paragraphs is declared in the text's front matter (`source.alineas`):
 * `espace-initiale`, a line that begins with a space (the PDF's indent); `ligne-vide`, a line after
 * a blank line. A source that marks nothing reliably (an OCR with blank lines everywhere) declares
 * nothing, and its paragraphs are not compared (the report says so).
 */
import type { BilanDesAlineas, Ecart } from '../modele.ts';
import type { JetonEdition } from './edition.ts';
import type { JetonSource } from './mots.ts';

export type MarqueAlinea = 'espace-initiale' | 'ligne-vide';

/**
 * Whether the word at `offset` of the chunk is the first word of a paragraph as `marque` says:
 * the first word on its line (only signs before it), on a line that begins with a space
 * (`espace-initiale`) or follows a blank line (`ligne-vide`); the first word of the range always is.
 */
export function debutDAlinea(lignes: readonly string[], debuts: readonly number[], offset: number, ligne: number, marque: MarqueAlinea): boolean {
  const texte = lignes[ligne] ?? '';
  const avant = texte.slice(0, offset - debuts[ligne]!);
  if (/[\p{L}\p{N}]/u.test(avant)) return false;
  const precedentes = lignes.slice(0, ligne);
  if (precedentes.every((l) => !/[\p{L}\p{N}]/u.test(l))) return true;
  // A paragraph does not begin with a small letter: such a mark is the PDF's (a page break, a
  // column), inside a sentence.
  if (/^\p{Ll}/u.test(texte.slice(offset - debuts[ligne]!))) return false;
  return marque === 'espace-initiale' ? /^\s/.test(texte) : (lignes[ligne - 1] ?? '').trim() === '';
}

const TITRE = 'heading';
/**
 * Blocks that are lines of their own in the source, whatever its paragraph marks: a list's items
 * (each begins with its number or bullet), a letter's date, salutation, address and signature.
 */
const LIGNES_PROPRES = new Set(['listItem', '::date', '::salutation', '::suscription', '::signature']);

/**
 * Compare the edition's blocks with the source's paragraphs, through the word alignment:
 * `positions` says which source word each body word stands for, `apparie` whether they are the
 * same word.
 */
export function comparerParagraphes(
  source: readonly JetonSource[],
  corps: readonly JetonEdition[],
  positions: readonly (number | undefined)[],
  apparie: (s: JetonSource, e: JetonEdition) => unknown,
  compares: boolean,
): { bilan: BilanDesAlineas; ecarts: Ecart[] } {
  const bilan: BilanDesAlineas = { compares, source: source.filter((s) => s.alinea).length, declares: 0 };
  const ecarts: Ecart[] = [];
  const exact = (j: number): number | undefined => {
    const p = positions[j];
    return p !== undefined && apparie(source[p]!, corps[j]!) ? p : undefined;
  };
  let blocPrecedent: string | undefined;
  for (let j = 0; j < corps.length; j++) {
    const e = corps[j]!;
    if (e.bloc !== undefined) {
      const apresTitre = blocPrecedent === TITRE;
      blocPrecedent = e.bloc;
      if (e.alineaDeclare !== undefined) {
        bilan.declares++;
        if (e.alineaDeclare.trim() === '') ecarts.push(ecart(source, e, exact(j), 'alinéa déclaré sans motif : :alinea{motif="…"}'));
        continue;
      }
      if (!compares || j === 0 || e.bloc === TITRE || apresTitre || LIGNES_PROPRES.has(e.bloc)) continue;
      const p = exact(j);
      if (p !== undefined && !source[p]!.alinea) {
        ecarts.push(ecart(source, e, p, "nouveau paragraphe là où la source n'en commence pas : rejoindre le paragraphe précédent, ou déclarer :alinea{motif=\"…\"}"));
      }
      continue;
    }
    if (e.suiteDeclaree !== undefined) {
      bilan.declares++;
      if (e.suiteDeclaree.trim() === '') ecarts.push(ecart(source, e, exact(j), 'suite déclarée sans motif : :suite{motif="…"}'));
      continue;
    }
    if (!compares) continue;
    const p = exact(j);
    if (p !== undefined && source[p]!.alinea) {
      ecarts.push(ecart(source, e, p, 'la source commence ici un paragraphe, que l\'édition ne commence pas : le rétablir, ou déclarer :suite{motif="…"} devant ce mot'));
    }
  }
  return { bilan, ecarts };
}

function ecart(source: readonly JetonSource[], e: JetonEdition, p: number | undefined, raison: string): Ecart {
  const s = p === undefined ? undefined : source[p];
  return {
    ligneSource: s?.ligne ?? 0,
    source: s?.texte ?? '',
    edition: e.texte,
    contexte: `paragraphe commençant par « ${e.texte} »`,
    ligne: e.ligne,
    raison,
  };
}
