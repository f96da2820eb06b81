/**
 * What search engines read besides the pages: the sitemap (sitemaps.org protocol 0.9) and
 * robots.txt. Pure: the endpoints (src/pages/sitemap.xml.ts, src/pages/robots.txt.ts) give the
 * absolute addresses.
 */

/** The sitemap listing `adresses` (absolute URLs), in the given order. */
export function planDuSite(adresses: readonly string[]): string {
  const echappements: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
  const entrees = adresses.map((adresse) => `  <url><loc>${adresse.replace(/[&<>"']/g, (c) => echappements[c]!)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entrees.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled (share pages say `noindex` themselves); where the sitemap is. */
export function robots(sitemap: string): string {
  return `User-agent: *\nDisallow:\n\nSitemap: ${sitemap}\n`;
}
