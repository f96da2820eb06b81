/**
 * `recherche/donnees-index.json`: every passage as a search record, for scripts/indexer.ts, which
 * indexes them with Pagefind after the build and then deletes this file.
 */
import { getCollection } from 'astro:content';
import { passagesIndexes } from '../../noyau/index-dossier.ts';
import { textesDuDossier } from '../../construction/dossier.ts';

export async function GET() {
  const personnes = (await getCollection('personnes')).map(({ id, data }) => ({ id, nom: data.nom, formes: data.formes }));
  return new Response(JSON.stringify(passagesIndexes(await textesDuDossier(), personnes)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
