/**
 * Fixture expectations: compare a result with `folder/name`; with `UPDATE=1`, write it there instead
 * (then review the diff). A missing expectation fails, so that a new case is never passed unseen.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const update = Boolean(process.env.UPDATE);

export function attenduDansLaFixture(folder: string, name: string, text: string): void {
  const expected = join(folder, name);
  if (update || !existsSync(expected)) {
    if (!update) throw new Error(`Missing ${name} for ${folder}: run with UPDATE=1 and review it`);
    writeFileSync(expected, text);
  }
  expect(text).toBe(readFileSync(expected, 'utf8'));
}
