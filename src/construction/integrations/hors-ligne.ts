/**
 * Astro integration: after the build, writes the offline edition (`hors-ligne/proces-de-moscou.html`,
 * see `src/construction/hors-ligne.ts`) from the built pages, in the texts' order on the home page.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { configuration } from '../config.ts';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { editionHorsLigne, FICHIER_HORS_LIGNE, lecteur } from '../hors-ligne.ts';

export default function horsLigne(): AstroIntegration {
  // The base path and the site's address, as astro.config.ts has them.
  const { base, site } = configuration();
  return {
    name: 'edition-hors-ligne',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const accueil = fromHtml(readFileSync(join(dist, 'index.html'), 'utf8'));
        const slugs: string[] = [];
        const feuilles: string[] = [];
        let presentation = '';
        const lienTexte = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}textes/([^/#]+)/$`);
        visit(accueil, 'element', (node) => {
          const href = node.properties.href;
          if (node.tagName === 'a' && typeof href === 'string') {
            const slug = lienTexte.exec(href)?.[1];
            if (slug && !slugs.includes(decodeURIComponent(slug))) slugs.push(decodeURIComponent(slug));
          }
          if (node.tagName === 'link' && String(node.properties.rel) === 'stylesheet' && typeof href === 'string') feuilles.push(href);
          if (!presentation && (node.properties.className as string[] | undefined)?.includes('presentation')) {
            visit(node, 'text', (t) => {
              presentation += t.value;
            });
          }
        });
        if (slugs.length === 0) throw new Error('edition-hors-ligne : l’accueil ne mène à aucun texte (des liens vers textes/<slug>/ sont attendus)');
        const lire = lecteur(dist, base);
        const textes = slugs.map((slug) => ({ slug, html: readFileSync(join(dist, 'textes', slug, 'index.html'), 'utf8') }));
        // The texts' stylesheets (the home page's, and any a text page adds).
        const pageDeTexte = fromHtml(textes[0]!.html);
        visit(pageDeTexte, 'element', (node) => {
          const href = node.properties.href;
          if (node.tagName === 'link' && String(node.properties.rel) === 'stylesheet' && typeof href === 'string' && !feuilles.includes(href)) feuilles.push(href);
        });
        const css = feuilles.map((href) => {
          const contenu = lire(href);
          if (!contenu) throw new Error(`edition-hors-ligne : feuille de style ${href} absente de la construction`);
          return contenu.toString('utf8');
        }).join('\n');
        // The public address, unless the build is a local one (SITE_URL unset).
        const adresse = site && !/^https?:\/\/(127\.0\.0\.1|localhost)\b/.test(site) ? new URL(base, site).href : undefined;
        const html = editionHorsLigne({ textes, base, css, lire, presentation: presentation.trim(), adresse });
        const sortie = join(dist, FICHIER_HORS_LIGNE);
        mkdirSync(dirname(sortie), { recursive: true });
        writeFileSync(sortie, html);
        logger.info(`${FICHIER_HORS_LIGNE}: ${textes.length} texts, ${Math.round(Buffer.byteLength(html) / 1024)} KiB`);
      },
    },
  };
}
