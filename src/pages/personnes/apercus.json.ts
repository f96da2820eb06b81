/**
 * `personnes/apercus.json`: what the preview of a mention shows (name, dates, role, page), for every
 * person of the register, fetched once by src/navigateur/apercu-personnes.ts.
 */
import { getCollection } from 'astro:content';
import { datesDe } from '../../noyau/personnes.ts';
import { typographier } from '../../noyau/typographie.ts';

export async function GET() {
  const base = import.meta.env.BASE_URL;
  const personnes = await getCollection('personnes');
  const apercus = Object.fromEntries(personnes.map(({ id, data }) => [id, {
    nom: data.nom,
    dates: datesDe(data),
    role: typographier(data.role),
    url: `${base}personnes/${id}/`,
  }]));
  return new Response(JSON.stringify(apercus), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
