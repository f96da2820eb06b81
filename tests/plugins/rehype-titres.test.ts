/**
 * rehype-titres on small hast trees of its own: which elements are headings, the ids they get
 * (github-slugger on the text as readers see it), the ids a plugin already gave, and the model's
 * headings that receive them.
 */
import type { Element, ElementContent, Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Modele } from '../../src/noyau/modele.ts';
import rehypeTitres from '../../src/noyau/plugins/rehype-titres.ts';

const element = (tagName: string, texte: string, properties: Element['properties'] = {}): Element =>
  ({ type: 'element', tagName, properties, children: [{ type: 'text', value: texte }] });

/** Run the plugin on a root holding `enfants`; the ids of every element, in order. */
function ids(enfants: ElementContent[], file = new VFile()): unknown[] {
  const tree: Root = { type: 'root', children: enfants };
  rehypeTitres()(tree, file);
  return enfants.map((e) => (e.type === 'element' ? e.properties.id : undefined));
}

const titreDuModele = (texte: string) => ({ profondeur: 2, texte, id: '', ligne: 1 });

describe('rehype-titres', () => {
  it('should give every heading h1 to h6 the slug of its text, French typography included, and leave other elements alone', () => {
    const enfants: ElementContent[] = [
      element('h1', 'Les procès : un bilan'),
      element('p', 'Un paragraphe'),
      element('h6', 'Les procès : un bilan'),
      element('hr', 'h1'),
      element('h1-titre', 'Un élément à soi'),
      element('mon-h2', 'Un autre'),
    ];
    expect(ids(enfants)).toEqual(['les-procès-un-bilan', undefined, 'les-procès-un-bilan-1', undefined, undefined, undefined]);
  });

  it('should read the whole text of a heading, across its inline elements', () => {
    const titre: Element = { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'Chez ' }, element('em', 'Staline'), { type: 'text', value: ' encore' }] };
    expect(ids([titre])).toEqual(['chez-staline-encore']);
  });

  it('should keep the id a plugin gave a heading, leave it out of the model and not count it', () => {
    const file = new VFile();
    const titres = [titreDuModele('Premier'), titreDuModele('Second')];
    file.data.modele = { titres } as unknown as Modele;
    expect(ids([element('h2', 'Premier'), element('h2', 'Notes', { id: 'notes' }), element('h2', 'Second')], file)).toEqual(['premier', 'notes', 'second']);
    expect(titres.map((t) => t.id)).toEqual(['premier', 'second']);
  });

  it('should give ids to headings the model does not list, and run without a model', () => {
    const file = new VFile();
    const titres = [titreDuModele('Premier')];
    file.data.modele = { titres } as unknown as Modele;
    expect(ids([element('h2', 'Premier'), element('h3', 'En plus')], file)).toEqual(['premier', 'en-plus']);
    expect(titres).toEqual([{ profondeur: 2, texte: 'Premier', id: 'premier', ligne: 1 }]);
    expect(ids([element('h2', 'Sans modèle')])).toEqual(['sans-modèle']);
  });
});
