/** Each passage's share card (its share page's preview), drawn once per content: see src/construction/cartes-passages.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { carteDuPassage, carteDuPassagePng } from '../../../../construction/cartes-passages.ts';
import { textesDuDossier } from '../../../../construction/dossier.ts';
import type { EnTete } from '../../../../noyau/entete.ts';
import type { Passage } from '../../../../noyau/modele.ts';

export const getStaticPaths = (async () => {
  const textes = await textesDuDossier();
  return textes.flatMap((texte) => texte.modele.passages.map((passage) => ({ params: { slug: texte.slug, passage: passage.id }, props: { entete: texte.entete, passage } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entete, passage } = props as { entete: EnTete; passage: Passage };
  const png = await carteDuPassagePng(carteDuPassage(entete, passage));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
