/** Locating the footnotes in the source (`src/noyau/fidelite/notes.ts`). */
import { describe, expect, it } from 'vitest';
import { nouveauBilan } from '../../src/noyau/fidelite/comparaison.ts';
import { motsDeLEdition } from '../../src/noyau/fidelite/edition.ts';
import { motsDeLaSource } from '../../src/noyau/fidelite/mots.ts';
import { situerLesNotes, type NoteSituee } from '../../src/noyau/fidelite/notes.ts';
import { parseMarkdown } from '../../src/noyau/markdown.ts';
import type { Ecart } from '../../src/noyau/modele.ts';

function situer(source: string, markdown: string, options?: Parameters<typeof situerLesNotes>[5]) {
  const jetons = motsDeLaSource(source);
  const disponibles = jetons.map(() => true);
  const ecarts: Ecart[] = [];
  const bilan = nouveauBilan();
  const situees = situerLesNotes(jetons, motsDeLEdition(parseMarkdown(markdown)).notes, disponibles, bilan, ecarts, options);
  /** The source words left for the body. */
  const reste = jetons.filter((_, p) => disponibles[p]).map((j) => j.texte).join(' ');
  return { situees, ecarts, reste, bilan, places: places(situees) };
}

/** Each note's pieces as `[debutNote, finNote, debutSource, finSource]`, and the source position of each of its words. */
function places(situees: readonly NoteSituee[]) {
  return situees.map((n) => ({
    morceaux: n.morceaux.map((m) => [m.debutNote, m.finNote, m.debutSource, m.finSource]),
    positionsSource: n.positionsSource,
  }));
}

/** A bilan with only the given counts changed. */
const bilanAvec = (changes: Partial<ReturnType<typeof nouveauBilan>>) => ({ ...nouveauBilan(), ...changes });

/** An écart of a note defined on line 3 of the Markdown (the definitions follow a one-line body). */
const ecart = (raison: string, edition: string, ligneSource: number, contexte: string, source = '') => ({ ligneSource, source, edition, contexte, ligne: 3, raison });
const absents = (etiquette: string) => `mots de la note [^${etiquette}] absents de la source`;
const differente = (etiquette: string) => `note différente de la source [^${etiquette}]`;

/** The default options with another window. */
const fenetre = (n: number) => ({ morceauMinimal: 3, morceauLong: 8, fenetre: n });

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

describe('situerLesNotes: finding a note’s first piece', () => {
  it('should find each note at its own occurrence of a word the source prints several times', () => {
    const r = situer('Le parti décida. Le comité refusa.\n', 'x\n\n[^1]: Le parti décida.\n[^2]: Le comité refusa.\n');
    expect(r.places).toEqual([
      { morceaux: [[0, 3, 0, 3]], positionsSource: [0, 1, 2] },
      { morceaux: [[0, 3, 3, 6]], positionsSource: [3, 4, 5] },
    ]);
    expect(r.ecarts).toEqual([]);
  });

  it('should match a word split at a line end, written whole or with its hyphen kept, and count it', () => {
    const r = situer('la com-\nplicité morale totale, la com-\nplicité active\n', 'x\n\n[^1]: com-plicité morale totale\n[^2]: la complicité active\n');
    expect(r.places).toEqual([
      { morceaux: [[0, 3, 1, 4]], positionsSource: [1, 2, 3] },
      { morceaux: [[0, 3, 4, 7]], positionsSource: [4, 5, 6] },
    ]);
    expect(r.bilan).toEqual(bilanAvec({ motsRejoints: [{ source: 'com-plicité', edition: 'complicité', ligne: 2 }], traitsDUnionGardes: 1 }));
    expect(r.reste).toBe('la');
  });

  it('should take a one-word note, and its label, only where its label precedes it', () => {
    expect(situer('Texte 3 Ibid. Fin\n', 'x\n\n[^3]: Ibid.\n')).toMatchObject({ places: [{ morceaux: [[0, 1, 2, 3]], positionsSource: [2] }], ecarts: [], reste: 'Texte Fin' });
    for (const source of ['Texte Ibid. Fin\n', 'Texte 4 Ibid. Fin\n']) {
      const r = situer(source, 'x\n\n[^3]: Ibid.\n');
      expect(r.situees[0]!.expliques).toEqual([false]);
      expect(r.places).toEqual([{ morceaux: [], positionsSource: [undefined] }]);
      expect(r.ecarts).toEqual([{ ligneSource: 0, source: '', edition: 'Ibid', contexte: '', ligne: 3, raison: 'note [^3] introuvable dans la source' }]);
    }
  });

  it('should not take a one-word note after its label once another note took that label', () => {
    const r = situer('1 Voir 2 Ibid. 2 Ibid. Fin\n', 'x\n\n[^1]: Voir 2 Ibid. 2\n[^2]: Ibid.\n');
    expect(r.places).toEqual([
      { morceaux: [[0, 4, 1, 5]], positionsSource: [1, 2, 3, 4] },
      { morceaux: [], positionsSource: [undefined] },
    ]);
    expect(r.ecarts).toEqual([{ ligneSource: 0, source: '', edition: 'Ibid', contexte: '', ligne: 4, raison: 'note [^2] introuvable dans la source' }]);
    expect(r.reste).toBe('Ibid Fin');
  });

  it('should start a note with a run of three words, and report the words the source lacks after it', () => {
    const r = situer('Texte\nun deux trois\n', 'x\n\n[^1]: un deux trois zéro\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 1, 4]], positionsSource: [1, 2, 3, undefined] }]);
    expect(r.ecarts).toEqual([ecart(absents('1'), 'zéro', 2, 'Texte un deux trois []')]);
    expect(r.reste).toBe('Texte');
  });

  it('should prefer, among runs of the same length, the one after the note’s label', () => {
    const r = situer('Voir la lettre. 2 Voir la lettre.\n', 'x\n\n[^2]: Voir la lettre.\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 4, 7]], positionsSource: [4, 5, 6] }]);
    expect(r.reste).toBe('Voir la lettre');
  });

  it('should prefer a longer run to a shorter one after the note’s label', () => {
    const r = situer('2 Voir la lettre. Voir la lettre de Staline.\n', 'x\n\n[^2]: Voir la lettre de Staline.\n');
    expect(r.places).toEqual([{ morceaux: [[0, 5, 4, 9]], positionsSource: [4, 5, 6, 7, 8] }]);
    expect(r.reste).toBe('2 Voir la lettre');
  });

  it('should take the first of two equal runs', () => {
    const r = situer('Voir la lettre. Voir la lettre.\n', 'x\n\n[^1]: Voir la lettre.\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 0, 3]], positionsSource: [0, 1, 2] }]);
  });

  it('should not count as the label a word equal to it before a run that does not begin the note', () => {
    const r = situer('Voir la lettre. 2 Voir la lettre.\n', 'x\n\n[^2]: Signé Voir la lettre.\n');
    expect(r.places).toEqual([{ morceaux: [[1, 4, 0, 3]], positionsSource: [undefined, 0, 1, 2] }]);
    expect(r.ecarts).toEqual([ecart(absents('2'), 'Signé', 1, '[] Voir la lettre 2 Voir')]);
  });

  it('should start a run only where it cannot be extended to the left', () => {
    const r = situer('Lettre Boukharine sur Kamenev Zinoviev\n', 'x\n\n[^1]: sur Boukharine sur Kamenev Zinoviev\n');
    expect(r.places).toEqual([{ morceaux: [[1, 5, 1, 5]], positionsSource: [undefined, 1, 2, 3, 4] }]);
    expect(r.ecarts).toEqual([ecart(absents('1'), 'sur', 1, 'Lettre [] Boukharine sur Kamenev Zinoviev')]);
  });
});

describe('situerLesNotes: several notes', () => {
  it('should locate the notes found even when a later one is not found', () => {
    const r = situer('Le parti décida.\n', 'x\n\n[^1]: Le parti décida.\n[^2]: Une note inventée.\n');
    expect(r.places).toEqual([
      { morceaux: [[0, 3, 0, 3]], positionsSource: [0, 1, 2] },
      { morceaux: [], positionsSource: [undefined, undefined, undefined] },
    ]);
    expect(r.ecarts).toEqual([{ ligneSource: 0, source: '', edition: 'Une note inventée', contexte: '', ligne: 4, raison: 'note [^2] introuvable dans la source' }]);
  });

  it('should give the source words to the note with the longest run, whatever the notes’ order', () => {
    const r = situer('Le parti décida de tout.\n', 'x\n\n[^1]: Le parti décida.\n[^2]: Le parti décida de tout.\n');
    expect(r.places).toEqual([
      { morceaux: [], positionsSource: [undefined, undefined, undefined] },
      { morceaux: [[0, 5, 0, 5]], positionsSource: [0, 1, 2, 3, 4] },
    ]);
    expect(r.ecarts).toEqual([{ ligneSource: 0, source: '', edition: 'Le parti décida', contexte: '', ligne: 3, raison: 'note [^1] introuvable dans la source' }]);
  });

  it('should give two identical notes the occurrences in their order', () => {
    const r = situer('Ibid., p. 12. Texte. Ibid., p. 12.\n', 'x\n\n[^1]: Ibid., p. 12.\n[^2]: Ibid., p. 12.\n');
    expect(r.places).toEqual([
      { morceaux: [[0, 3, 0, 3]], positionsSource: [0, 1, 2] },
      { morceaux: [[0, 3, 4, 7]], positionsSource: [4, 5, 6] },
    ]);
    expect(r.reste).toBe('Texte');
  });

  it('should not extend a note over words another note took', () => {
    const r = situer('un deux trois quatre cinq six sept huit\n', 'x\n\n[^1]: un deux trois quatre\n[^2]: quatre cinq six sept huit\n');
    expect(r.places).toEqual([
      { morceaux: [[0, 3, 0, 3]], positionsSource: [0, 1, 2, undefined] },
      { morceaux: [[0, 5, 3, 8]], positionsSource: [3, 4, 5, 6, 7] },
    ]);
    expect(r.ecarts).toEqual([ecart(absents('1'), 'quatre', 1, 'un deux trois [] quatre cinq six sept huit')]);
  });
});
