/**
 * « Citer »: each text's reference as files a reference manager opens — `citer/<slug>.bib`
 * (BibTeX), `.ris` (RIS), `.json` (CSL-JSON). A passage's reference is made in the browser from the
 * same data (src/navigateur/partage.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dossier, referenceDe } from '../../construction/publication.ts';
import { bibtex, cslJson, ris, type ReferenceDuTexte } from '../../noyau/bibliographie.ts';
import type { TexteDuDossier } from '../../construction/dossier.ts';

const FORMATS: Record<string, { type: string; ecrire: (ref: ReferenceDuTexte) => string }> = {
  bib: { type: 'application/x-bibtex; charset=utf-8', ecrire: (ref) => bibtex(ref) },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', ecrire: (ref) => ris(ref) },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', ecrire: (ref) => `${JSON.stringify([cslJson(ref)], null, 2)}\n` },
};

export const getStaticPaths = (async () => {
  const { textes } = await dossier();
  return textes.flatMap((texte) => Object.keys(FORMATS).map((ext) => ({ params: { fichier: `${texte.slug}.${ext}` }, props: { texte, ext } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { texte, ext } = props as { texte: TexteDuDossier; ext: string };
  const format = FORMATS[ext]!;
  return new Response(format.ecrire(referenceDe(texte, site, import.meta.env.BASE_URL)), { headers: { 'content-type': format.type } });
};
