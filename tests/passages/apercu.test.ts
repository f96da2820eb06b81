/** How a passage is named in citations and in the sharing menu's sentences. */
import { describe, expect, it } from 'vitest';
import { citation, reference, referenceDansUnePhrase } from '../../src/noyau/references.ts';

describe('passage references', () => {
  it('should name a paragraph by its § and a note by its number', () => {
    expect(reference({ id: 'p14', numero: 14 })).toBe('§ 14');
    expect(reference({ id: 'note-7', numero: '7' })).toBe('note 7');
  });
  it('should give a note its feminine article in sentences', () => {
    expect(referenceDansUnePhrase({ id: 'note-7', numero: '7' })).toBe('la note 7');
    expect(referenceDansUnePhrase({ id: 'note-7', numero: '7' }, true)).toBe('de la note 7');
    expect(referenceDansUnePhrase({ id: 'p14', numero: 14 })).toBe('le § 14');
    expect(referenceDansUnePhrase({ id: 'p14', numero: 14 }, true)).toBe('du § 14');
  });
  it('should cite the opening twelve words, author, title, reference and address', () => {
    expect(citation({ texte: 'Chers camarades ! Étant en Asie Centrale, je n’avais pas la moindre idée.', auteur: 'Nikolaï Boukharine', titre: 'Lettre', reference: '§ 4', url: 'https://exemple.org/textes/lettre/p4/' }))
      .toMatch(/^«\u202FChers camarades ! Étant en Asie Centrale, je n’avais pas la moindre…\u202F» — Nikolaï Boukharine, Lettre, § 4, https:\/\/exemple\.org\/textes\/lettre\/p4\/$/u);
  });
});
