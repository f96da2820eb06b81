import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import horsLigne from './src/integrations/hors-ligne.ts';
import sansPrechargement from './src/integrations/sans-prechargement.ts';
import typographie from './src/integrations/typographie.ts';
import { cheminDeBase } from './src/lib/base.ts';
import { rehypePlugins, remarkPlugins, smartypants } from './src/plugins/index.ts';

// The site's public URL and base path are configurable for any static host (see README, « Publier »).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: cheminDeBase(),
  trailingSlash: 'always',
  // Another output folder and build cache (the benchmark's synthetic dossier, the sub-path test):
  // every post-build step must read DIST_DIR too.
  outDir: process.env.DIST_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  compressHTML: true,
  // Stylesheets stay files: the Content-Security-Policy allows no inline style or script.
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // French typography on every page (templates included), then the whole dossier in one file for
  // reading without network (README, « Lire hors ligne »), which takes the typeset pages.
  integrations: [typographie(), horsLigne()],
  // Scripts stay files too (Astro would inline small ones); no module-preload helper in the text
  // pages' loader (src/integrations/sans-prechargement.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [sansPrechargement()] },
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins, smartypants, gfm: true }),
  },
});
