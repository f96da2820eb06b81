/**
 * `sitemap.xml`: the pages worth indexing — home, texts, persons, events, chronology. Not the share pages
 * (each one's canonical address is its passage in the text), the search page, the 404 page nor the
 * offline file.
 */
import { getCollection } from 'astro:content';
import { urlAbsolue } from '../noyau/references.ts';
import { planDuSite } from '../noyau/plan-du-site.ts';
import { ordreAlphabetique } from '../noyau/personnes.ts';
import { textesDuDossier } from '../construction/dossier.ts';

export async function GET({ site }: { site: URL | undefined }) {
  const base = import.meta.env.BASE_URL;
  const textes = await textesDuDossier();
  const personnes = (await getCollection('personnes')).sort(ordreAlphabetique);
  const evenements = (await getCollection('evenements')).map((e) => e.id).sort();
  const chemins = ['', ...textes.map((t) => `textes/${t.slug}/`), 'personnes/', ...personnes.map((p) => `personnes/${p.id}/`), 'evenements/', ...evenements.map((id) => `evenements/${id}/`), 'chronologie/'];
  return new Response(planDuSite(chemins.map((chemin) => urlAbsolue(site, base, chemin))), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
