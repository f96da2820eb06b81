/**
 * The site's Markdown pipeline on small fixtures: `fixtures/<case>/input.md` renders to
 * `output.html`, or stops with the message in `error.txt` (`line:column: reason`).
 * Regenerate the expectations with `UPDATE=1 npx vitest run tests/plugins`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { renderMarkdown } from '../../src/lib/pipeline.ts';

const root = join(import.meta.dirname, 'fixtures');
const update = Boolean(process.env.UPDATE);

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
      const expected = join(folder, actual.file);
      if (update || !existsSync(expected)) {
        if (!update) throw new Error(`Missing ${actual.file} for ${name}: run with UPDATE=1 and review it`);
        writeFileSync(expected, actual.text);
      }
      expect(actual.text).toBe(readFileSync(expected, 'utf8'));
    });
  }
});
