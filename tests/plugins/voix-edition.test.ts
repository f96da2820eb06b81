/** The directives whose words are the edition's own (src/noyau/voix-edition.ts). */
import { describe, expect, it } from 'vitest';
import { directivesDeLEdition, estVoixDeLEdition } from '../../src/noyau/voix-edition.ts';

describe('estVoixDeLEdition', () => {
  it('should know :lacune and :remarque as the edition’s own, in every form of directive', () => {
    expect([...directivesDeLEdition].sort()).toEqual(['lacune', 'remarque']);
    for (const type of ['textDirective', 'leafDirective', 'containerDirective']) {
      expect(estVoixDeLEdition({ type, name: 'lacune' }), type).toBe(true);
      expect(estVoixDeLEdition({ type, name: 'remarque' }), type).toBe(true);
    }
  });

  it('should not take the source’s directives, nor nodes that are not directives', () => {
    expect(estVoixDeLEdition({ type: 'textDirective', name: 'sic' })).toBe(false);
    expect(estVoixDeLEdition({ type: 'containerDirective', name: 'personne' })).toBe(false);
    expect(estVoixDeLEdition({ type: 'textDirective' })).toBe(false);
    expect(estVoixDeLEdition({ type: 'text', name: 'lacune' })).toBe(false);
    expect(estVoixDeLEdition({ type: 'paragraph', name: 'remarque' })).toBe(false);
  });
});
