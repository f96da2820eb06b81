/**
 * What a query names (src/noyau/interpretation.ts): forms in every script and transliteration,
 * near-misses, events, the words left for the full text, and the check that keeps Pagefind's
 * one-letter fallbacks out of the results.
 */
import { describe, expect, it } from 'vitest';
import { cleDeNom, correspondVraiment, distance, interpreter, type EntiteCherchable } from '../../src/noyau/interpretation.ts';

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
