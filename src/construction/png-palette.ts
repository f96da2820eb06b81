/**
 * A PNG with a small palette (4 bits a pixel), for the passages' share cards: their few inks on one
 * paper, with a few steps of antialiasing between, compress to a fraction of resvg's RGBA PNG.
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

const hex = (c: string): Rgb => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as Rgb;

/** The paper, and each ink in `pas` steps from the paper to the ink (antialiased edges): at most 16 colours. */
export function palette(papier: string, encres: readonly string[], pas = 4): Rgb[] {
  const fond = hex(papier);
  const couleurs: Rgb[] = [fond];
  for (const encre of encres.map(hex)) {
    for (let k = 1; k <= pas; k++) couleurs.push(fond.map((f, i) => Math.round(f + ((encre[i]! - f) * k) / pas)) as Rgb);
  }
  if (couleurs.length > 16) throw new Error(`palette de ${couleurs.length} couleurs : 16 au plus`);
  return couleurs;
}

function morceau(type: string, donnees: Uint8Array): Buffer {
  const longueur = Buffer.alloc(4);
  longueur.writeUInt32BE(donnees.length);
  const corps = Buffer.concat([Buffer.from(type, 'latin1'), donnees]);
  const controle = Buffer.alloc(4);
  controle.writeUInt32BE(crc32(corps));
  return Buffer.concat([longueur, corps, controle]);
}

/** Opaque RGBA pixels as a 4-bit palette PNG, each pixel taking the nearest colour of `couleurs`. */
export function pngEnPalette(pixels: Uint8Array, largeur: number, hauteur: number, couleurs: readonly Rgb[]): Uint8Array<ArrayBuffer> {
  const parLigne = Math.ceil(largeur / 2);
  const brut = Buffer.alloc((parLigne + 1) * hauteur);
  const memoire = new Map<number, number>();
  for (let y = 0; y < hauteur; y++) {
    const ligne = y * (parLigne + 1);
    for (let x = 0; x < largeur; x++) {
      const i = (y * largeur + x) * 4;
      const cle = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
      let indice = memoire.get(cle);
      if (indice === undefined) {
        let meilleure = Infinity;
        indice = 0;
        couleurs.forEach(([r, g, b], k) => {
          const d = (r - pixels[i]!) ** 2 + (g - pixels[i + 1]!) ** 2 + (b - pixels[i + 2]!) ** 2;
          if (d < meilleure) { meilleure = d; indice = k; }
        });
        memoire.set(cle, indice);
      }
      brut[ligne + 1 + (x >> 1)]! |= x % 2 === 0 ? indice << 4 : indice;
    }
  }
  const entete = Buffer.alloc(13);
  entete.writeUInt32BE(largeur, 0);
  entete.writeUInt32BE(hauteur, 4);
  entete.set([4, 3, 0, 0, 0], 8); // 4 bits, palette, deflate, no filter method, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    morceau('IHDR', entete),
    morceau('PLTE', Uint8Array.from(couleurs.flat())),
    morceau('IDAT', deflateSync(brut, { level: 9 })),
    morceau('IEND', new Uint8Array()),
  ]);
  return new Uint8Array(png);
}
