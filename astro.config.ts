import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins, smartypants } from './src/plugins/index.ts';

// The site's public URL and base path are configurable for any static host (see README, « Publier »).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  compressHTML: true,
  // Stylesheets stay files: the Content-Security-Policy allows no inline style or script.
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Scripts stay files too (Astro would inline small ones).
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins, smartypants, gfm: true }),
  },
});
