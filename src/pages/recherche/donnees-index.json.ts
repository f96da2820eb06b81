/**
 * `recherche/donnees-index.json`: every passage as a search record, for scripts/indexer.ts, which
 * indexes them with Pagefind after the build and then deletes this file.
 */
import { getCollection } from 'astro:content';
import { passagesIndexes } from '../../noyau/index-dossier.ts';
import { textesDuDossier } from '../../construction/dossier.ts';
import { typographier } from '../../noyau/typographie.ts';

export async function GET() {
  const personnes = (await getCollection('personnes')).map(({ id, data }) => ({ id, nom: data.nom, formes: [...data.formes, ...(data.autres_formes ?? [])] }));
  const evenements = (await getCollection('evenements')).map(({ id, data }) => ({ id, nom: data.nom, formes: [...data.formes, ...(data.autres_formes ?? [])] }));
  // Results show these words to readers: French typography, as on the pages.
  const records = passagesIndexes(await textesDuDossier(), personnes, evenements).map((r) => ({ ...r, contenu: typographier(r.contenu), titre: typographier(r.titre) }));
  return new Response(JSON.stringify(records), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
