/** `donnees/textes/<slug>.json`: one text with its passages, notes, mentions, dates and corrections (src/noyau/export-donnees.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { urlAbsolue } from '../../../noyau/references.ts';
import { reponseJson, texteExporte } from '../../../noyau/export-donnees.ts';
import { dossier } from '../../../construction/publication.ts';
import type { TexteDuDossier } from '../../../construction/dossier.ts';

export const getStaticPaths = (async () => {
  const { textes } = await dossier();
  return textes.map((texte) => ({ params: { slug: texte.slug }, props: { texte } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => reponseJson(texteExporte((props as { texte: TexteDuDossier }).texte, (chemin) => urlAbsolue(site, import.meta.env.BASE_URL, chemin)));
