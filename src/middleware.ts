/**
 * French typography on every page, at the one place every page passes through, in `astro dev` as
 * in the build: the texts, the templates' words, titles, meta descriptions and previews (see
 * `typographierArbre`). Other responses (images, JSON) are left as they are: their endpoints typeset
 * their own words.
 */
import { defineMiddleware } from 'astro:middleware';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { typographierArbre } from './noyau/typographie.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const reponse = await next();
  if (!reponse.headers.get('content-type')?.includes('text/html')) return reponse;
  const arbre = fromHtml(await reponse.text());
  typographierArbre(arbre);
  return new Response(toHtml(arbre, { upperDoctype: true }), { status: reponse.status, statusText: reponse.statusText, headers: reponse.headers });
});
