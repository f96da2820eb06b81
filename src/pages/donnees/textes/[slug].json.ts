/** `donnees/textes/<slug>.json`: one text with its passages, notes, mentions, dates and corrections (src/lib/export-donnees.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { urlAbsolue } from '../../../lib/apercu.ts';
import { reponseJson, texteExporte } from '../../../lib/export-donnees.ts';
import { dossier } from '../../../lib/publication.ts';
import type { Texte } from '../../../lib/textes.ts';

export const getStaticPaths = (async () => {
  const { textes } = await dossier();
  return textes.map((texte) => ({ params: { slug: texte.id }, props: { texte } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => reponseJson(texteExporte((props as { texte: Texte }).texte, (chemin) => urlAbsolue(site, import.meta.env.BASE_URL, chemin)));
