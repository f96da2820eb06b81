/**
 * The list of the passages' share cards (what each says, where it goes), for the integration that
 * draws them after the build (src/construction/integrations/cartes-passages.ts), which removes this
 * file: one route for ~430 images, rather than one route each (Astro's cost per route, ~15 ms,
 * would be most of a build with warm cards).
 */
import type { APIRoute } from 'astro';
import { carteDuPassage, type CarteAFaire } from '../../construction/cartes-passages.ts';
import { textesDuDossier } from '../../construction/dossier.ts';

export const GET: APIRoute = async () => {
  const textes = await textesDuDossier();
  const cartes: CarteAFaire[] = textes.flatMap((texte) => texte.modele.passages.map((passage) => ({
    fichier: `partage/textes/${texte.slug}/${passage.id}.png`,
    carte: carteDuPassage(texte.entete, passage),
  })));
  return new Response(JSON.stringify(cartes), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
