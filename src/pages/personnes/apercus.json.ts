/**
 * `personnes/apercus.json`: what the preview of a mention shows (name, dates, role, page), for every
 * person of the register, fetched once by src/scripts/apercu-personnes.ts.
 */
import { getCollection } from 'astro:content';
import { datesDe } from '../../lib/personnes.ts';
import { typographier } from '../../lib/typographie.ts';

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
