/**
 * `textes/<slug>/passages.json`: the passages of a text as the model holds them (id, number, older
 * ids, plain text with French typography), for the reader's tools that quote them (the share menu's
 * citation). Fetched only when a reader shares a passage.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { textesDuDossier, type TexteDuDossier } from '../../../construction/dossier.ts';
import { typographier } from '../../../noyau/typographie.ts';

export const getStaticPaths = (async () => {
  const textes = await textesDuDossier();
  return textes.map((texte) => ({ params: { slug: texte.slug }, props: { texte } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { modele } = (props as { texte: TexteDuDossier }).texte;
  const passages = modele.passages.map(({ id, numero, alias, texte }) => ({ id, numero, alias, texte: typographier(texte) }));
  return new Response(JSON.stringify(passages), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
