import { defineConfig } from 'vitest/config';

/**
 * Two layers (README, « Tests »): `unit` tests the core, the plugins and the build layer on
 * fixtures, files in parallel, without a build or a browser (`npm run test:unit`); `site` tests the
 * built `dist/` in Chromium (`npm run test:site`, after `npm run build`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{dates,evenements,fidelite,passages,personnes,plugins,import,hors-ligne,recherche,construction}/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/{navigateur,qualite,site,publier}/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser tests each start Chromium: on a two-core machine, one file at a time is faster.
          fileParallelism: false,
        },
      },
    ],
  },
});
