/**
 * The site's Markdown pipeline on small fixtures: `fixtures/<case>/input.md` renders to
 * `output.html`, or stops with the message in `error.txt` (`line:column: reason`).
 * Regenerate the expectations with `UPDATE=1 npx vitest run tests/plugins`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { renderMarkdown } from '../../src/noyau/pipeline.ts';
import { attenduDansLaFixture } from '../helpers/fixtures.ts';

const root = join(import.meta.dirname, 'fixtures');

describe('Markdown pipeline fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    it(`should render ${name} as expected`, async () => {
      let actual: { file: 'output.html' | 'error.txt'; text: string };
      try {
        const file = await renderMarkdown(readFileSync(join(folder, 'input.md'), 'utf8'), 'input.md');
        actual = { file: 'output.html', text: String(file.value).replace(/\u202F/g, '&#x202F;') + '\n' };
      } catch (error) {
        if (!(error instanceof VFileMessage)) throw error;
        actual = { file: 'error.txt', text: `${error.line}:${error.column}: ${error.reason}\n` };
      }
      attenduDansLaFixture(folder, actual.file, actual.text);
    });
  }
});
