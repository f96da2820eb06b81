/**
 * Share images (Open Graph, 1200 × 630 PNG), made at build time without any service or network:
 * satori lays the card out and turns its text into SVG paths with a local font (Source Serif 4,
 * from the `@fontsource/source-serif-4` package), then resvg renders the SVG to PNG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { typographier } from '../noyau/typographie.ts';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { HAUTEUR_IMAGE as HAUTEUR, LARGEUR_IMAGE as LARGEUR } from '../noyau/references.ts';

/** What a card says. */
export interface Carte {
  /** Small line at the top (the kind of text, or the site). */
  surtitre: string;
  /** The title, large. */
  titre: string;
  /** Under the title (the author), in italics. */
  sousTitre?: string;
  /** A quotation, instead of a large title (a passage's card). */
  citation?: string;
  /** Bottom line. */
  pied: string;
}

type Poids = 400 | 600;
type Style = 'normal' | 'italic';
const require = createRequire(import.meta.url);
let polices: Promise<Array<{ name: string; data: Buffer; weight: Poids; style: Style }>> | undefined;

/** The font files, read once per process (Latin and Latin Extended, regular, semibold, italic). */
export function chargerPolices() {
  polices ??= Promise.all(
    (['latin', 'latin-ext'] as const).flatMap((jeu) => ([[400, 'normal'], [600, 'normal'], [400, 'italic']] as Array<[Poids, Style]>).map(async ([weight, style]) => ({
      name: 'Source Serif 4',
      data: await readFile(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${jeu}-${weight}-${style}.woff`)),
      weight,
      style,
    }))),
  );
  return polices;
}

/** A satori element (React-like objects, no JSX needed). */
interface Element { type: string; props: { style?: Record<string, unknown>; children?: Array<Element | string> | Element | string } }
const div = (style: Record<string, unknown>, ...children: Array<Element | string>): Element => ({ type: 'div', props: { style, children } });

export const couleurs = { fond: '#fdfcf8', texte: '#1d1b17', discret: '#5c574d', accent: '#8a2f1f', filet: '#d9d4c7' };

/** The card as satori lays it out (also the key of a card's cache: it holds every word and style). */
export function mise(carte: Carte): Element {
  const centre: Element[] = carte.citation
    // Seen small, in chat applications: large type (passages' excerpts are kept short, cartes-passages.ts).
    ? [div({ fontSize: carte.citation.length > 110 ? 50 : 58, lineHeight: 1.3, color: couleurs.texte }, `« ${carte.citation} »`),
      div({ marginTop: 28, fontSize: 30, fontStyle: 'italic', color: couleurs.discret }, `${carte.titre}${carte.sousTitre ? ` — ${carte.sousTitre}` : ''}`)]
    : [div({ fontSize: carte.titre.length > 70 ? 58 : 72, fontWeight: 600, lineHeight: 1.15, color: couleurs.texte }, carte.titre),
      ...(carte.sousTitre ? [div({ marginTop: 28, fontSize: 38, fontStyle: 'italic', color: couleurs.discret }, carte.sousTitre)] : [])];
  return div(
    { width: LARGEUR, height: HAUTEUR, display: 'flex', backgroundColor: couleurs.fond, fontFamily: 'Source Serif 4' },
    div({ width: 18, height: HAUTEUR, backgroundColor: couleurs.accent }),
    div(
      { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, padding: '56px 72px 48px 64px' },
      div({ fontSize: 26, letterSpacing: 3, textTransform: 'uppercase', color: couleurs.accent }, carte.surtitre),
      div({ display: 'flex', flexDirection: 'column' }, ...centre),
      div({ fontSize: 24, color: couleurs.discret, borderTop: `2px solid ${couleurs.filet}`, paddingTop: 18 }, carte.pied),
    ),
  );
}

/** A card as SVG (text as paths: the SVG needs no font to be shown). */
export async function carteSvg(carte: Carte): Promise<string> {
  return satori(mise(carte) as never, { width: LARGEUR, height: HAUTEUR, fonts: await chargerPolices() });
}

/** An image is seen by readers too: its words get French typography like the pages'. */
export function carteTypographiee(carte: Carte): Carte {
  return Object.fromEntries(Object.entries(carte).map(([cle, valeur]) => [cle, typeof valeur === 'string' ? typographier(valeur) : valeur])) as Carte;
}

/** A card drawn by resvg, `largeur` pixels wide (1200 × 630 by default). */
export async function rendreCarte(carte: Carte, largeur = LARGEUR) {
  const svg = await carteSvg(carteTypographiee(carte));
  return new Resvg(svg, { fitTo: { mode: 'width', value: largeur }, font: { loadSystemFonts: false } }).render();
}

/** A card as PNG, 1200 × 630. */
export async function cartePng(carte: Carte): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array((await rendreCarte(carte)).asPng());
}
