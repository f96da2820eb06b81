/**
 * Vitest for mutation testing (stryker.config.mjs): the `unit` project of vitest.config.ts alone,
 * without the test that models the whole dossier (tests/construction/dossier.test.ts: seconds of
 * set-up for every mutant it covers; the small tests must kill the core's mutants on their own).
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import config from './vitest.config.ts';

const unit = (config.test!.projects as TestProjectInlineConfiguration[]).find((p) => p.test?.name === 'unit')!;

export default defineConfig({
  test: {
    ...unit.test,
    name: undefined,
    exclude: ['tests/construction/dossier.test.ts', 'node_modules/**'],
    // Stryker switches mutants at run time: modules loaded once serve every mutant, instead of the
    // pipeline and its dependencies being imported again for every test file of every mutant.
    isolate: false,
  },
});
