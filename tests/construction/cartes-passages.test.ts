/**
 * Passages' share cards (src/construction/cartes-passages.ts): drawn once per content into the
 * cache, read back unchanged, drawn again when the words change; a valid 4-bit palette PNG.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const cache = mkdtempSync(join(tmpdir(), 'cartes-'));
process.env.ASTRO_CACHE_DIR = cache;
const { carteDuPassage, carteDuPassagePng, HAUTEUR_CARTE, LARGEUR_CARTE } = await import('../../src/construction/cartes-passages.ts');
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const entete = { auteur: 'Nikolaï Boukharine', titre: 'Lettre de Boukharine aux membres du Politburo' };
const passage = { id: 'p12', numero: 12, texte: 'Je déclare non seulement que je suis innocent des crimes qui me sont imputés : « c’est une infamie ». '.repeat(3) };
const fichiers = () => readdirSync(join(cache, 'cartes-passages'));

describe('passages’ share cards', () => {
  it('should say the opening words, the reference and the dossier', () => {
    const carte = carteDuPassage(entete, passage);
    expect(carte.titre).toBe('Nikolaï Boukharine, Lettre de Boukharine aux membres du Politburo, § 12');
    expect(carte.citation!.length).toBeLessThanOrEqual(151);
    expect(carte.citation!.endsWith('…')).toBe(true);
    expect(carte.surtitre).toBe('Les procès de Moscou — dossier');
  });

  it('should draw a card once, then read it from the cache, and draw again when the words change', async () => {
    const { png, dessinee } = await carteDuPassagePng(carteDuPassage(entete, passage));
    expect(dessinee).toBe(true);
    expect(fichiers()).toHaveLength(1);
    const ecrit = statSync(join(cache, 'cartes-passages', fichiers()[0]!)).mtimeMs;
    const encore = await carteDuPassagePng(carteDuPassage(entete, passage));
    expect(encore.dessinee).toBe(false);
    expect(Buffer.from(encore.png).equals(Buffer.from(png))).toBe(true);
    expect(statSync(join(cache, 'cartes-passages', fichiers()[0]!)).mtimeMs).toBe(ecrit);
    // Words beyond the card's excerpt change nothing drawn; its opening words do.
    await carteDuPassagePng(carteDuPassage(entete, { ...passage, texte: `${passage.texte} Ajout.` }));
    expect(fichiers()).toHaveLength(1);
    await carteDuPassagePng(carteDuPassage(entete, { ...passage, texte: `Ajout. ${passage.texte}` }));
    expect(fichiers()).toHaveLength(2);
  }, 30_000);

  it('should be a 4-bit palette PNG of the announced size, with ink on its paper', async () => {
    const png = Buffer.from((await carteDuPassagePng(carteDuPassage(entete, passage))).png);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([LARGEUR_CARTE, HAUTEUR_CARTE, 4, 3]);
    const plte = png.indexOf('PLTE');
    expect(png.readUInt32BE(plte - 4) / 3).toBeLessThanOrEqual(16);
    const idat = png.indexOf('IDAT');
    const brut = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const ligne = LARGEUR_CARTE / 2 + 1;
    expect(brut.length).toBe(ligne * HAUTEUR_CARTE);
    // Mostly paper (index 0), and ink in many shades (antialiased letters).
    const indices = new Set<number>();
    let papier = 0;
    for (let y = 0; y < HAUTEUR_CARTE; y++) {
      for (let x = 1; x < ligne; x++) {
        const octet = brut[y * ligne + x]!;
        for (const i of [octet >> 4, octet & 15]) { indices.add(i); if (i === 0) papier++; }
      }
    }
    expect(papier / (LARGEUR_CARTE * HAUTEUR_CARTE)).toBeGreaterThan(0.6);
    expect(indices.size).toBeGreaterThan(8);
  }, 30_000);
});
