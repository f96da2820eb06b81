/**
 * Astro integration: French typography (src/noyau/typographie.ts) on every built page, after the
 * build, so that the words of the templates (headings, labels, help texts) get the same narrow
 * no-break spaces and apostrophes as the texts, which remark's pipeline already typeset
 * (the rules are idempotent).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeTypographie from '../../noyau/plugins/rehype-typographie.ts';

function pagesHtml(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((entree) => {
    const chemin = join(dossier, entree.name);
    if (entree.isDirectory()) return pagesHtml(chemin);
    return entree.name.endsWith('.html') ? [chemin] : [];
  });
}

export default function typographie(): AstroIntegration {
  return {
    name: 'typographie-francaise',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = pagesHtml(fileURLToPath(dir));
        const typographier = rehypeTypographie();
        for (const page of pages) {
          const arbre = fromHtml(readFileSync(page, 'utf8'));
          typographier(arbre);
          writeFileSync(page, toHtml(arbre, { upperDoctype: true }));
        }
        logger.info(`${pages.length} pages typographiées`);
      },
    },
  };
}
