/**
 * `recherche/personnes.json`: every registered spelling of every person, so that a search naming
 * a person offers that person's page first (src/navigateur/recherche.ts).
 */
import { getCollection } from 'astro:content';
import { datesDe, ordreAlphabetique } from '../../noyau/personnes.ts';

export async function GET() {
  const base = import.meta.env.BASE_URL;
  const personnes = (await getCollection('personnes')).sort(ordreAlphabetique);
  const liste = personnes.map(({ id, data }) => ({ nom: data.nom, url: `${base}personnes/${id}/`, dates: datesDe(data), role: data.role, formes: [data.nom, ...data.formes] }));
  return new Response(JSON.stringify(liste), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
