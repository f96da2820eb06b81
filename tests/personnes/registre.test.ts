/**
 * The persons register: its rules on small inputs, and the real register (content/personnes/)
 * against the real texts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteDuDossier, type TexteSource } from '../../src/noyau/index-dossier.ts';
import { compilerRegistre, datesDe, estAmbigue, normaliserForme, trouverNoms, type Personne } from '../../src/noyau/personnes.ts';
import { renderMarkdown } from '../../src/noyau/pipeline.ts';
import { lirePersonne, lireRegistrePersonnes } from '../../src/construction/registre-personnes.ts';
import { frontmatterOf } from '../../src/noyau/plugins/frontmatter.ts';

const personne = (id: string, formes: string[]): Personne => ({ id, nom: id, formes, role: 'Rôle de test', note: '' });

describe('the register rules', () => {
  it('should normalise initials, spaces and apostrophes in a spelling', () => {
    expect(normaliserForme('A.N.Yakovlev')).toBe('A. N. Yakovlev');
    expect(normaliserForme('L.Trotski')).toBe('L. Trotski');
    expect(normaliserForme("O'Meara")).toBe('O’Meara');
    expect(normaliserForme('I.  N.\nSmirnov')).toBe('I. N. Smirnov');
  });

  it('should prefer the longest spelling, and a spelling with its initials to the bare name', () => {
    const r = compilerRegistre([personne('sergo-b', ['Sergo Béria', 'Sergo']), personne('sergo-o', ['Sergo', 'Sergo Ordjonikidze']), personne('iak-a', ['A. N. Yakovlev']), personne('iak-i', ['Yakovlev'])]);
    expect(trouverNoms(r, 'Sergo Béria, Sergo Ordjonikidze, Sergo, A.N.Yakovlev, B. Yakovlev').map((o) => [o.texte, o.candidats.join('|')])).toEqual([
      ['Sergo Béria', 'sergo-b'], ['Sergo Ordjonikidze', 'sergo-o'], ['Sergo', 'sergo-b|sergo-o'], ['A.N.Yakovlev', 'iak-a'], ['B. Yakovlev', 'iak-i'],
    ]);
    expect(estAmbigue(r, 'Sergo')).toBe(true);
    expect(estAmbigue(r, 'Sergo Béria')).toBe(false);
  });

  it('should never find a name inside a derived word', () => {
    const r = compilerRegistre([personne('trotski', ['Trotski', 'Trotsky']), personne('staline', ['Staline', 'Stalin'])]);
    expect(trouverNoms(r, 'les Trotskistes, stalinien, Staliniens, anti-Staliniens, Trotskyste, Stalinine')).toEqual([]);
  });

  it('should fail early on a bad id, a duplicate id or a spelling listed twice', () => {
    expect(() => compilerRegistre([personne('Iejov', ['Iejov'])])).toThrow('Unexpected person id `Iejov`, expected lowercase ASCII words joined by hyphens');
    expect(() => compilerRegistre([personne('iejov', ['Iejov']), personne('iejov', ['Yezhov'])])).toThrow('Unexpected second person `iejov`, expected unique ids');
    expect(() => compilerRegistre([personne('trotski', ['L.Trotski', 'L. Trotski'])])).toThrow('Unexpected spelling `L. Trotski` listed twice for `trotski`, expected each spelling once');
  });

  it('should reject an entry whose front matter breaks the schema, naming the file and the field', () => {
    expect(() => lirePersonne('---\nnom: Xavier\nformes: [xavier]\nrole: Rôle\n---\n', 'content/personnes/x.md')).toThrow(/^content\/personnes\/x\.md: invalid register entry\n {2}- formes\.0: a spelling starts with a capital letter/);
    expect(() => lirePersonne('nom: X', 'content/personnes/x.md')).toThrow('content/personnes/x.md: expected a YAML front matter between two `---` lines');
  });

  it('should write dates in French, with the agreement when only one is known', () => {
    expect(datesDe({ naissance: 1883, mort: 1936 })).toBe('1883-1936');
    expect(datesDe({ naissance: 1950 })).toBe('né en 1950');
    expect(datesDe({ mort: 1936 })).toBe('mort en 1936');
    expect(datesDe({ naissance: 1926, feminin: true })).toBe('née en 1926');
    expect(datesDe({})).toBe('');
  });
});

describe('the register of the dossier', () => {
  const registre = lireRegistrePersonnes();
  const racine = join(import.meta.dirname, '..', '..', 'content', 'textes');

  it('should read every entry and compile', () => {
    expect(registre.length).toBeGreaterThan(100);
    expect(() => compilerRegistre(registre)).not.toThrow();
  });

  it('should give a death after the birth', () => {
    for (const p of registre) if (p.naissance && p.mort) expect(p.mort, p.id).toBeGreaterThanOrEqual(p.naissance);
  });

  it('should point every `texte_note` at a note that exists in that text', async () => {
    // The texts named by the register, rendered as the site renders them: what the person pages read.
    const textes = new Map<string, TexteSource>();
    for (const p of registre.filter((p) => p.texte_note)) {
      const { texte, note } = p.texte_note!;
      const chemin = join(racine, `${texte}.md`);
      expect(existsSync(chemin), `${p.id}: ${texte}`).toBe(true);
      if (!textes.has(texte)) {
        const file = await renderMarkdown(readFileSync(chemin, 'utf8'), chemin);
        textes.set(texte, { id: texte, data: { titre: texte, auteur: '', ordre: 0 }, rendered: { metadata: { frontmatter: frontmatterOf(file) } } });
      }
      expect(noteDuDossier([...textes.values()], p)?.note, `${p.id}: note ${note} of ${texte}`).toBe(note);
    }
  });

  it('should name the register entry when its `texte_note` names no note', () => {
    const texte: TexteSource = { id: 'lettre', data: { titre: 'Lettre', auteur: '', ordre: 1 }, rendered: { metadata: { frontmatter: { passages: [{ id: 'note-1', numero: '1', alias: [], texte: 'Une note.' }] } } } };
    expect(noteDuDossier([texte], { id: 'x', texte_note: { texte: 'lettre', note: '1' } })).toEqual({ note: '1', titre: 'Lettre', texte: 'Une note.', url: 'textes/lettre/#note-1' });
    expect(() => noteDuDossier([texte], { id: 'x', texte_note: { texte: 'lettre', note: '2' } })).toThrow('content/personnes/x.md: texte_note { texte: lettre, note: "2" } names no note of the dossier');
  });
});
