/**
 * remark-dates in the site's pipeline, on small fixtures: `fixtures/<case>/input.md` renders to
 * `output.html` and records `dates.json` (with `messages.txt` when the plugin says something), or
 * stops with the message in `error.txt` (`line:column: reason`).
 * Regenerate the expectations with `UPDATE=1 npx vitest run tests/dates` and review them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { attenduDansLaFixture } from '../helpers/fixtures.ts';
import type { PassageData } from '../../src/noyau/arbre.ts';
import type { DateMentionnee } from '../../src/noyau/modele-transitoire.ts';
import { createParser } from '../../src/noyau/markdown.ts';
import { renderMarkdown } from '../../src/noyau/pipeline.ts';
import { smartypants } from '../../src/noyau/plugins/index.ts';
import remarkDates from '../../src/noyau/plugins/remark-dates.ts';

const root = join(import.meta.dirname, 'fixtures');


describe('remark-dates fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    it(`should render ${name} as expected`, async () => {
      let file: VFile;
      try {
        file = await renderMarkdown(readFileSync(join(folder, 'input.md'), 'utf8'), 'input.md');
      } catch (error) {
        if (!(error instanceof VFileMessage)) throw error;
        attenduDansLaFixture(folder, 'error.txt', `${error.line}:${error.column}: ${error.reason}\n`);
        return;
      }
      attenduDansLaFixture(folder, 'output.html', String(file.value).replace(/\u202F/g, '&#x202F;') + '\n');
      const frontmatter = (file.data as { astro: { frontmatter: { dates: DateMentionnee[] } } }).astro.frontmatter;
      attenduDansLaFixture(folder, 'dates.json', JSON.stringify(frontmatter.dates, null, 2) + '\n');
      const messages = file.messages.filter((m) => m.source === 'remark-dates');
      if (messages.length > 0 || existsSync(join(folder, 'messages.txt'))) {
        attenduDansLaFixture(folder, 'messages.txt', messages.map((m) => `${m.line}:${m.column}: ${m.reason}\n`).join(''));
      }
    });
  }
});

describe('remark-dates', () => {
  /** The pipeline up to remark-dates, with a stand-in for remark-passages that numbers paragraphs and notes. */
  async function render(markdown: string) {
    const file = new VFile({ value: markdown });
    const passages = () => (tree: Root) => {
      let n = 0;
      visit(tree, (node) => {
        if (node.type === 'footnoteDefinition') {
          ((node.data ??= {}) as PassageData).passage = `note-${node.identifier}`;
          return SKIP;
        }
        if (node.type === 'paragraph') ((node.data ??= {}) as PassageData).passage = `p${++n}`;
      });
    };
    await createParser().use(remarkSmartypants, smartypants).use(passages).use(remarkDates).use(remarkRehype).use(rehypeStringify).process(file);
    return (file.data as { astro: { frontmatter: { dates: DateMentionnee[] } } }).astro.frontmatter.dates;
  }

  it('should record each date with its passage and its sentence', async () => {
    const dates = await render("Je suis arrivé hier. Le 1er août 1936, il partit au Pamir. Il revint en 1936.\n\nEn 1937, rien[^2].\n\n[^2]: L. B. Kamenev (1883-1936). Fusillé.\n");
    expect(dates).toEqual([
      { iso: '1936-08-01', texte: '1er août 1936', passage: 'p1', phrase: 'Le 1er août 1936, il partit au Pamir.' },
      { iso: '1936', texte: '1936', passage: 'p1', phrase: 'Il revint en 1936.' },
      { iso: '1937', texte: '1937', passage: 'p2', phrase: 'En 1937, rien.' },
      // Life dates, marked but flagged: not events of the chronology.
      { iso: '1883/1936', texte: '1883-1936', passage: 'note-2', phrase: 'L. B. Kamenev (1883-1936).', vie: true },
    ]);
  });

  it('should not flag a range of years outside parentheses as life dates', async () => {
    const [date] = await render('Les procès de 1936-1938 furent publics.\n');
    expect(date).toMatchObject({ iso: '1936/1938' });
    expect(date!.vie).toBeUndefined();
  });

  it('should keep the edition’s own words in brackets in a sentence', async () => {
    const dates = await render('Les plenums de décembre 1936 (à l’issue duquel :lacune[texte manquant dans la source] Staline) éclairent.\n');
    expect(dates[0]!.phrase).toBe('Les plenums de décembre 1936 (à l’issue duquel [texte manquant dans la source] Staline) éclairent.');
  });

  it('should record an empty passage when the pipeline has no passages', async () => {
    const file = await renderMarkdown('En 1937, rien.\n');
    const frontmatter = (file.data as { astro: { frontmatter: { dates: DateMentionnee[] } } }).astro.frontmatter;
    expect(frontmatter.dates).toEqual([{ iso: '1937', texte: '1937', passage: '', phrase: 'En 1937, rien.' }]);
  });
});
