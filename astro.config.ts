import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { configuration } from './src/construction/config.ts';
import epub from './src/construction/integrations/epub.ts';
import cartesPassages from './src/construction/integrations/cartes-passages.ts';
import horsLigne from './src/construction/integrations/hors-ligne.ts';
import sansPrechargement from './src/construction/integrations/sans-prechargement.ts';
import { smartypants } from './src/noyau/pipeline.ts';

const config = configuration();

// The site's public URL and base path are configurable for any static host (see README, « Publier »).
export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  outDir: config.dist,
  cacheDir: config.cache,
  compressHTML: true,
  // Stylesheets stay files: the Content-Security-Policy allows no inline style or script.
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // The whole dossier in one file for reading without network (README, « Lire hors ligne »), then
  // the EPUB for e-readers, which also writes the files' sizes into the pages that offer them, then
  // each passage's share card, drawn once per content (README, « Préparer la discussion »).
  integrations: [horsLigne(), epub(), cartesPassages()],
  // Scripts stay files too (Astro would inline small ones); no module-preload helper in the text
  // pages' loader (src/construction/integrations/sans-prechargement.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [sansPrechargement()] },
  // The texts are rendered by the edition's own pipeline (src/construction/chargeurs.ts); this
  // processor only renders the short notes of the persons register.
  markdown: {
    processor: unified({ smartypants, gfm: true }),
  },
});
