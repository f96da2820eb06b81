/** The sitemap and robots.txt (src/noyau/plan-du-site.ts). */
import { describe, expect, it } from 'vitest';
import { planDuSite, robots } from '../../src/noyau/plan-du-site.ts';

describe('planDuSite', () => {
  it('should list the addresses in the given order, in the sitemaps.org protocol', () => {
    expect(planDuSite(['https://exemple.org/', 'https://exemple.org/textes/lettre/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://exemple.org/</loc></url>\n' +
        '  <url><loc>https://exemple.org/textes/lettre/</loc></url>\n' +
        '</urlset>\n',
    );
  });

  it('should escape the characters XML reserves, and only them', () => {
    expect(planDuSite(['https://exemple.org/a?b=1&c=<d>"e\'f-é'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://exemple.org/a?b=1&amp;c=&lt;d&gt;&quot;e&apos;f-é</loc></url>\n' +
        '</urlset>\n',
    );
  });

  it('should give an empty urlset for no address', () => {
    expect(planDuSite([])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n\n</urlset>\n');
  });
});

describe('robots', () => {
  it('should let everything be crawled and say where the sitemap is', () => {
    expect(robots('https://exemple.org/sitemap.xml')).toBe('User-agent: *\nDisallow:\n\nSitemap: https://exemple.org/sitemap.xml\n');
  });
});
