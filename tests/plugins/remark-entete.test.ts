/**
 * remark-entete: a text's front matter checked against the collection's schema, every problem
 * listed at its line and column (`fichier:ligne:colonne : raison`), the first one stopping the build;
 * a good one put on the file for the plugins after it.
 */
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formaterMessage } from '../../src/noyau/pipeline.ts';
import remarkEntete from '../../src/noyau/plugins/remark-entete.ts';
import { traiter } from '../helpers/pipeline.ts';

const yaml = [
  'titre: "Lettre"',
  'auteur: "Nikolaï Boukharine"',
  'genre: lettre',
  'ordre: 3',
  'presentation: "Une lettre écrite en prison, présentée en une ligne."',
  'source: { fichier: "lettre.txt", lignes: [[1, 20]] }',
].join('\n');

describe('remark-entete', () => {
  it('should put a good front matter on the file, with the place of each of its values', async () => {
    const file = await traiter(`---\n${yaml}\n---\n\nTexte.\n`);
    expect(file.messages).toEqual([]);
    expect(file.data.entete).toEqual({
      titre: 'Lettre', auteur: 'Nikolaï Boukharine', genre: 'lettre', ordre: 3,
      presentation: 'Une lettre écrite en prison, présentée en une ligne.',
      source: { fichier: 'lettre.txt', lignes: [[1, 20]] },
    });
    expect(file.data.placeDansLEnTete?.(['source', 'fichier'])).toEqual({ line: 7, column: 20 });
  });

  it('should list every problem at its place, each fatal, with its rule and source', async () => {
    const file = await traiter(`---\n${yaml.replace('ordre: 3', 'ordre: 0').replace('genre: lettre', 'genre: roman')}\n---\n\nTexte.\n`);
    expect(file.messages.map((m) => [formaterMessage(m), m.fatal, m.ruleId, m.source])).toEqual([
      ['document.md:5:8 : en-tête, ordre : Trop petit : nombre doit être >0', true, 'entete', 'remark-entete'],
      ['document.md:4:8 : en-tête, genre : Option invalide : une valeur parmi "introduction"|"essai"|"extraits"|"traduction"|"lettre" attendue', true, 'entete', 'remark-entete'],
    ]);
  });

  it('should count lines from the second when the front matter has no position (a tree made by a plugin)', () => {
    const tree: Root = { type: 'root', children: [{ type: 'yaml', value: 'titre: Lettre\nordre: 0' }] };
    const file = new VFile({ path: 'texte.md' });
    expect(() => remarkEntete()(tree, file)).toThrow('en-tête, auteur : Entrée invalide : chaîne de caractères attendu, indéfini reçu');
    expect(file.messages.map((m) => formaterMessage(m))).toEqual([
      'texte.md:2:1 : en-tête, genre : Option invalide : une valeur parmi "introduction"|"essai"|"extraits"|"traduction"|"lettre" attendue',
      'texte.md:3:8 : en-tête, ordre : Trop petit : nombre doit être >0',
      'texte.md:2:1 : en-tête, presentation : Entrée invalide : chaîne de caractères attendu, indéfini reçu',
      'texte.md:2:1 : en-tête, source : Entrée invalide : objet attendu, indéfini reçu',
      'texte.md:2:1 : en-tête, auteur : Entrée invalide : chaîne de caractères attendu, indéfini reçu',
    ]);
  });

  it('should leave a document without front matter alone', async () => {
    const file = await traiter('Texte.\n');
    expect([file.messages, file.data.entete]).toEqual([[], undefined]);
  });
});
