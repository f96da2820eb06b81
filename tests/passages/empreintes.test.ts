/** Fingerprints of a passage's text (`src/noyau/passages/empreintes.ts`). */
import { describe, expect, it } from 'vitest';
import { decoderSignature, empreinte, encoderSignature, inclusion, normaliser, signature, similarite } from '../../src/noyau/passages/empreintes.ts';

const texte = 'J’étais en voyage, je n’avais pas la moindre idée de ce qui se passait au procès. En ouvrant le journal, je suis tombé sur les déclarations.';

describe('empreinte', () => {
  it('should ignore typography: quotes, apostrophes, kinds of spaces, spaces before punctuation', () => {
    expect(normaliser('« Oui »\u202F; l’homme…  ')).toBe('"Oui"; l\'homme...');
    expect(empreinte('« Il a dit : l’accusé »')).toBe(empreinte('"Il a dit: l\'accusé"'));
    expect(empreinte('Un\u00A0mot')).toBe(empreinte('Un mot'));
  });

  it('should change with a letter, and be 16 hex digits', () => {
    expect(empreinte('accusation')).not.toBe(empreinte('accusations'));
    expect(empreinte(texte)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('signature', () => {
  it('should find a corrected passage similar, another passage not', () => {
    const a = signature(texte);
    expect(similarite(a, a)).toBe(1);
    expect(similarite(a, signature(texte.replace('procès', 'procés')))).toBeGreaterThan(0.7);
    expect(similarite(a, signature('Le Comité central se réunit en séance plénière pour examiner la question.'))).toBeLessThan(0.2);
  });

  it('should tell that a part is included in the whole', () => {
    const partie = signature('En ouvrant le journal, je suis tombé sur les déclarations.');
    expect(inclusion(partie, signature(texte))).toBeGreaterThan(0.6);
    expect(inclusion(signature(texte), partie)).toBeLessThan(0.6);
  });

  it('should survive encoding for the ledger', () => {
    const s = signature(texte);
    const encodee = encoderSignature(s);
    expect(encodee).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(decoderSignature(encodee, s.taille)).toEqual(s);
  });
});
