/**
 * How each text was established from its source, for readers: the fidelity alignment
 * (`src/noyau/fidelite/`) run on the text's own source lines, summarised for its page.
 */
import { readFileSync } from 'node:fs';
import { contenu } from './contenu.ts';
import { align, type FidelityReport } from '../noyau/fidelite/alignement.ts';


export interface Etablissement {
  rapport: FidelityReport;
  /** Rejoined words as readers see them: « com-plicité » → « complicité ». */
  motsRejoints: { source: string; edition: string; ligne: number }[];
}

/** Align a text's Markdown body with the lines of its source file. */
export function etablissement(source: { fichier: string; lignes: [number, number][] }, markdown: string): Etablissement {
  const text = readFileSync(contenu('sources', source.fichier), 'utf8');
  const rapport = align({ text, ranges: source.lignes }, markdown);
  return {
    rapport,
    motsRejoints: rapport.rejoined.map((r) => ({ source: r.source.replace(/-\|/g, '-'), edition: r.edition, ligne: r.line })),
  };
}
