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

  it('should not start a longer note with one word after its label', () => {
    const r = situer('Texte 3 Ibid. Fin\n', 'x\n\n[^3]: Ibid., p. 12.\n');
    expect(r.places).toEqual([{ morceaux: [], positionsSource: [undefined, undefined, undefined] }]);
    expect(r.ecarts).toEqual([{ ligneSource: 0, source: '', edition: 'Ibid p 12', contexte: '', ligne: 3, raison: 'note [^3] introuvable dans la source' }]);
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
  it('should start a note’s run right after a word another note took, even when that word matches', () => {
    const r = situer('zéro un deux trois quatre cinq six sept\n', 'x\n\n[^1]: quatre cinq six sept\n[^2]: zéro un deux trois quatre\n');
    expect(r.places).toEqual([
      { morceaux: [[1, 4, 5, 8]], positionsSource: [undefined, 5, 6, 7] },
      { morceaux: [[0, 5, 0, 5]], positionsSource: [0, 1, 2, 3, 4] },
    ]);
    expect(r.ecarts).toEqual([ecart(absents('1'), 'quatre', 1, 'zéro un deux trois quatre [] cinq six sept')]);
  });

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

describe('situerLesNotes: further pieces of a note', () => {
  it('should chain short pieces each close to the one before, not to every other piece', () => {
    const r = situer('un deux trois x x x x quatre cinq six y y y y sept huit neuf\n', 'x\n\n[^1]: un deux trois quatre cinq six sept huit neuf\n', fenetre(5));
    expect(r.places).toEqual([{ morceaux: [[0, 3, 0, 3], [3, 6, 7, 10], [6, 9, 14, 17]], positionsSource: [0, 1, 2, 7, 8, 9, 14, 15, 16] }]);
    expect(r.ecarts).toEqual([]);
    expect(r.reste).toBe('x x x x y y y y');
  });

  it('should take a short piece after the previous one up to the window, not beyond', () => {
    const source = 'un deux trois\nw x y z\nquatre cinq six\n';
    const md = 'x\n\n[^1]: un deux trois quatre cinq six\n';
    expect(situer(source, md, fenetre(4))).toMatchObject({ places: [{ morceaux: [[0, 3, 0, 3], [3, 6, 7, 10]], positionsSource: [0, 1, 2, 7, 8, 9] }], ecarts: [], reste: 'w x y z' });
    const loin = situer(source, md, fenetre(3));
    expect(loin.places).toEqual([{ morceaux: [[0, 3, 0, 3]], positionsSource: [0, 1, 2, undefined, undefined, undefined] }]);
    expect(loin.ecarts).toEqual([ecart(absents('1'), 'quatre cinq six', 1, 'un deux trois [] w x y z quatre')]);
  });

  it('should take a short piece before the previous one up to the window, not beyond', () => {
    const source = 'un deux trois w x y z quatre cinq six sept\n';
    const md = 'x\n\n[^1]: un deux trois quatre cinq six sept\n';
    expect(situer(source, md, fenetre(4))).toMatchObject({ places: [{ morceaux: [[0, 3, 0, 3], [3, 7, 7, 11]], positionsSource: [0, 1, 2, 7, 8, 9, 10] }], ecarts: [], reste: 'w x y z' });
    const loin = situer(source, md, fenetre(3));
    expect(loin.places).toEqual([{ morceaux: [[3, 7, 7, 11]], positionsSource: [undefined, undefined, undefined, 7, 8, 9, 10] }]);
    expect(loin.ecarts).toEqual([ecart(absents('1'), 'un deux trois', 1, 'trois w x y z [] quatre cinq six sept')]);
  });

  it('should not take a short piece the source prints after a piece that follows it in the note', () => {
    const r = situer('quatre cinq six sept un deux trois\n', 'x\n\n[^1]: un deux trois quatre cinq six sept\n');
    expect(r.places).toEqual([{ morceaux: [[3, 7, 0, 4]], positionsSource: [undefined, undefined, undefined, 0, 1, 2, 3] }]);
    expect(r.ecarts).toEqual([ecart(absents('1'), 'un deux trois', 1, '[] quatre cinq six sept un')]);
    expect(r.reste).toBe('un deux trois');
  });

  it('should not take a short piece the source prints before a piece that precedes it in the note', () => {
    const r = situer('quatre cinq six un deux trois\n', 'x\n\n[^1]: un deux trois quatre cinq six\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 3, 6]], positionsSource: [3, 4, 5, undefined, undefined, undefined] }]);
    expect(r.ecarts).toEqual([ecart(absents('1'), 'quatre cinq six', 1, 'cinq six un deux trois []')]);
  });

  it('should take a piece of eight words however far it is', () => {
    const a = Array.from({ length: 9 }, (_, i) => `a${i + 1}`).join(' ');
    const b = Array.from({ length: 8 }, (_, i) => `b${i + 1}`).join(' ');
    const r = situer(`${a} x x x x ${b}\n`, `x\n\n[^1]: ${a} ${b}\n`, fenetre(2));
    expect(r.places).toEqual([{ morceaux: [[0, 9, 0, 9], [9, 17, 13, 21]], positionsSource: [0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 19, 20] }]);
    expect(r.ecarts).toEqual([]);
    expect(r.reste).toBe('x x x x');
  });

  it('should prefer, for a long further piece, the occurrence close to the note’s other piece', () => {
    const a = Array.from({ length: 9 }, (_, i) => `a${i + 1}`).join(' ');
    const b = Array.from({ length: 8 }, (_, i) => `b${i + 1}`).join(' ');
    const r = situer(`${b} x ${a} y y y y ${b}\n`, `x\n\n[^1]: ${a} ${b}\n`, fenetre(5));
    expect(r.places).toEqual([{ morceaux: [[0, 9, 9, 18], [9, 17, 22, 30]], positionsSource: [9, 10, 11, 12, 13, 14, 15, 16, 17, 22, 23, 24, 25, 26, 27, 28, 29] }]);
    expect(r.reste).toBe(`${b} x y y y y`);
  });

  it('should not take a further piece shorter than three words that only ends the missing words', () => {
    const r = situer('un deux trois quatre x x x x six sept\n', 'x\n\n[^1]: un deux trois quatre cinq six sept\n');
    expect(r.places).toEqual([{ morceaux: [[0, 4, 0, 4]], positionsSource: [0, 1, 2, 3, undefined, undefined, undefined] }]);
    expect(r.ecarts).toEqual([ecart(absents('1'), 'cinq six sept', 1, 'un deux trois quatre [] x x x x six')]);
  });

  it('should take a further piece of three words that does not end the missing words', () => {
    const r = situer('un deux trois quatre x x x x cinq six sept y\n', 'x\n\n[^1]: un deux trois quatre cinq six sept huit\n');
    expect(r.places).toEqual([{ morceaux: [[0, 4, 0, 4], [4, 7, 8, 11]], positionsSource: [0, 1, 2, 3, 8, 9, 10, undefined] }]);
    expect(r.ecarts).toEqual([ecart(absents('1'), 'huit', 1, 'x x cinq six sept [] y')]);
  });

  it('should take a further piece shorter than three words only when it is all the missing words', () => {
    expect(situer('un deux trois quatre x x x x cinq six\n', 'x\n\n[^1]: un deux trois quatre cinq six\n')).toMatchObject({
      places: [{ morceaux: [[0, 4, 0, 4], [4, 6, 8, 10]], positionsSource: [0, 1, 2, 3, 8, 9] }],
      ecarts: [],
      reste: 'x x x x',
    });
    const r = situer('un deux trois quatre x x x x cinq six y\n', 'x\n\n[^1]: un deux trois quatre cinq six sept\n');
    expect(r.places).toEqual([{ morceaux: [[0, 4, 0, 4]], positionsSource: [0, 1, 2, 3, undefined, undefined, undefined] }]);
    expect(r.ecarts).toEqual([ecart(absents('1'), 'cinq six sept', 1, 'un deux trois quatre [] x x x x cinq')]);
    expect(r.reste).toBe('x x x x cinq six y');
  });
});

describe('situerLesNotes: words between two pieces', () => {
  it('should report a word of the note the source lacks between two pieces', () => {
    const r = situer('un deux trois quatre cinq six\n', 'x\n\n[^1]: un deux trois zéro quatre cinq six\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 0, 3], [4, 7, 3, 6]], positionsSource: [0, 1, 2, 2, 3, 4, 5] }]);
    expect(r.situees[0]!.expliques).toEqual([true, true, true, true, true, true, true]);
    expect(r.ecarts).toEqual([ecart(differente('1'), 'zéro', 1, 'un deux trois [] quatre cinq six')]);
  });

  it('should report the same when the later piece was found first', () => {
    const r = situer('un deux trois quatre cinq six sept\n', 'x\n\n[^1]: un deux trois zéro quatre cinq six sept\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 0, 3], [4, 8, 3, 7]], positionsSource: [0, 1, 2, 2, 3, 4, 5, 6] }]);
    expect(r.ecarts).toEqual([ecart(differente('1'), 'zéro', 1, 'un deux trois [] quatre cinq six sept')]);
  });

  it('should take the source words between two pieces and report them when they differ from the note’s', () => {
    const r = situer('un deux trois\nx y z\nquatre cinq six\nFin du texte\n', 'x\n\n[^1]: un deux trois zéro quatre cinq six\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 0, 3], [4, 7, 6, 9]], positionsSource: [0, 1, 2, 3, 6, 7, 8] }]);
    expect(r.ecarts).toEqual([ecart(differente('1'), 'zéro', 2, 'un deux trois [x y z] quatre cinq six Fin du', 'x y z')]);
    expect(r.reste).toBe('Fin du texte');
  });

  it('should take up to three source words per note word between two pieces, and three more', () => {
    const r = situer('un deux trois s t u v w x quatre cinq six\n', 'x\n\n[^1]: un deux trois zéro quatre cinq six\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 0, 3], [4, 7, 9, 12]], positionsSource: [0, 1, 2, 3, 9, 10, 11] }]);
    expect(r.ecarts).toEqual([ecart(differente('1'), 'zéro', 1, 'un deux trois [s t u v w x] quatre cinq six', 's t u v w x')]);
  });

  it('should leave to the body the words between a long piece and the one the source prints before it', () => {
    const a = Array.from({ length: 9 }, (_, i) => `a${i + 1}`).join(' ');
    const b = Array.from({ length: 8 }, (_, i) => `b${i + 1}`).join(' ');
    const r = situer(`${b} x x ${a}\n`, `x\n\n[^1]: ${a} ${b}\n`);
    expect(r.places).toEqual([{ morceaux: [[0, 9, 10, 19], [9, 17, 0, 8]], positionsSource: [10, 11, 12, 13, 14, 15, 16, 17, 18, 0, 1, 2, 3, 4, 5, 6, 7] }]);
    expect(r.ecarts).toEqual([]);
    expect(r.reste).toBe('x x');
  });

  it('should explain the words between two pieces that spell the same letters', () => {
    const r = situer('un deux trois 1 er quatre cinq six\n', 'x\n\n[^1]: un deux trois 1er quatre cinq six\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 0, 3], [4, 7, 5, 8]], positionsSource: [0, 1, 2, 3, 5, 6, 7] }]);
    expect(r.situees[0]!.expliques).toEqual([true, true, true, true, true, true, true]);
    expect(r.ecarts).toEqual([]);
    expect(r.bilan).toEqual(bilanAvec({ motsRegroupes: 1 }));
    expect(r.reste).toBe('');
  });
});

describe('situerLesNotes: words at the edges of the pieces', () => {
  it('should extend the first piece backwards over words that spell the same letters, to the first source word', () => {
    const r = situer('1 er mai 1936 à Moscou\n', 'x\n\n[^5]: 1er mai 1936 à Moscou\n');
    expect(r.places).toEqual([{ morceaux: [[1, 5, 2, 6]], positionsSource: [0, 2, 3, 4, 5] }]);
    expect(r.ecarts).toEqual([]);
    expect(r.bilan).toEqual(bilanAvec({ motsRegroupes: 1 }));
    expect(r.reste).toBe('');
  });

  it('should take the label before the words a backward extension took', () => {
    const r = situer('5 1 er mai 1936 à Moscou\n', 'x\n\n[^5]: 1er mai 1936 à Moscou\n');
    expect(r.places).toEqual([{ morceaux: [[1, 5, 3, 7]], positionsSource: [1, 3, 4, 5, 6] }]);
    expect(r.reste).toBe('');
  });

  it('should extend the last piece forwards over words that spell the same letters', () => {
    const r = situer('Né à Moscou le 1 er\n', 'x\n\n[^1]: Né à Moscou le 1er\n');
    expect(r.places).toEqual([{ morceaux: [[0, 4, 0, 4]], positionsSource: [0, 1, 2, 3, 4] }]);
    expect(r.ecarts).toEqual([]);
    expect(r.bilan).toEqual(bilanAvec({ motsRegroupes: 1 }));
    expect(r.reste).toBe('');
  });

  it('should not cut a word of the source in two at an edge', () => {
    const r = situer('Né à Moscou le 1er\n', 'x\n\n[^1]: Né à Moscou le 1 er\n');
    expect(r.places).toEqual([{ morceaux: [[0, 4, 0, 4]], positionsSource: [0, 1, 2, 3, undefined, undefined] }]);
    expect(r.ecarts).toEqual([ecart(absents('1'), '1 er', 1, 'Né à Moscou le [] 1er')]);
    expect(r.bilan).toEqual(nouveauBilan());
    expect(r.reste).toBe('1er');
  });

  it('should extend over at most three source words per note word, and three more', () => {
    const md = 'x\n\n[^1]: Voir la lettre de Boukharine\n';
    const sept = situer('Voir la lettre de B- o- u- k- h- a- rine\n', md);
    expect(sept).toMatchObject({ places: [{ morceaux: [[0, 4, 0, 4]], positionsSource: [0, 1, 2, 3, 4] }], ecarts: [], reste: '' });
    expect(sept.bilan).toEqual(bilanAvec({ motsRegroupes: 1 }));
    const huit = situer('Voir la lettre de B- o- u- k- h- a- r- ine\n', md);
    expect(huit.places).toEqual([{ morceaux: [[0, 4, 0, 4]], positionsSource: [0, 1, 2, 3, undefined] }]);
    expect(huit.ecarts).toEqual([ecart(absents('1'), 'Boukharine', 1, 'Voir la lettre de [] B o u k h')]);
    const deux = situer('Voir les lettres de Ka- me- nev Zi- no- viev\n', 'x\n\n[^1]: Voir les lettres de Kamenev Zinoviev\n');
    expect(deux).toMatchObject({ places: [{ morceaux: [[0, 4, 0, 4]], positionsSource: [0, 1, 2, 3, 4, 4] }], ecarts: [], reste: '' });
    expect(deux.bilan).toEqual(bilanAvec({ motsRegroupes: 2 }));
  });

  it('should report the first words of a note the source lacks, and leave its label to the body', () => {
    const r = situer('3 voir la lettre de Staline\n', 'x\n\n[^3]: Extrait : voir la lettre de Staline.\n');
    expect(r.places).toEqual([{ morceaux: [[1, 6, 1, 6]], positionsSource: [undefined, 1, 2, 3, 4, 5] }]);
    expect(r.ecarts).toEqual([ecart(absents('3'), 'Extrait', 1, '3 [] voir la lettre de Staline')]);
    expect(r.reste).toBe('3');
  });

  it('should extend over missing words in the middle of a note from the piece before them', () => {
    const r = situer('5 un deux trois 1 er x x x x x quatre cinq six\n', 'x\n\n[^5]: un deux trois 1er quatre cinq six\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 1, 4], [4, 7, 11, 14]], positionsSource: [1, 2, 3, 4, 11, 12, 13] }]);
    expect(r.ecarts).toEqual([]);
    expect(r.bilan).toEqual(bilanAvec({ motsRegroupes: 1 }));
    expect(r.reste).toBe('x x x x x');
  });

  it('should extend over missing words in the middle of a note from the piece after them, keeping the label', () => {
    const r = situer('5 un deux trois x x x x x 1 er quatre cinq six\n', 'x\n\n[^5]: un deux trois 1er quatre cinq six\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 1, 4], [4, 7, 11, 14]], positionsSource: [1, 2, 3, 9, 11, 12, 13] }]);
    expect(r.ecarts).toEqual([]);
    expect(r.reste).toBe('x x x x x');
  });

  it('should not look before the first piece for the last words of a note', () => {
    const r = situer('1 er un deux trois fin\n', 'x\n\n[^4]: un deux trois 1er\n');
    expect(r.places).toEqual([{ morceaux: [[0, 3, 2, 5]], positionsSource: [2, 3, 4, undefined] }]);
    expect(r.ecarts).toEqual([ecart(absents('4'), '1er', 1, '1 er un deux trois [] fin')]);
    expect(r.reste).toBe('1 er fin');
  });
});

describe('two pieces with nothing left between them', () => {
  it('should report no difference when the source words between them belong to the note’s other pieces', () => {
    const { situees, ecarts } = situer('un deux trois sept huit neuf quatre cinq six\n', 'Texte[^1].\n\n[^1]: un deux trois quatre cinq six sept huit neuf\n');
    expect(situees[0]!.morceaux).toHaveLength(3);
    expect(ecarts).toEqual([]);
  });
});

