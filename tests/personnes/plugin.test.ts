/**
 * remark-personnes on small fixtures, with a small register of its own (`registre/`):
 * `fixtures/<case>/input.md` renders to `output.html` and records `mentions.json`, or stops with
 * the message in `error.txt` (`line:column: reason`).
 * Regenerate the expectations with `UPDATE=1 npx vitest run tests/personnes` and review them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { attenduDansLaFixture } from '../helpers/fixtures.ts';
import { createParser, remarkLiteralColons } from '../../src/noyau/markdown.ts';
import { chargerRegistre } from '../../src/construction/registre-personnes.ts';
import { smartypants } from '../../src/noyau/plugins/index.ts';
import remarkEdition from '../../src/noyau/plugins/remark-edition.ts';
import remarkNotes from '../../src/noyau/plugins/remark-notes.ts';
import remarkPersonnes from '../../src/noyau/plugins/remark-personnes.ts';

const root = join(import.meta.dirname, 'fixtures');
const repertoire = chargerRegistre(join(import.meta.dirname, 'registre'));

/** The site's pipeline around remark-personnes, with the test register and a base path. */
async function rendre(markdown: string, path = 'input.md') {
  const file = new VFile({ path, value: markdown });
  await createParser()
    .use(remarkSmartypants, smartypants)
    .use(remarkLiteralColons)
    .use(remarkEdition)
    .use(remarkPersonnes, { repertoire, base: '/dossier' })
    .use(remarkNotes)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return file;
}


describe('remark-personnes fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    it(`should render ${name} as expected`, async () => {
      try {
        const file = await rendre(readFileSync(join(folder, 'input.md'), 'utf8'));
        const mentions = (file.data as { astro?: { frontmatter?: { mentions?: unknown } } }).astro?.frontmatter?.mentions;
        attenduDansLaFixture(folder, 'output.html', String(file.value) + '\n');
        attenduDansLaFixture(folder, 'mentions.json', JSON.stringify(mentions, null, 2) + '\n');
      } catch (error) {
        if (!(error instanceof VFileMessage)) throw error;
        attenduDansLaFixture(folder, 'error.txt', `${error.line}:${error.column}: ${error.reason}\n`);
      }
    });
  }
});

describe('remark-personnes', () => {
  const mentionsDe = (file: VFile) => (file.data as { astro?: { frontmatter?: { mentions?: Array<{ personne: string; passage: string }> } } }).astro?.frontmatter?.mentions;

  it('should record the passage that remark-passages gave the paragraph', async () => {
    const file = new VFile({ path: 'input.md', value: 'Kamenev parle.\n\nStaline écoute.' });
    await createParser()
      .use(() => (tree: Root) => tree.children.forEach((node, i) => { node.data = { ...node.data, passage: `p${i + 1}` } as never; }))
      .use(remarkPersonnes, { repertoire })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file);
    expect(mentionsDe(file)?.map((m) => [m.personne, m.passage])).toEqual([['kamenev', 'p1'], ['staline', 'p2']]);
    expect(String(file.value)).toContain('<a href="/personnes/kamenev/" class="mention" data-personne="kamenev">Kamenev</a>');
  });

  it('should warn about a choice for a spelling that is not ambiguous', async () => {
    const file = await rendre('---\npersonnes: { Kamenev: kamenev }\n---\n\nKamenev.');
    expect(file.messages.map((m) => m.reason)).toEqual(['Unexpected choice for `Kamenev`, which only designates `kamenev`: the line can go']);
  });

  it('should leave alone the files it is told to ignore', async () => {
    const file = new VFile({ path: 'content/personnes/kamenev.md', value: 'Kamenev et Smirnov.' });
    await createParser().use(remarkPersonnes, { repertoire, ignorer: (f) => f.path.includes('/personnes/') }).use(remarkRehype).use(rehypeStringify).process(file);
    expect(String(file.value)).toBe('<p>Kamenev et Smirnov.</p>');
    expect(mentionsDe(file)).toBeUndefined();
  });

  it('should refuse to run without a register, with a plain sentence', () => {
    expect(() => remarkPersonnes(undefined as never)).toThrow('remark-personnes needs the register: `[remarkPersonnes, { repertoire: chargerRegistre() }]`');
  });
});
