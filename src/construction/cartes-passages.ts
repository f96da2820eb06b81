/**
 * Each passage's share card (`partage/textes/<slug>/<id>.png`, the preview of its share page, written
 * after the build by integrations/cartes-passages.ts): the
 * opening of the passage, its reference and the dossier's name, in large type for the small size
 * chat applications show. Drawing ~430 cards costs half a minute, so each is kept in a cache keyed
 * by everything drawn (words, layout, fonts' and renderers' versions, palette): an unchanged
 * passage is never drawn again. PNGs use a 16-colour palette (png-palette.ts), a tenth of RGBA.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { EnTete } from '../noyau/entete.ts';
import type { Passage } from '../noyau/modele.ts';
import { extrait, NOM_DU_SITE, reference } from '../noyau/references.ts';
import { configuration } from './config.ts';
import { carteTypographiee, couleurs, mise, rendreCarte, type Carte } from './image-partage.ts';
import { palette, pngEnPalette } from './png-palette.ts';

/** Width of the passages' cards: previews are shown at most ~500 px wide; 1200 × 630 laid out, drawn at this width. */
export const LARGEUR_CARTE = 800;
export const HAUTEUR_CARTE = 420;

const PALETTE = palette(couleurs.fond, [couleurs.texte, couleurs.discret, couleurs.accent], 5);
/** Bumped when png-palette.ts encodes differently (everything else drawn is in the key already). */
const FORMAT = 'png-palette-4bits-1';

const require = createRequire(import.meta.url);
const versions = ['satori', '@resvg/resvg-js', '@fontsource/source-serif-4'].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`);

/** Where the build lists the cards to draw (src/pages/partage/cartes-passages.json.ts), under the output folder. */
export const LISTE_DES_CARTES = 'partage/cartes-passages.json';

/** A card to draw, and its file under the output folder. */
export interface CarteAFaire { fichier: string; carte: Carte }

/** What a passage's card says. */
export function carteDuPassage(entete: Pick<EnTete, 'auteur' | 'titre'>, passage: Pick<Passage, 'id' | 'numero' | 'texte'>): Carte {
  return {
    surtitre: NOM_DU_SITE,
    titre: `${entete.auteur}, ${entete.titre}, ${reference(passage)}`,
    citation: extrait(passage.texte, 150),
    pied: 'Discussion du 8 juin aux Fleurs Arctiques',
  };
}

const dossier = join(configuration().cache, 'cartes-passages');

/** The card as PNG, from the cache when the same card was drawn before (`dessinee: false`). */
export async function carteDuPassagePng(carte: Carte): Promise<{ png: Uint8Array; dessinee: boolean }> {
  const cle = createHash('sha256').update(JSON.stringify({ arbre: mise(carteTypographiee(carte)), versions, PALETTE, FORMAT, LARGEUR_CARTE })).digest('hex').slice(0, 32);
  const fichier = join(dossier, `${cle}.png`);
  try {
    return { png: await readFile(fichier), dessinee: false };
  } catch {
    const rendu = await rendreCarte(carte, LARGEUR_CARTE);
    const png = pngEnPalette(rendu.pixels, rendu.width, rendu.height, PALETTE);
    await mkdir(dossier, { recursive: true });
    // Written aside then renamed: a build stopped halfway leaves no half-written card in the cache.
    await writeFile(`${fichier}.${process.pid}`, png);
    await rename(`${fichier}.${process.pid}`, fichier);
    return { png, dessinee: true };
  }
}
