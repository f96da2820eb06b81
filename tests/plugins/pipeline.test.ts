/**
 * The edition's Markdown pipeline on small fixtures, each with its ledger of passages as
 * `npm run passages` would make it: `fixtures/<case>/input.md` renders to
 * `output.html` and records `modele.json` (the text's model), or stops with the message editors
 * read in `error.txt` (`fichier:ligne:colonne : raison`). French typography is not the pipeline's
 * job (the middleware applies it to whole pages: `typographie.test.ts`).
 * Regenerate the expectations with `UPDATE=1 npx vitest run tests/plugins`, then review the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { formaterMessage } from '../../src/noyau/pipeline.ts';
import { attenduDansLaFixture } from '../helpers/fixtures.ts';
import { rendreAvecPassages } from '../helpers/pipeline.ts';

const root = join(import.meta.dirname, 'fixtures');

describe('Markdown pipeline fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    it(`should render ${name} as expected`, async () => {
      let file;
      try {
        file = await rendreAvecPassages(readFileSync(join(folder, 'input.md'), 'utf8'), 'input.md');
      } catch (error) {
        if (!(error instanceof VFileMessage)) throw error;
        attenduDansLaFixture(folder, 'error.txt', formaterMessage(error) + '\n');
        return;
      }
      expect(String(file.value)).not.toContain('\u202F');
      attenduDansLaFixture(folder, 'output.html', String(file.value) + '\n');
      attenduDansLaFixture(folder, 'modele.json', JSON.stringify(file.data.modele, null, 2) + '\n');
    });
  }
});
