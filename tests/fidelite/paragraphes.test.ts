/** The edition's paragraphs against the source's (`src/noyau/fidelite/paragraphes.ts`). */
import { describe, expect, it } from 'vitest';
import type { JetonEdition } from '../../src/noyau/fidelite/edition.ts';
import { motsDeLaSource, type JetonSource } from '../../src/noyau/fidelite/mots.ts';
import { comparerParagraphes } from '../../src/noyau/fidelite/paragraphes.ts';

/** The words of a source that begin one of its paragraphs. */
const alineas = (texte: string, marque: 'espace-initiale' | 'ligne-vide') =>
  motsDeLaSource(texte, undefined, marque)
    .filter((s) => s.alinea)
    .map((s) => s.texte);

describe('debutDAlinea, through the words of the source', () => {
  it('should take the first word of the range for a paragraph, even small or after a line of signs only', () => {
    expect(alineas('le début\nla suite', 'espace-initiale')).toEqual(['le']);
    expect(alineas('***\nle début\nla suite', 'ligne-vide')).toEqual(['le']);
  });

  it('should take for a paragraph a line that begins with a space, the word itself not small', () => {
    expect(alineas('Début.\n Mais la suite\nEt encore une fin', 'espace-initiale')).toEqual(['Début', 'Mais']);
    expect(alineas('Début.\n donc la suite', 'espace-initiale')).toEqual(['Début']);
  });

  it('should take for a paragraph a line after a blank one, spaces only counting as blank', () => {
    expect(alineas('Début.\nMais\n  \nEt la suite\n\nFin', 'ligne-vide')).toEqual(['Début', 'Et', 'Fin']);
    expect(alineas('Début.\n\nMais\nfin', 'ligne-vide')).toEqual(['Début', 'Mais']);
  });
});

/** A source word; `alinea` when it begins a paragraph. */
const s = (texte: string, ligne: number, alinea = false): JetonSource => (alinea ? { texte, ligne, alinea } : { texte, ligne });
/** An edition word, with the block it opens and what is declared about it. */
const e = (texte: string, ligne: number, autres: Partial<JetonEdition> = {}): JetonEdition => ({ texte, ligne, genre: 'mot', ...autres });
const apparie = (x: JetonSource, y: JetonEdition) => x.texte === y.texte;

const NOUVEAU = "nouveau paragraphe là où la source n'en commence pas : rejoindre le paragraphe précédent, ou déclarer :alinea{motif=\"…\"}";
const PERDU = 'la source commence ici un paragraphe, que l\'édition ne commence pas : le rétablir, ou déclarer :suite{motif="…"} devant ce mot';

describe('comparerParagraphes', () => {
  const source = [s('Un', 1, true), s('deux', 1), s('Trois', 2, true), s('quatre', 2)];

  it('should accept blocks where the source begins paragraphs, and count the source’s paragraphs', () => {
    const corps = [e('Un', 1, { bloc: 'paragraph' }), e('deux', 1), e('Trois', 3, { bloc: 'paragraph' }), e('quatre', 3)];
    expect(comparerParagraphes(source, corps, [0, 1, 2, 3], apparie, true)).toEqual({ bilan: { compares: true, source: 2, declares: 0 }, ecarts: [] });
  });

  it('should report a new block where the source goes on, and a paragraph of the source run into a block', () => {
    const corps = [e('Un', 1, { bloc: 'paragraph' }), e('deux', 2, { bloc: 'paragraph' }), e('Trois', 2), e('quatre', 2)];
    expect(comparerParagraphes(source, corps, [0, 1, 2, 3], apparie, true).ecarts).toEqual([
      { ligneSource: 1, source: 'deux', edition: 'deux', contexte: 'paragraphe commençant par « deux »', ligne: 2, raison: NOUVEAU },
      { ligneSource: 2, source: 'Trois', edition: 'Trois', contexte: 'paragraphe commençant par « Trois »', ligne: 2, raison: PERDU },
    ]);
  });

  it('should not compare paragraphs when the source marks none, but still count its declarations', () => {
    const corps = [e('Un', 1, { bloc: 'paragraph' }), e('deux', 2, { bloc: 'paragraph' }), e('Trois', 2), e('quatre', 2, { suiteDeclaree: 'saut de page' })];
    expect(comparerParagraphes(source, corps, [0, 1, 2, 3], apparie, false)).toEqual({ bilan: { compares: false, source: 2, declares: 1 }, ecarts: [] });
  });

  it('should not compare words the alignment did not pair with their source word', () => {
    const corps = [e('Un', 1, { bloc: 'paragraph' }), e('deux', 2, { bloc: 'paragraph' }), e('Trois', 2), e('autre', 2, { bloc: 'paragraph' })];
    // « deux » stands for « quatre » (an explained hunk), « Trois » and « autre » for no word.
    expect(comparerParagraphes(source, corps, [0, 3, undefined, undefined], apparie, true).ecarts).toEqual([]);
  });

  it('should not compare the first block, headings and the block after one, nor the lines of a list or a letter', () => {
    const corps = [
      e('deux', 1, { bloc: 'paragraph' }),
      e('quatre', 2, { bloc: 'heading' }),
      e('deux', 3, { bloc: 'paragraph' }),
      e('quatre', 4, { bloc: 'listItem' }),
      e('deux', 5, { bloc: '::signature' }),
    ];
    expect(comparerParagraphes(source, corps, [1, 3, 1, 3, 1], apparie, true).ecarts).toEqual([]);
  });

  it('should count declared paragraphs and suites, and report those without a reason, aligned or not', () => {
    const corps = [
      e('Un', 1, { bloc: 'paragraph' }),
      e('deux', 2, { bloc: 'paragraph', alineaDeclare: 'citation' }),
      e('Trois', 2, { suiteDeclaree: ' ' }),
      e('quatre', 3, { bloc: 'paragraph', alineaDeclare: '' }),
      e('cinq', 3, { bloc: 'paragraph', alineaDeclare: '  ' }),
      e('six', 4, { suiteDeclaree: '' }),
    ];
    expect(comparerParagraphes(source, corps, [0, 1, 2, 3, undefined, undefined], apparie, true)).toEqual({
      bilan: { compares: true, source: 2, declares: 5 },
      ecarts: [
        { ligneSource: 2, source: 'Trois', edition: 'Trois', contexte: 'paragraphe commençant par « Trois »', ligne: 2, raison: 'suite déclarée sans motif : :suite{motif="…"}' },
        { ligneSource: 2, source: 'quatre', edition: 'quatre', contexte: 'paragraphe commençant par « quatre »', ligne: 3, raison: 'alinéa déclaré sans motif : :alinea{motif="…"}' },
        { ligneSource: 0, source: '', edition: 'cinq', contexte: 'paragraphe commençant par « cinq »', ligne: 3, raison: 'alinéa déclaré sans motif : :alinea{motif="…"}' },
        { ligneSource: 0, source: '', edition: 'six', contexte: 'paragraphe commençant par « six »', ligne: 4, raison: 'suite déclarée sans motif : :suite{motif="…"}' },
      ],
    });
  });
});
