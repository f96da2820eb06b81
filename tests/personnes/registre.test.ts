/**
 * The persons register: its rules on small inputs, and the real register (content/personnes/).
 * Its `texte_note`s are checked against the modelled dossier in tests/construction/dossier.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { noteDuDossier, type TexteSource } from '../../src/noyau/index-dossier.ts';
import { compilerRegistre, datesDe, estAmbigue, normaliserForme, ordreAlphabetique, trouverNoms, type Personne } from '../../src/noyau/personnes.ts';
import { lireContenu, lirePersonne, lireRegistrePersonnes } from '../../src/construction/contenu.ts';
import { contenuTemporaire, RACINE_CONTENU } from '../helpers/pipeline.ts';

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
    expect(() => compilerRegistre([personne('Iejov', ['Iejov'])])).toThrow('identifiant de personne `Iejov` invalide : des mots ASCII en minuscules joints par des traits d’union sont attendus');
    expect(() => compilerRegistre([personne('iejov', ['Iejov']), personne('iejov', ['Yezhov'])])).toThrow('deuxième fiche `iejov` : chaque identifiant est unique');
    expect(() => compilerRegistre([personne('trotski', ['L.Trotski', 'L. Trotski'])])).toThrow('graphie « L. Trotski » donnée deux fois pour `trotski` : chaque graphie une seule fois');
  });

  it('should give each former id one page: neither a current id nor another entry’s former id', () => {
    const avec = (id: string, anciens: string[]) => ({ ...personne(id, [id[0]!.toUpperCase() + id.slice(1)]), anciens_ids: anciens });
    expect(compilerRegistre([avec('silver', ['argent']), avec('peskarev', ['peskarov'])]).personnes.size).toBe(2);
    expect(() => compilerRegistre([avec('silver', ['argent']), avec('argent', [])])).toThrow('ancien identifiant `argent` de `silver` : c’est l’identifiant de la fiche `argent` ; une adresse ne mène qu’à une page');
    expect(() => compilerRegistre([avec('silver', ['argent']), avec('peskarev', ['argent'])])).toThrow('ancien identifiant `argent` de `peskarev` : c’est déjà un ancien identifiant de `silver` ; une adresse ne mène qu’à une page');
  });

  it('should reject an entry whose front matter breaks the schema, naming the file, the line, the column and the field', () => {
    expect(() => lirePersonne('---\nnom: Xavier\nformes: [xavier]\nrole: Rôle\n---\n', 'content/personnes/x.md')).toThrow(/^content\/personnes\/x\.md:3:10 : en-tête, formes\.0 : /);
    expect(() => lirePersonne('---\nnom: Xavier\nformes: [Xavier]\nrole: Rôle\nnaissance: mille\n---\n', 'content/personnes/x.md')).toThrow(/^content\/personnes\/x\.md:5:12 : en-tête, naissance : /);
    expect(() => lirePersonne('---\nnom: Kamenev\nformes: [Kamenev]\nrole: Rôle\ntexte_note: { texte: lettre, note: "3" }\n---\n\nUne copie.\n', 'content/personnes/x.md'))
      .toThrow('content/personnes/x.md:8:1 : la fiche renvoie à la note 3 du dossier (texte_note), montrée depuis le texte lui-même : retirer la copie du corps');
    expect(() => lirePersonne('nom: X', 'content/personnes/x.md')).toThrow('content/personnes/x.md:1:1 : un en-tête YAML entre deux lignes `---` est attendu');
  });

  it('should read an entry: its id from the file name, its note from the body', () => {
    expect(lirePersonne('---\nnom: Xavier Dupont\nformes: [Dupont]\nrole: Rôle\nnaissance: 1900\n---\n\nUne note.\n', 'content/personnes/dupont.md'))
      .toEqual({ id: 'dupont', nom: 'Xavier Dupont', formes: ['Dupont'], role: 'Rôle', naissance: 1900, note: 'Une note.' });
  });

  it('should name the folder of a register that does not compile, or is missing', () => {
    const racine = contenuTemporaire({ 'personnes/kamenev-bis.md': '---\nnom: Autre\nformes: [Kamenev, Kamenev]\nrole: Rôle\n---\n' });
    expect(() => lireContenu(racine)).toThrow(/personnes : graphie « Kamenev » donnée deux fois pour `kamenev-bis`/);
    expect(() => lireRegistrePersonnes('/nulle-part')).toThrow('/nulle-part/personnes : pas de registre des personnes (une fiche Markdown par personne est attendue)');
  });

  it('should write dates in French, with the agreement when only one is known', () => {
    expect(datesDe({ naissance: 1883, mort: 1936 })).toBe('1883-1936');
    expect(datesDe({ naissance: 1950 })).toBe('né en 1950');
    expect(datesDe({ mort: 1936 })).toBe('mort en 1936');
    expect(datesDe({ naissance: 1926, feminin: true })).toBe('née en 1926');
    expect(datesDe({})).toBe('');
    expect(datesDe({ mort: 1990, feminin: true })).toBe('morte en 1990');
  });

  it('should sort entries by their id', () => {
    expect(['zinoviev', 'iejov', 'boukharine'].map((id) => ({ id })).sort(ordreAlphabetique).map((p) => p.id)).toEqual(['boukharine', 'iejov', 'zinoviev']);
  });
});

describe('the register of the dossier', () => {
  const registre = lireRegistrePersonnes(RACINE_CONTENU);

  it('should read every entry and compile', () => {
    expect(registre.length).toBeGreaterThan(100);
    expect(() => compilerRegistre(registre)).not.toThrow();
  });

  it('should give a death after the birth', () => {
    for (const p of registre) if (p.naissance && p.mort) expect(p.mort, p.id).toBeGreaterThanOrEqual(p.naissance);
  });

  it('should name the register entry when its `texte_note` names no note', () => {
    const texte: TexteSource = {
      slug: 'lettre', entete: { titre: 'Lettre', auteur: '', ordre: 1 },
      modele: { passages: [], mentions: [], dates: [], titres: [], notes: [{ numero: '1', id: 'note-1', appels: ['appel-1'], appelee: ['p1'], texte: 'Une note.', lacunes: [] }] },
    };
    expect(noteDuDossier([texte], { id: 'x', texte_note: { texte: 'lettre', note: '1' } })).toEqual({ note: '1', titre: 'Lettre', texte: 'Une note.', url: 'textes/lettre/#note-1' });
    expect(noteDuDossier([texte], { id: 'x' })).toBeUndefined();
    expect(() => noteDuDossier([texte], { id: 'x', texte_note: { texte: 'lettre', note: '2' } })).toThrow('content/personnes/x.md:1:1 : texte_note { texte: lettre, note: "2" } ne désigne aucune note du dossier');
    expect(() => noteDuDossier([texte], { id: 'x', texte_note: { texte: 'autre', note: '1' } })).toThrow('ne désigne aucune note du dossier');
  });
});
