/**
 * The dossier itself, modelled once as the build models it (`modelerDossier`): the model of each of
 * its texts must hold together — every mark's words at its offsets, every note called, every
 * correction found in the source —, the register's notes must exist, and the texts must name
 * nobody the register does not know.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesDuDossier, modelerDossier, type TexteTraite } from '../../src/construction/contenu.ts';
import { couvrir, lireNonPersonnes, motsCourantsFrancais, type Couverture } from '../../src/noyau/couverture-personnes.ts';
import { noteDuDossier, type TexteSource } from '../../src/noyau/index-dossier.ts';
import type { Lieu, Modele } from '../../src/noyau/modele.ts';
import { contenuReel, RACINE_CONTENU } from '../helpers/pipeline.ts';

let textes: TexteTraite[];
let couverture: Couverture;
beforeAll(async () => {
  textes = await modelerDossier(contenuReel(), '/');
  const nonPersonnes = lireNonPersonnes(readFileSync(join(RACINE_CONTENU, 'personnes', 'non-personnes.txt'), 'utf8'));
  couverture = couvrir(textes.map((t) => ({ chemin: t.chemin, modele: modeleDe(t) })), contenuReel().repertoire, nonPersonnes, await motsCourantsFrancais());
}, 120_000);
const modeleDe = (t: TexteTraite) => t.file.data.modele as Modele;

/** The plain text a place's offsets count in: its passage's, or its heading's. */
function texteDuLieu(modele: Modele, lieu: Lieu): string {
  if (lieu.passage) return modele.passages.find((p) => p.id === lieu.passage)!.texte;
  return modele.titres[lieu.titre!]!.texte;
}

describe('the dossier', () => {
  it('should model its five texts without an error or a warning', () => {
    expect(textes.map((t) => t.slug)).toEqual(['article-furr', 'essai-werth', 'extraits', 'introduction', 'lettre-boukharine']);
    expect(messagesDuDossier(textes)).toEqual({ erreurs: [], autres: [] });
  });

  it('should place every mention, date and lacuna at its words, in its sentence', () => {
    for (const t of textes) {
      const modele = modeleDe(t);
      const lieux: Array<[Lieu, string]> = [
        ...modele.mentions.map((m): [Lieu, string] => [m, m.forme]),
        ...modele.dates.map((d): [Lieu, string] => [d, d.mots]),
        ...modele.lacunes.map((l): [Lieu, string] => [l, `[${l.texte}]`]),
      ];
      // Every text names persons (the shortest, the extracts printed after Werth's essay, a few).
      expect(modele.mentions.length, t.slug).toBeGreaterThan(t.slug === 'extraits' ? 3 : 10);
      for (const [lieu, mots] of lieux) {
        const ou = `${t.slug} ${lieu.passage || `titre ${lieu.titre}`} ${lieu.debut}`;
        // The edition's words between passages (`::lacune[…]`) are a block of their own: their text is their sentence.
        const horsPassage = lieu.passage === '' && lieu.titre === undefined;
        expect(horsPassage ? mots.startsWith('[') : true, ou).toBe(true);
        const texte = horsPassage ? lieu.phrase : texteDuLieu(modele, lieu);
        expect(texte.slice(lieu.debut, lieu.fin), ou).toBe(mots);
        expect(texte.slice(lieu.debutPhrase, lieu.debutPhrase + lieu.phrase.length), ou).toBe(lieu.phrase);
        expect(lieu.debutPhrase <= lieu.debut && lieu.fin <= lieu.debutPhrase + lieu.phrase.length, ou).toBe(true);
      }
      for (const m of modele.mentions) {
        const registre = m.genre === 'personne' ? contenuReel().repertoire.personnes : contenuReel().repertoireEvenements.evenements;
        expect(registre.has(m.entite), m.entite).toBe(true);
      }
    }
  });

  it('should number the passages in order, with ids given once', () => {
    for (const t of textes) {
      const { passages, passagesRetires } = modeleDe(t);
      const corps = passages.filter((p) => p.genre !== 'note');
      expect(corps.map((p) => p.numero), t.slug).toEqual(corps.map((_, i) => i + 1));
      const ids = passages.flatMap((p) => [p.id, ...p.alias]);
      expect(new Set([...ids, ...passagesRetires]).size, t.slug).toBe(ids.length + passagesRetires.length);
      for (const p of passages) expect(p.texte.trim().length, `${t.slug} ${p.id}`).toBeGreaterThan(0);
    }
  });

  it('should record every note with its calls, the passages that call it and its text', () => {
    for (const t of textes) {
      const { notes, passages } = modeleDe(t);
      const ids = new Set(passages.map((p) => p.id));
      expect(notes.map((n) => n.id), t.slug).toEqual(passages.filter((p) => p.genre === 'note').map((p) => p.id));
      for (const note of notes) {
        expect(note.appels.length, `${t.slug} ${note.id}`).toBeGreaterThan(0);
        expect(note.appels[0]).toBe(`appel-${note.numero}`);
        for (const p of note.appelee) expect(ids.has(p), `${t.slug} ${note.id} ← ${p}`).toBe(true);
        expect(passages.find((p) => p.id === note.id)?.texte, `${t.slug} ${note.id}`).toBe(note.texte);
      }
    }
  });

  it('should have notes', () => {
    expect(textes.flatMap((t) => modeleDe(t).notes).length).toBeGreaterThan(50);
  });

  it('should give every heading an id of its own', () => {
    for (const t of textes) {
      const ids = modeleDe(t).titres.map((titre) => titre.id);
      for (const id of ids) expect(id, t.slug).toMatch(/^[\p{Ll}\p{N}-]+$/u);
      expect(new Set(ids).size, t.slug).toBe(ids.length);
      expect(String(t.file.value)).toContain(`id="${ids[0]}"`);
    }
  });

  it('should find every correction’s source form on its source line, in its passage', () => {
    let total = 0;
    for (const t of textes) {
      const { corrections, fidelite, passages } = modeleDe(t);
      const lignes = contenuReel().sources[fidelite!.fichier]!.split('\n');
      for (const c of corrections) {
        total++;
        const ou = `${t.slug} ${c.id}`;
        expect(passages.some((p) => p.id === c.passage), ou).toBe(true);
        expect(c.ligneSource, ou).toBeDefined();
        // The source form starts on that line (it may go on to the next one, split at a line end).
        const lettres = (texte: string) => texte.replace(/[^\p{L}\p{N}]/gu, '');
        const premierMot = lettres(c.source.split(/\s+/).find((m) => lettres(m)) ?? '');
        if (premierMot) expect(lettres(lignes.slice(c.ligneSource! - 1, c.ligneSource! + 1).join(' ')), ou).toContain(premierMot);
      }
      expect(fidelite!.ecarts, t.slug).toEqual([]);
      expect(fidelite!.motsEdition, t.slug).toBeGreaterThanOrEqual(fidelite!.motsSource - fidelite!.motsRejoints.length - 50);
    }
    expect(total).toBeGreaterThan(0);
  });

  it('should point every register entry’s `texte_note` at a note of that text', () => {
    const sources: TexteSource[] = textes.map((t) => ({ slug: t.slug, entete: t.file.data.entete!, modele: modeleDe(t) }));
    const avecNote = contenuReel().personnes.filter((p) => p.texte_note);
    expect(avecNote.length).toBeGreaterThan(0);
    for (const p of avecNote) expect(noteDuDossier(sources, p)?.note, p.id).toBe(p.texte_note!.note);
  });

  describe('its persons (npm run personnes:couverture)', () => {
    const lignes = (manques: Couverture['inconnus']) => manques.map((m) => `${m.chemin}:${m.ligne}: ${m.mot}`);

    it('should name nobody the register does not know', () => {
      expect(lignes(couverture.inconnus)).toEqual([]);
    });

    it('should write every name in a spelling its register entry lists', () => {
      expect(lignes(couverture.graphies)).toEqual([]);
    });

    it('should mention every person of the register', () => {
      expect(couverture.jamaisMentionnees).toEqual([]);
    });
  });
});
