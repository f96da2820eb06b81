/** What is a passage, and of which kind (`src/noyau/passages/reperage.ts`). */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/noyau/markdown.ts';
import { reperer, texteDe } from '../../src/noyau/passages/reperage.ts';

describe('reperer', () => {
  it('should list the outermost blocks in reading order, each with its kind', () => {
    const md = [
      '::suscription[Au Comité central]',
      'Un paragraphe[^1].',
      '> Une citation\n>\n> en deux paragraphes.',
      '1. premier\n2. second',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      ':::epigraphe\nUne épigraphe.\n:::',
      ':::extrait-image\n![Fac-similé](x.png)\n\nLégende de l’extrait.\n:::',
      ':::section\nDans un conteneur.\n:::',
      '::signature[L’auteur]',
      '[^1]: Une note, qui n’est pas listée ici.',
    ].join('\n\n');
    const reperes = reperer(parseMarkdown(md));
    expect(reperes.map((r) => [r.genre, r.texte])).toEqual([
      ['structure', 'Au Comité central'],
      ['paragraphe', 'Un paragraphe.'],
      ['citation', 'Une citation en deux paragraphes.'],
      ['element-de-liste', 'premier'],
      ['element-de-liste', 'second'],
      ['tableau', 'a b 1 2'],
      ['citation', 'Une épigraphe.'],
      ['extrait', 'Légende de l’extrait.'],
      ['paragraphe', 'Dans un conteneur.'],
      ['structure', 'L’auteur'],
    ]);
    expect(reperes[1]!.position?.start.line).toBe(3);
  });

  it('should skip empty blocks and leaf directives that are not structural lines', () => {
    expect(reperer(parseMarkdown('::lacune[page]\n\n![seule](x.png)\n\nTexte.\n')).map((r) => r.texte)).toEqual(['Texte.']);
  });
});

describe('texteDe', () => {
  it('should collapse spaces, leave note calls out and bracket the edition’s own words', () => {
    const [paragraphe] = parseMarkdown('Un   mot[^1]\net :lacune[illisible] fin.\n\n[^1]: n.\n').children;
    expect(texteDe(paragraphe!)).toBe('Un mot et [illisible] fin.');
  });
});
