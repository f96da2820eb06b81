/**
 * How each text was established from its source, for readers: the fidelity alignment
 * (`src/noyau/fidelite/`) run on the text's own source lines, summarised for its page.
 */
import { readFileSync } from 'node:fs';
import type { Fidelite } from '../noyau/modele.ts';
import { aligner } from '../noyau/fidelite/alignement.ts';
import { parseMarkdown } from '../noyau/markdown.ts';
import { contenu } from './contenu.ts';

/** Align a text's Markdown body with the lines of its source file. */
export function etablissement(source: { fichier: string; lignes: [number, number][] }, markdown: string): Fidelite {
  const texte = readFileSync(contenu('sources', source.fichier), 'utf8');
  return { ...source, ...aligner({ texte, lignes: source.lignes }, parseMarkdown(markdown)).fidelite };
}
