/**
 * What a query names (src/noyau/interpretation.ts): forms in every script and transliteration,
 * near-misses, events, the words left for the full text, and the check that keeps Pagefind's
 * one-letter fallbacks out of the results.
 */
import { describe, expect, it } from 'vitest';
import { cleDeNom, correspondVraiment, distance, ecartPermis, entitesNommees, interpreter, type EntiteCherchable } from '../../src/noyau/interpretation.ts';

const entite = (genre: EntiteCherchable['genre'], id: string, nom: string, formes: string[]): EntiteCherchable =>
  ({ genre, id, nom, url: `/${genre}s/${id}/`, detail: '', formes, mentions: 1 });

const registre = [
  entite('personne', 'vychinski', 'Andreï Vychinski', ['Vychinski', 'Vyshinsky', 'Андрей Януарьевич Вышинский']),
  entite('personne', 'boukharine', 'Nikolaï Boukharine', ['Boukharine', 'N. Boukharine', 'Bukharin', 'Бухарин']),
  entite('personne', 'iejov', 'Nikolaï Iejov', ['Iejov', 'Yezhov', 'Ejov']),
  entite('personne', 'ordjonikidze', 'Sergo Ordjonikidze', ['Ordjonikidze']),
  entite('personne', 'marx', 'Karl Marx', ['Marx']),
  entite('personne', 'iakovlev-a', 'Alexandre Iakovlev', ['Iakovlev']),
  entite('personne', 'iakovlev-b', 'Iakov Iakovlev', ['Iakovlev']),
  entite('evenement', 'premier-proces', 'Premier procès de Moscou', ['premier procès de Moscou', 'procès des Seize', 'Trial of the Sixteen']),
];
const lu = (requete: string) => {
  const l = interpreter(requete, registre);
  return { ids: l.entites.map((e) => `${e.entite.id}:${e.maniere}`), reste: l.reste, proches: l.proches.map((e) => e.id) };
};

describe('reading a query', () => {
  it('brings transliterations together', () => {
    expect(cleDeNom('Yezhov')).toBe(cleDeNom('Iejov'));
    expect(cleDeNom('Ordzhonikidze')).toBe(cleDeNom('Ordjonikidze'));
    expect(cleDeNom('Vyshinsky')).toBe(cleDeNom('Vychinski'));
    expect(distance('vichinksi', 'vichinski')).toBe(1);
  });

  it('finds an entity under any registered form, accents, case and script aside', () => {
    expect(lu('BUKHARIN').ids).toEqual(['boukharine:forme']);
    expect(lu('Бухарин').ids).toEqual(['boukharine:forme']);
    expect(lu('андрей януарьевич вышинский').ids).toEqual(['vychinski:forme']);
    expect(lu('Nikolaï Boukharine').ids).toEqual(['boukharine:forme']);
    // The name without the patronymic, and a transliteration of a short name.
    expect(lu('Андрей Вышинский').ids).toEqual(['vychinski:forme']);
    expect(lu('Iejof').ids).toEqual(['iejov:approchee']);
  });

  it('understands a near-miss as the one name it is near to', () => {
    expect(lu('Vychinksy').ids).toEqual(['vychinski:approchee']);
    expect(lu('Orjonikidze').ids).toEqual(['ordjonikidze:approchee']);
    expect(lu('Boukarine').ids).toEqual(['boukharine:approchee']);
  });

  it('decides nothing between two equally near names, and leaves short common words alone', () => {
    expect(lu('Iakovlev')).toEqual({ ids: [], reste: 'Iakovlev', proches: ['iakovlev-a', 'iakovlev-b'] });
    expect(lu('mars').ids).toEqual([]);
    expect(lu('xqzwv')).toEqual({ ids: [], reste: 'xqzwv', proches: [] });
  });

  it('reads events by their names, and leaves the other words for the full text', () => {
    expect(lu('procès des Seize')).toEqual({ ids: ['premier-proces:forme'], reste: '', proches: [] });
    expect(lu('Boukharine aveux')).toEqual({ ids: ['boukharine:forme'], reste: 'aveux', proches: [] });
    expect(lu('"procès des Seize"').ids).toEqual([]);
  });
});

describe('a result that really matches', () => {
  it('holds each word of the query, stemming aside', () => {
    expect(correspondVraiment('aveux', ['aveu'])).toBe(true);
    expect(correspondVraiment('mise en scène', ['mise', 'scène'])).toBe(true);
  });

  it('is not Pagefind’s fallback to a short prefix', () => {
    expect(correspondVraiment('Vychinksy', ['V.'])).toBe(false);
    expect(correspondVraiment('Napoléon', ['n’a'])).toBe(false);
    expect(correspondVraiment('Boukharine xqzwv', ['Boukharine', 'X'])).toBe(false);
  });
});

describe('the key names are compared by', () => {
  it('should fold case, accents, ё, hyphens, apostrophes and runs of spaces', () => {
    expect(cleDeNom('  Iejov ')).toBe('ijov');
    expect(cleDeNom('Ёжов')).toBe('ежов');
    expect(cleDeNom('Ter-Petrossian')).toBe('ter petrosian');
    expect(cleDeNom('O’Brien')).toBe('o brin');
    expect(cleDeNom('Karl  Marx')).toBe('karl marx');
  });

  it('should bring each French, English and German spelling to one', () => {
    expect(cleDeNom('Khrouchtchev')).toBe('hruchev');
    expect(cleDeNom('Khrushchev')).toBe('hruchev');
    expect(cleDeNom('Wyschinski')).toBe('vichinski');
    expect(cleDeNom('Beck')).toBe('bek');
    expect(cleDeNom('Jacques')).toBe('jackues');
    expect(cleDeNom('Ieltsine')).toBe('iltsin');
    expect(cleDeNom('Yeltsin')).toBe('iltsin');
    expect(cleDeNom('Petrossian')).toBe('petrosian');
    expect(cleDeNom('Molotoff')).toBe('molotov');
    expect(cleDeNom('Boukharine')).toBe('buharin');
  });
});

describe('the distance between two keys', () => {
  it('should count insertions, deletions, substitutions and transpositions', () => {
    expect(distance('', 'abc')).toBe(3);
    expect(distance('abc', '')).toBe(3);
    expect(distance('abcd', 'wxyz')).toBe(4);
    expect(distance('vichinksi', 'vichinski')).toBe(1);
    // Two letters that are not swapped are two edits.
    expect(distance('ab', 'ca')).toBe(2);
    expect(distance('ba', 'ac')).toBe(2);
  });

  it('should stop at one more than the maximum, and not before', () => {
    expect(distance('a', 'abcd', 1)).toBe(2);
    expect(distance('ab', 'abc', 1)).toBe(1);
    expect(distance('abcd', 'wxyz', 1)).toBe(2);
    expect(distance('ab', 'xb', 1)).toBe(1);
  });
});

describe('how far a near-miss may be', () => {
  it('should allow none under five letters, one under eight, two from eight, spaces aside', () => {
    expect([ecartPermis('marx'), ecartPermis('ab cd'), ecartPermis('radek'), ecartPermis('molotov'), ecartPermis('iakovlev'), ecartPermis('a b c d e f g')]).toEqual([0, 0, 1, 1, 2, 1]);
  });
});

/**
 * Fresh copies of the register: the keys of an entity are computed once and kept with it, so that a
 * test reading the same objects as another would not compute them again.
 */
const frais = () => registre.map((e) => ({ ...e }));
const luFrais = (requete: string, entites: EntiteCherchable[] = frais()) => {
  const l = interpreter(requete, entites);
  return { ids: l.entites.map((e) => `${e.entite.id}:${e.maniere}`), reste: l.reste, proches: l.proches.map((e) => e.id) };
};

describe('the entities a few words name', () => {
  it('should take a form spelled with ё or е, and runs of spaces, as the form itself', () => {
    const fedorov = entite('personne', 'fedorov', 'Grigori Fiodorov', ['Фёдоров']);
    const marx = entite('personne', 'marx', 'Karl Marx', ['Marx']);
    const doubles = entite('personne', 'doubles', 'Karl  Radek', []);
    expect(entitesNommees('Федоров', [fedorov])).toEqual({ maniere: 'forme', entites: [fedorov] });
    expect(entitesNommees('Фёдоров', [fedorov])).toEqual({ maniere: 'forme', entites: [fedorov] });
    expect(entitesNommees('  Karl   Marx ', [marx])).toEqual({ maniere: 'forme', entites: [marx] });
    expect(entitesNommees('Karl Radek', [doubles])).toEqual({ maniere: 'forme', entites: [doubles] });
  });

  it('should give every entity equally near, up to the permitted distance', () => {
    const entites = frais();
    const [a, b] = entites.filter((e) => e.id.startsWith('iakovlev'));
    expect(entitesNommees('Iakovlef', entites)).toEqual({ maniere: 'approchee', entites: [a, b] });
    expect(entitesNommees('Iakovlv', entites)).toEqual({ maniere: 'approchee', entites: [a, b] });
  });
});

describe('reading a whole query', () => {
  const smirnovs = () => [
    entite('personne', 'smirnov-i', 'Ivan Smirnov', ['Ivan Nikititch Smirnov']),
    entite('personne', 'smirnov-v', 'Vladimir Smirnov', ['Ivan Smirnov']),
    entite('personne', 'mercader', 'Ramón Mercader', ['Ramón Mercader del Río']),
    entite('personne', 'vychinski', 'Andreï  Ianouarievitch Vychinski', []),
    entite('evenement', 'proces-reserve', 'Procès du centre antisoviétique trotskiste de réserve', []),
  ];
  const luDans = (requete: string) => luFrais(requete, smirnovs());

  it('should read the name without the patronymic as one name', () => {
    expect(luFrais('Андрей Вышинский')).toEqual({ ids: ['vychinski:forme'], reste: '', proches: [] });
  });

  it('should take only the surname of a person, not a part of an event’s name', () => {
    expect(luFrais('Seize')).toEqual({ ids: [], reste: 'Seize', proches: [] });
    expect(luFrais('Moscou')).toEqual({ ids: [], reste: 'Moscou', proches: [] });
  });

  it('should split forms on runs of spaces, and not cut a four-word form to its first and third words', () => {
    expect(luDans('Andreï Vychinski')).toEqual({ ids: ['vychinski:forme'], reste: '', proches: [] });
    expect(luDans('Ramón del')).toEqual({ ids: [], reste: 'Ramón del', proches: [] });
    expect(luDans('Río')).toEqual({ ids: ['mercader:forme'], reste: '', proches: [] });
  });

  it('should read several entities in a row, each once, and keep the other words in order', () => {
    expect(luFrais('Boukharine Iejov')).toEqual({ ids: ['boukharine:forme', 'iejov:forme'], reste: '', proches: [] });
    expect(luFrais('Boukharine Bukharin')).toEqual({ ids: ['boukharine:forme'], reste: '', proches: [] });
    expect(luFrais('  aveux  de   Iejov en 1938 ')).toEqual({ ids: ['iejov:forme'], reste: 'aveux de en 1938', proches: [] });
  });

  it('should give the near names of one word only, once', () => {
    expect(luDans('Ivan Smirnov')).toEqual({ ids: [], reste: 'Ivan Smirnov', proches: ['smirnov-i', 'smirnov-v'] });
  });

  it('should read names of up to six words', () => {
    const requete = 'Procès du centre antisoviétique trotskiste de réserve';
    expect(luDans(requete)).toEqual({ ids: [], reste: requete, proches: [] });
  });

  it('should search a quoted phrase as it is, and only a wholly quoted one', () => {
    expect(interpreter(' "procès des Seize" ', registre)).toEqual({ entites: [], reste: '"procès des Seize"', proches: [] });
    expect(interpreter('', registre)).toEqual({ entites: [], reste: '', proches: [] });
    expect(luFrais('Boukharine "aveux"')).toEqual({ ids: ['boukharine:forme'], reste: '"aveux"', proches: [] });
    expect(luFrais('"aveux" Boukharine')).toEqual({ ids: ['boukharine:forme'], reste: '"aveux"', proches: [] });
  });
});

describe('a result that really matches, word by word', () => {
  it('should drop an elided article and the punctuation of the words found', () => {
    expect(correspondVraiment('aveu', ['l’aveu'])).toBe(true);
    expect(correspondVraiment('Iejov', ['(Iejov)'])).toBe(true);
    expect(correspondVraiment('qu’il', ['qu’il', 'il'])).toBe(true);
  });

  it('should drop the quotes and the punctuation of the query', () => {
    expect(correspondVraiment('"aveux"', ['aveu'])).toBe(true);
    expect(correspondVraiment('(Iejov)', ['Iejov'])).toBe(true);
  });

  it('should not require numbers, but require words holding digits', () => {
    expect(correspondVraiment('Iejov 1937', ['Iejov'])).toBe(true);
    expect(correspondVraiment('1er mai', ['mai'])).toBe(false);
    expect(correspondVraiment('n°58', ['article'])).toBe(false);
  });
});
