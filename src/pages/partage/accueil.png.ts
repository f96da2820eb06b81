/** The home page's share image (Open Graph), made at build time: see src/construction/image-partage.ts. */
import type { APIRoute } from 'astro';
import { cartePng } from '../../construction/image-partage.ts';

export const GET: APIRoute = async () => {
  const png = await cartePng({
    surtitre: 'Dossier · discussion du 8 juin',
    titre: 'Les procès de Moscou',
    sousTitre: 'Souvarine, Werth, Furr, Boukharine : les textes réunis pour la discussion',
    pied: 'Édition de lecture en ligne · Fleurs Arctiques, Paris',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
