/** How a passage is named in citations and in the sharing menu's sentences. */
import { describe, expect, it } from 'vitest';
import { citation, extrait, ouverture, reference, referenceDansUnePhrase, urlAbsolue } from '../../src/noyau/references.ts';

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

  it('should open a citation on its first words, quotes inside as “ ”, no-break spaces inside words', () => {
    expect(ouverture('Un  deux\ntrois.')).toBe('Un deux trois.');
    expect(ouverture('un deux trois quatre, cinq', 4)).toBe('un deux trois quatre…');
    expect(ouverture('Il dit « non » et\u00A0part.', 3)).toBe('Il dit “non”…');
    expect(ouverture('«  Non  », dit-il.')).toBe('“Non”, dit-il.');
    expect(ouverture('«Non», dit-il.')).toBe('“Non”, dit-il.');
    expect(ouverture('  Un deux  ')).toBe('Un deux');
    expect(ouverture('Un mot,;. suite', 2)).toBe('Un mot…');
    expect(ouverture('a b c d e f g h i j k l m')).toBe('a b c d e f g h i j k l…');
    expect(ouverture('a b c d e f g h i j k l')).toBe('a b c d e f g h i j k l');
  });
});

describe('link previews', () => {
  it('should give the absolute URL of a page under the base path', () => {
    expect(urlAbsolue('https://exemple.org', '/dossier', 'textes/x/')).toBe('https://exemple.org/dossier/textes/x/');
    expect(urlAbsolue(new URL('https://exemple.org/'), '/dossier/', '/textes/x/')).toBe('https://exemple.org/dossier/textes/x/');
    expect(urlAbsolue(undefined, '/')).toBe('http://127.0.0.1:4321/');
  });

  it('should cut a description between words, without trailing punctuation', () => {
    expect(extrait('  Un   texte court. ')).toBe('Un texte court.');
    expect(extrait('abc def, ghi jkl', 10)).toBe('abc def…');
    expect(extrait('abcdefghijklmnop qr', 10)).toBe('abcdefghij…');
    expect(extrait('abcdefg hijklmnop', 10)).toBe('abcdefg…');
    expect(extrait('abcd efghijklmnop', 10)).toBe('abcd efghi…');
    // A space at exactly 60 % of the length is too early to cut at.
    expect(extrait('abcdef ghijklmnop', 10)).toBe('abcdef ghi…');
    expect(extrait('abc def,;. ghijklmnop', 11)).toBe('abc def…');
    expect(extrait('x'.repeat(300))).toBe('x'.repeat(300));
    expect(extrait('x'.repeat(301))).toBe(`${'x'.repeat(300)}…`);
  });
});
