/**
 * The EPUB's cover (1600 × 2400 PNG), drawn at build time like the share images
 * (src/construction/image-partage.ts): satori with the local Source Serif 4, then resvg. No network.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { chargerPolices, couleurs } from './image-partage.ts';

export const LARGEUR_COUVERTURE = 1600;
export const HAUTEUR_COUVERTURE = 2400;

export interface Couverture {
  titre: string;
  /** Under the title, in italics. */
  sousTitre: string;
  /** The texts' authors, one a line. */
  auteurs: readonly string[];
  /** Bottom line. */
  pied: string;
}

type Noeud = { type: string; props: { style?: Record<string, unknown>; children?: Array<Noeud | string> | Noeud | string } };
const div = (style: Record<string, unknown>, ...children: Array<Noeud | string>): Noeud => ({ type: 'div', props: { style, children } });

/** The cover as PNG. */
export async function couverturePng(c: Couverture): Promise<Buffer> {
  const mise = div(
    { width: LARGEUR_COUVERTURE, height: HAUTEUR_COUVERTURE, display: 'flex', flexDirection: 'column', backgroundColor: couleurs.fond, fontFamily: 'Source Serif 4' },
    div({ height: 40, backgroundColor: couleurs.accent }),
    div(
      { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, padding: '200px 150px 150px' },
      div(
        { display: 'flex', flexDirection: 'column' },
        div({ fontSize: 150, fontWeight: 600, lineHeight: 1.1, color: couleurs.texte }, c.titre),
        div({ marginTop: 70, fontSize: 64, fontStyle: 'italic', lineHeight: 1.3, color: couleurs.discret }, c.sousTitre),
      ),
      div({ display: 'flex', flexDirection: 'column', borderTop: `4px solid ${couleurs.filet}`, paddingTop: 60 }, ...c.auteurs.map((a) => div({ fontSize: 60, lineHeight: 1.5, color: couleurs.texte }, a))),
      div({ fontSize: 44, letterSpacing: 4, textTransform: 'uppercase', color: couleurs.accent }, c.pied),
    ),
  );
  const svg = await satori(mise as never, { width: LARGEUR_COUVERTURE, height: HAUTEUR_COUVERTURE, fonts: await chargerPolices() });
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: LARGEUR_COUVERTURE }, font: { loadSystemFonts: false } }).render().asPng());
}
