/** `robots.txt`, pointing to the sitemap (crawlers read it only at the root of a host: see README, « Publier »). */
import { urlAbsolue } from '../noyau/references.ts';
import { robots } from '../noyau/plan-du-site.ts';

export function GET({ site }: { site: URL | undefined }) {
  return new Response(robots(urlAbsolue(site, import.meta.env.BASE_URL, 'sitemap.xml')), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
