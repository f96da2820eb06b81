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

describe('aligner, where an écart is placed', () => {
  it('should place added words at the line of the source word before them, or of the first one', () => {
    expect(alignerMarkdown({ texte: 'Un deux\ntrois\nquatre' }, 'Un deux ajout trois quatre').fidelite.ecarts).toEqual([
      { ligneSource: 1, source: '', edition: 'ajout', contexte: 'Un deux [] trois quatre', ligne: 1, raison: 'mots ajoutés' },
    ]);
    expect(alignerMarkdown({ texte: '\nUn\ndeux' }, 'Ajout Un deux').fidelite.ecarts).toEqual([
      { ligneSource: 2, source: '', edition: 'Ajout', contexte: '[] Un deux', ligne: 1, raison: 'mots ajoutés' },
    ]);
    expect(alignerMarkdown({ texte: '' }, 'Mot').fidelite.ecarts).toEqual([{ ligneSource: 0, source: '', edition: 'Mot', contexte: '[]', ligne: 1, raison: 'mots ajoutés' }]);
  });

  it('should place changed words at their own edition line, omitted words at the line of the edition word before them', () => {
    expect(alignerMarkdown({ texte: 'Un\ndeux' }, 'Un\nchangé').fidelite.ecarts).toEqual([
      { ligneSource: 2, source: 'deux', edition: 'changé', contexte: 'Un [deux]', ligne: 2, raison: 'mots changés' },
    ]);
    expect(alignerMarkdown({ texte: 'Un omis deux\ntrois' }, 'Un\ndeux\ntrois').fidelite.ecarts).toEqual([
      { ligneSource: 1, source: 'omis', edition: '', contexte: 'Un [omis] deux trois', ligne: 1, raison: 'mots omis' },
    ]);
    expect(alignerMarkdown({ texte: 'Omis un deux' }, 'un deux').fidelite.ecarts).toEqual([
      { ligneSource: 1, source: 'Omis', edition: '', contexte: '[Omis] un deux', ligne: undefined, raison: 'mots omis' },
    ]);
  });

  it('should name every correction of a hunk whose source form is not there', () => {
    expect(alignerMarkdown({ texte: 'p q' }, ':corr[a]{source="x"} :corr[b]{source="y"}').fidelite.ecarts).toEqual([
      { ligneSource: 1, source: 'p q', edition: 'x y', contexte: '[p q]', ligne: 1, raison: "forme source d'une correction introuvable à cet endroit : «x», «y»" },
    ]);
  });

  it('should sort the écarts of words and of signs together by source line', () => {
    expect(alignerMarkdown({ texte: 'Un, deux\nquatre trois' }, 'Un deux\nquatre\ncinq').fidelite.ecarts.map((e) => [e.ligneSource, e.raison.split(' :')[0]])).toEqual([
      [1, 'ponctuation changée sans déclaration'],
      [2, 'mots changés'],
    ]);
  });

  it('should count the words of the notes among the edition’s words', () => {
    const texte = 'Texte\n1\n suite.\n 1\n Une note assez longue pour être trouvée.\n';
    const { fidelite } = alignerMarkdown({ texte }, 'Texte[^1] suite.\n\n[^1]: Une note assez longue pour être trouvée.\n');
    expect([fidelite.motsSource, fidelite.motsEdition, fidelite.ecarts]).toEqual([11, 10, []]);
  });
});

describe('aligner, the source line of each correction', () => {
  it('should give a correction of several words the line of its first one', () => {
    expect(alignerMarkdown({ texte: 'Un deux\ntrois fin.' }, 'Un :corr[deux-trois]{source="deux trois"} fin.').lignesSource).toEqual([1]);
  });

  it('should give a correction inside an explained regrouping the line of the regrouped words', () => {
    const { fidelite, lignesSource } = alignerMarkdown({ texte: 'Début\nle 1 er mai' }, 'Début le :corr[1er]{source="1er"} mai');
    expect([fidelite.ecarts, fidelite.motsRegroupes, lignesSource]).toEqual([[], 1, [2]]);
  });

  it('should give no line to a correction that only adds words', () => {
    expect(alignerMarkdown({ texte: 'Un mot fin' }, 'Un :corr[mot]{source=""} fin').lignesSource).toEqual([undefined]);
  });

  it('should look for a word-less correction after the source word aligned just before it, regrouped words included', () => {
    const { fidelite, lignesSource } = alignerMarkdown({ texte: 'Un deux\n\n\n\n1 er] fin' }, 'Un deux 1er:corr[]{source="]"} fin');
    expect([fidelite.ecarts, lignesSource]).toEqual([[], [5]]);
  });

  it('should look for a word-less correction before an added word, and after a first word whose source has an omitted one before it', () => {
    const ajout = alignerMarkdown({ texte: 'Un\n\n\n\ndeux]\n\n\n\ntrois' }, 'Un deux ajout:corr[]{source="]"} trois');
    expect([ajout.fidelite.ecarts.map((e) => e.raison), ajout.lignesSource]).toEqual([['mots ajoutés'], [5]]);
    const omis = alignerMarkdown({ texte: 'Omis\n\n\n\nUn] deux' }, 'Un:corr[]{source="]"} deux');
    expect([omis.fidelite.ecarts.map((e) => e.raison), omis.lignesSource]).toEqual([['mots omis'], [5]]);
  });

  it('should find a word-less correction on its line or on one of the two lines after it, its spaces left out', () => {
    expect(alignerMarkdown({ texte: 'Un mot] fin' }, 'Un mot:corr[]{source=" ]"} fin').fidelite.ecarts).toEqual([]);
    expect(alignerMarkdown({ texte: 'Un mot\n] fin' }, 'Un mot:corr[]{source="]"} fin')).toEqual(expect.objectContaining({ lignesSource: [1], fidelite: expect.objectContaining({ ecarts: [] }) }));
    expect(alignerMarkdown({ texte: 'Un mot\n\n] fin' }, 'Un mot:corr[]{source="]"} fin')).toEqual(expect.objectContaining({ lignesSource: [1], fidelite: expect.objectContaining({ ecarts: [] }) }));
  });

  it('should report a word-less correction not found at the end of the source, with its line as context, or with none in an empty source', () => {
    expect(alignerMarkdown({ texte: 'Un mot\n  fin' }, 'Un mot fin:corr[]{source="]"}')).toEqual({
      fidelite: expect.objectContaining({
        ecarts: [{ ligneSource: 2, source: ']', edition: '', contexte: 'fin', ligne: 1, raison: "forme source d'une correction introuvable à cet endroit : «]»" }],
      }),
      lignesSource: [2],
    });
    expect(alignerMarkdown({ texte: '' }, ':corr[]{source="]"}')).toEqual({
      fidelite: expect.objectContaining({
        ecarts: [{ ligneSource: 0, source: ']', edition: '', contexte: '', ligne: 1, raison: "forme source d'une correction introuvable à cet endroit : «]»" }],
      }),
      lignesSource: [undefined],
    });
  });

  it('should look for a word-less correction of a note after the word of that note before it', () => {
    const texte = 'Texte\n1\n suite.\n 1\n Une note assez longue pour être]\n trouvée.\n';
    const { fidelite, lignesSource } = alignerMarkdown({ texte }, 'Texte[^1] suite.\n\n[^1]: Une note assez longue pour être:corr[]{source="]"} trouvée.\n');
    expect([fidelite.ecarts, lignesSource]).toEqual([[], [5]]);
  });

  it('should look for a word-less correction in its own note, right after the note’s first word', () => {
    const texte = 'Texte\n1\n suite\n2\n fin.\n 1\n Une première note assez longue.\n 2\n Deux] seconde note assez longue.\n';
    const md = 'Texte[^1] suite[^2] fin.\n\n[^1]: Une première note assez longue.\n\n[^2]: Deux:corr[]{source="]"} seconde note assez longue.\n';
    const { fidelite, lignesSource } = alignerMarkdown({ texte }, md);
    expect([fidelite.ecarts, fidelite.notesDeplacees, lignesSource]).toEqual([[], 2, [9]]);
  });

  it('should look for a word-less correction of a note after the nearest aligned word before it, an added word skipped', () => {
    const texte = 'Texte\n1\n suite.\n 1\n Une note\n assez\n longue\n pour être]\n trouvée enfin ici même.\n';
    const md = 'Texte[^1] suite.\n\n[^1]: Une note assez longue pour être ajouté:corr[]{source="]"} trouvée enfin ici même.\n';
    const { fidelite, lignesSource } = alignerMarkdown({ texte }, md);
    expect([fidelite.ecarts.map((e) => [e.edition, e.raison]), lignesSource]).toEqual([[['ajouté', 'note différente de la source [^1]']], [8]]);
  });

  it('should look for a word-less correction at the start of the body after the first source word left to the body', () => {
    const texte = ' 1\n Une note assez longue pour être trouvée.\nTexte\n1\n suite].';
    const md = ':corr[]{source="]"}Texte[^1] suite.\n\n[^1]: Une note assez longue pour être trouvée.\n';
    const { fidelite, lignesSource } = alignerMarkdown({ texte }, md);
    expect([fidelite.ecarts, fidelite.notesDeplacees, lignesSource]).toEqual([[], 1, [3]]);
  });
});
