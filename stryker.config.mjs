// @ts-check
/**
 * Mutation testing of the pure core (src/noyau/) against the unit tests (`npm run test:mutation`;
 * not part of `npm test`: it takes a long while). The clear-text report gives the score per file;
 * the HTML report is written to reports/mutation/. `--mutate src/noyau/dates.ts` runs one module.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts', related: false },
  mutate: ['src/noyau/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A mutant of module-level code (a regular expression, a table) runs every test, over two minutes
  // here: such « static » mutants are left out of the run and of the score.
  ignoreStatic: true,
  // Two cores, shared.
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, reportTests: false },
  // Results of unchanged mutants and tests are reused from one run to the next.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  ignorePatterns: ['dist', 'tmp', 'reports', '.astro', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  // Stryker rewrites the sandbox's tsconfig with TypeScript's JavaScript API, which TypeScript 7
  // no longer has; Vitest does not read the tsconfig's paths, so no tsconfig is rewritten.
  tsconfigFile: 'aucun-tsconfig.json',
  cleanTempDir: 'always',
};
