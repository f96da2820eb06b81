/** Each text's share image (Open Graph), made at build time: see src/construction/image-partage.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { NOM_DU_SITE } from '../../../noyau/references.ts';
import { dateEnLettres } from '../../../noyau/dates.ts';
import { cartePng } from '../../../construction/image-partage.ts';
import { genres, textesDuDossier, type TexteDuDossier } from '../../../construction/dossier.ts';

export const getStaticPaths = (async () => {
  const textes = await textesDuDossier();
  return textes.map((texte) => ({ params: { slug: texte.slug }, props: { texte } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entete: data } = (props as { texte: TexteDuDossier }).texte;
  const png = await cartePng({
    surtitre: data.date ? `${genres[data.genre]} · ${dateEnLettres(data.date)}` : genres[data.genre],
    titre: data.titre,
    sousTitre: data.traduction ? `${data.auteur} (traduction : ${data.traduction})` : data.auteur,
    pied: `${NOM_DU_SITE} · discussion du 8 juin aux Fleurs Arctiques`,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
