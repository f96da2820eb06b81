/**
 * The fidelity alignment (`src/noyau/fidelite/alignement.ts`) on small source/edition pairs under
 * `fixtures/<case>/{source.txt,edition.md}`, and on a few inline ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aligner, type Alignement } from '../../src/noyau/fidelite/alignement.ts';
import { parseMarkdown } from '../../src/noyau/markdown.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

const alignerMarkdown = (source: { texte: string; lignes?: [number, number][] }, markdown: string): Alignement => aligner(source, parseMarkdown(markdown));

function cas(nom: string): Alignement {
  const texte = readFileSync(join(fixtures, nom, 'source.txt'), 'utf8');
  return alignerMarkdown({ texte }, readFileSync(join(fixtures, nom, 'edition.md'), 'utf8'));
}

describe('aligner', () => {
  it('should accept a faithful text whose split words are rejoined, and list them as readers see them', () => {
    const { fidelite } = cas('rejoint');
    expect(fidelite.ecarts).toEqual([]);
    expect(fidelite.motsRejoints).toEqual([
      { source: 'com-plicité', edition: 'complicité', ligne: 1 },
      { source: 'pro-cureur', edition: 'procureur', ligne: 2 },
    ]);
    expect(fidelite.motsSource).toBe(fidelite.motsEdition);
  });

  it('should accept a real hyphen kept at a line end and count it apart', () => {
    const { fidelite } = cas('trait-garde');
    expect(fidelite.ecarts).toEqual([]);
    expect(fidelite.traitsDUnionGardes).toBe(1);
    expect(fidelite.motsRejoints).toEqual([]);
  });

  it('should report a dropped word as an écart, with its source line', () => {
    expect(cas('mot-omis').fidelite.ecarts).toEqual([expect.objectContaining({ ligneSource: 1, source: 'de', edition: '', raison: 'mots omis' })]);
  });

  it('should report an added word as an écart', () => {
    expect(cas('mot-ajoute').fidelite.ecarts).toEqual([expect.objectContaining({ ligneSource: 1, source: '', edition: 'grand', raison: 'mots ajoutés' })]);
  });

  it('should report an undeclared changed word as an écart, with its context', () => {
    const { fidelite, lignesSource } = cas('mot-change');
    expect(fidelite.ecarts).toEqual([expect.objectContaining({ source: 'Smimov', edition: 'Smirnov', raison: 'mots changés', contexte: expect.stringContaining('[Smimov]') })]);
    expect(lignesSource).toEqual([]);
  });

  it('should explain declared corrections and give each its source line, including the deletion of a stray character', () => {
    const { fidelite, lignesSource } = cas('correction');
    expect(fidelite.ecarts).toEqual([]);
    expect(lignesSource).toEqual([1, 1, 1]);
  });

  it('should give corrections their source lines in document order, notes included', () => {
    const texte = 'Premier :\nSmimov dit\n1\n que oui.\n 1\n Une note assez longue de Reingo1d.\n';
    const md = 'Premier : :corr[Smirnov]{source="Smimov"} dit[^1] que oui.\n\n[^1]: Une note assez longue de :corr[Reingold]{source="Reingo1d"}.\n';
    const { fidelite, lignesSource } = alignerMarkdown({ texte }, md);
    expect(fidelite.ecarts).toEqual([]);
    expect(lignesSource).toEqual([2, 6]);
  });

  it('should report a correction whose source form is not in the source, or is missing', () => {
    const { fidelite, lignesSource } = cas('correction-fausse');
    const raisons = fidelite.ecarts.map((e) => e.raison);
    expect(raisons.some((r) => r.includes('«Smirnof»'))).toBe(true);
    expect(raisons.some((r) => r.includes('sans attribut source'))).toBe(true);
    expect(lignesSource).toEqual([undefined, undefined]);
  });

  it('should report a word-less correction whose form is not in the source at that place', () => {
    const { fidelite } = alignerMarkdown({ texte: 'Un mot.\n\n\n\nDeux] mots.\n' }, 'Un :corr[]{source="]"} mot. Deux] mots.\n');
    expect(fidelite.ecarts).toEqual([
      expect.objectContaining({ source: ']', ligneSource: 1, raison: expect.stringContaining('forme source') }),
      // the same place, seen by the comparison of signs: « ] » where the print has nothing
      expect.objectContaining({ ligneSource: 1, raison: expect.stringContaining('ponctuation changée') }),
    ]);
  });

  it('should ignore the words of :lacune, inline and as a block, and in notes', () => {
    const { fidelite } = cas('lacune');
    expect(fidelite.ecarts).toEqual([]);
    expect(fidelite.appelsDetaches).toBe(1);
    expect(fidelite.notesDeplacees).toBe(0);
  });

  it('should count note calls glued to a word or to a year as detached', () => {
    const { fidelite } = cas('appels-colles');
    expect(fidelite.ecarts).toEqual([]);
    expect(fidelite.appelsDetaches).toBe(3);
  });

  it('should accept a note moved from mid-text to the end, with its label and a split ordinal', () => {
    const { fidelite } = cas('note-deplacee');
    expect(fidelite.ecarts).toEqual([]);
    expect(fidelite.notesDeplacees).toBe(1);
    expect(fidelite.motsRegroupes).toBe(1); // « 1 » « er » → « 1er »
  });

  it('should assemble a note cut in two by a page break', () => {
    const { fidelite } = cas('note-en-deux');
    expect(fidelite.ecarts).toEqual([]);
    expect(fidelite.notesDeplacees).toBe(1);
  });

  it('should assemble a note whose second piece is a single word next to its first piece', () => {
    const texte = 'Début du texte\n5\n. Suite \n 5\n Voir les archives du parti, dossier \n\n12\nET le texte continue ici sans fin.\n';
    const md = 'Début du texte[^5]. Suite et le texte continue ici sans fin.\n\n[^5]: Voir les archives du parti, dossier 12.\n';
    const { fidelite } = alignerMarkdown({ texte }, md);
    // « ET » vs « et » is a real (case) difference, reported; the note itself is assembled.
    expect(fidelite.notesDeplacees).toBe(1);
    expect(fidelite.ecarts).toEqual([expect.objectContaining({ source: 'ET', edition: 'et' })]);
  });

  it('should report words of a note that are not in the source', () => {
    const texte = 'Texte\n1\n suite.\n 1\n Une note assez longue pour être trouvée.\n';
    const md = 'Texte[^1] suite.\n\n[^1]: Une note assez longue pour être trouvée, inventée.\n';
    expect(alignerMarkdown({ texte }, md).fidelite.ecarts).toEqual([expect.objectContaining({ edition: 'inventée', raison: 'mots de la note [^1] absents de la source' })]);
  });

  it('should not count typographic quotes, apostrophes and ellipses as differences', () => {
    const { fidelite } = cas('typographie');
    expect(fidelite.ecarts).toEqual([]);
    expect(fidelite.motsSource).toBe(fidelite.motsEdition);
  });

  it('should only read the source lines in range, and sort écarts by source line', () => {
    const texte = 'En-tête de page\nUn deux trois.\nPied de page\nQuatre cinq six.\n';
    expect(alignerMarkdown({ texte, lignes: [[2, 2], [4, 4]] }, 'Un deux trois.\n\nQuatre cinq six.\n').fidelite.ecarts).toEqual([]);
    const { fidelite } = alignerMarkdown({ texte, lignes: [[2, 2], [4, 4]] }, 'Un trois.\n\nQuatre six.\n');
    expect(fidelite.ecarts.map((e) => [e.ligneSource, e.source])).toEqual([[2, 'deux'], [4, 'cinq']]);
  });
});
