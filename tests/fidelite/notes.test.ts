/** Locating the footnotes in the source (`src/noyau/fidelite/notes.ts`). */
import { describe, expect, it } from 'vitest';
import { nouveauBilan } from '../../src/noyau/fidelite/comparaison.ts';
import { motsDeLEdition } from '../../src/noyau/fidelite/edition.ts';
import { motsDeLaSource } from '../../src/noyau/fidelite/mots.ts';
import { situerLesNotes } from '../../src/noyau/fidelite/notes.ts';
import { parseMarkdown } from '../../src/noyau/markdown.ts';
import type { Ecart } from '../../src/noyau/modele.ts';

function situer(source: string, markdown: string, options?: Parameters<typeof situerLesNotes>[5]) {
  const jetons = motsDeLaSource(source);
  const disponibles = jetons.map(() => true);
  const ecarts: Ecart[] = [];
  const situees = situerLesNotes(jetons, motsDeLEdition(parseMarkdown(markdown)).notes, disponibles, nouveauBilan(), ecarts, options);
  /** The source words left for the body. */
  const reste = jetons.filter((_, p) => disponibles[p]).map((j) => j.texte).join(' ');
  return { situees, ecarts, reste };
}

describe('situerLesNotes', () => {
  it('should take a note and its label out of the running text', () => {
    const { situees, reste, ecarts } = situer('Le texte\n3\n continue ici.\n 3\n Archives du parti, fonds 17.\nEt encore.\n', 'Le texte[^3] continue ici. Et encore.\n\n[^3]: Archives du parti, fonds 17.\n');
    expect(ecarts).toEqual([]);
    expect(reste).toBe('Le texte 3 continue ici Et encore');
    expect(situees[0]!.morceaux).toHaveLength(1);
    expect(situees[0]!.positionsSource.every((p) => p !== undefined)).toBe(true);
  });

  it('should assemble a note from two pieces cut by a page break, leaving the page furniture to the body', () => {
    const source = 'Texte 1 suite.\n 1\n Une note assez longue coupée\n12\nPROCÈS DE MOSCOU\npar la page puis reprise ici.\nFin du texte.\n';
    const md = 'Texte[^1] suite. 12 PROCÈS DE MOSCOU Fin du texte.\n\n[^1]: Une note assez longue coupée par la page puis reprise ici.\n';
    const { situees, reste, ecarts } = situer(source, md);
    expect(ecarts).toEqual([]);
    expect(situees[0]!.morceaux).toHaveLength(2);
    expect(reste).toBe('Texte 1 suite 12 PROCÈS DE MOSCOU Fin du texte');
  });

  it('should not take a short piece far from the note’s other pieces', () => {
    const loin = Array.from({ length: 40 }, (_, i) => `mot${i}`).join(' ');
    const source = `Note longue de huit mots bien comptés ici\n${loin}\nfin propre\n`;
    const md = `${loin}\n\n[^1]: Note longue de huit mots bien comptés ici fin propre.\n`;
    expect(situer(source, md).ecarts).toEqual([]);
    const { ecarts } = situer(source, md, { morceauMinimal: 3, morceauLong: 8, fenetre: 10 });
    expect(ecarts).toEqual([expect.objectContaining({ edition: 'fin propre', raison: 'mots de la note [^1] absents de la source' })]);
  });

  it('should report a note not found in the source', () => {
    const { ecarts, situees } = situer('Rien de tel ici.\n', 'Rien de tel ici.\n\n[^4]: Une note inventée de toutes pièces.\n');
    expect(situees[0]!.morceaux).toEqual([]);
    expect(ecarts).toEqual([expect.objectContaining({ ligne: 3, edition: 'Une note inventée de toutes pièces', raison: 'note [^4] introuvable dans la source' })]);
  });
});
