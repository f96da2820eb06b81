/**
 * Astro integration: after the build (and after the offline file), writes the EPUB
 * (`hors-ligne/proces-de-moscou.epub`, see src/construction/epub.ts) from the built text pages and the data
 * export (`donnees/`: the texts' order, translators, the persons index), then writes each
 * downloadable file's size where a page announces it (`<span data-taille-de="hors-ligne/…">`).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { configuration } from '../config.ts';
import { fromHtml } from 'hast-util-from-html';
import { CONTINUE, visit } from 'unist-util-visit';
import { couverturePng } from '../couverture.ts';
import { editionEpub, FICHIER_EPUB, type PersonneIndex, type Police } from '../epub.ts';
import { lecteur } from '../hors-ligne.ts';
import { tailleEnFrancais } from '../../noyau/taille.ts';

const require = createRequire(import.meta.url);

/** Source Serif 4, Latin (all the dossier's characters): regular, italic, bold, bold italic. */
function polices(): Police[] {
  return ([[400, 'normal'], [400, 'italic'], [700, 'normal'], [700, 'italic']] as const).map(([poids, style]) => {
    const fichier = `source-serif-4-latin-${poids}-${style}.woff2`;
    return { fichier, contenu: readFileSync(require.resolve(`@fontsource/source-serif-4/files/${fichier}`)), poids, style };
  });
}

/** Every built page. */
function pages(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dossier, e.name)) : e.name.endsWith('.html') ? [join(dossier, e.name)] : []));
}

export default function epub(): AstroIntegration {
  // The base path and the site's address, as astro.config.ts has them.
  const { base, site } = configuration();
  return {
    name: 'edition-epub',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const lireJson = (chemin: string) => JSON.parse(readFileSync(join(dist, chemin), 'utf8'));
        const dossier = lireJson('donnees/dossier.json') as { titre: string; textes: Array<{ slug: string }> };
        const textes = dossier.textes.map(({ slug }) => {
          const { titre, auteur, traduction } = lireJson(`donnees/textes/${slug}.json`) as { titre: string; auteur: string; traduction: string | null };
          return { slug, titre, auteur, traduction, html: readFileSync(join(dist, 'textes', slug, 'index.html'), 'utf8') };
        });
        const { personnes } = lireJson('donnees/personnes.json') as { personnes: PersonneIndex[] };
        let presentation = '';
        visit(fromHtml(readFileSync(join(dist, 'index.html'), 'utf8')), 'element', (node) => {
          if (presentation || !String(node.properties.className ?? '').split(' ').includes('presentation')) return CONTINUE;
          visit(node, 'text', (t) => { presentation += t.value; });
          return CONTINUE;
        });
        presentation = presentation.trim();
        if (!presentation) throw new Error('edition-epub: no <p class="presentation"> on the home page, expected the dossier’s presentation');
        const dates = textes.map((t) => /<meta name="citation_online_date" content="(\d{4})\/(\d{2})\/(\d{2})"/.exec(t.html)).map((m) => (m ? `${m[1]}-${m[2]}-${m[3]}` : ''));
        const modifie = dates.sort().at(-1);
        if (!modifie) throw new Error('edition-epub: no citation_online_date on the text pages (src/components/References.astro)');
        const adresse = site && !/^https?:\/\/(127\.0\.0\.1|localhost)\b/.test(site) ? new URL(base, site).href : undefined;
        const titre = 'Les procès de Moscou';
        const livre = editionEpub({
          titre, presentation, adresse, modifie, base, lire: lecteur(dist, base), textes, personnes, polices: polices(),
          licencePolices: readFileSync(require.resolve('@fontsource/source-serif-4/LICENSE'), 'utf8'),
          couverture: await couverturePng({ titre, sousTitre: 'Le dossier de la discussion du 8 juin aux Fleurs Arctiques', auteurs: [...new Set(textes.map((t) => t.auteur))], pied: 'Édition numérique' }),
        });
        writeFileSync(join(dist, FICHIER_EPUB), livre);
        logger.info(`${FICHIER_EPUB}: ${textes.length} texts, ${personnes.length} persons, ${Math.round(livre.length / 1024)} KiB`);

        // Sizes announced by the pages (the files exist only now).
        let annonces = 0;
        for (const page of pages(dist)) {
          const html = readFileSync(page, 'utf8');
          if (!html.includes('data-taille-de=')) continue;
          writeFileSync(page, html.replace(/(<span class="taille-fichier" data-taille-de="([^"]+)">)[^<]*(<\/span>)/g, (_tout, debut: string, fichier: string, fin: string) => {
            annonces++;
            return `${debut}${tailleEnFrancais(statSync(join(dist, fichier)).size)}${fin}`;
          }));
        }
        logger.info(`file sizes written in ${annonces} places`);
      },
    },
  };
}
