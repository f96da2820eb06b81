/**
 * remark-passages in the site's pipeline, on a small text with its ledger
 * (`rendu/textes/lettre.md`, `rendu/passages/lettre.json`). The ledger was made from `rendu/avant.md`,
 * then updated after two paragraphs were merged, so it carries an alias. `rendu/sortie.html` is the
 * expected HTML. Regenerate both with `UPDATE=1 npx vitest run tests/passages` and review the diff.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import type { Passage } from '../../src/noyau/modele.ts';
import { reconcilier } from '../../src/noyau/passages/reconciliation.ts';
import { ecrireRegistre } from '../../src/noyau/passages/registre.ts';
import { renderMarkdown } from '../../src/noyau/pipeline.ts';
import { passagesDuMarkdown } from '../../src/construction/registre-passages.ts';

const dossier = join(import.meta.dirname, 'rendu');
const texte = join(dossier, 'textes', 'lettre.md');
const registre = join(dossier, 'passages', 'lettre.json');
const update = Boolean(process.env.UPDATE);
/** The path as the content check names it: relative to the project. */
const chemin = relative(process.cwd(), texte);

beforeAll(async () => {
  if (!update) return;
  const avant = reconcilier('lettre', undefined, await passagesDuMarkdown(readFileSync(join(dossier, 'avant.md'), 'utf8')));
  const apres = reconcilier('lettre', avant.registre, await passagesDuMarkdown(readFileSync(texte, 'utf8')));
  mkdirSync(join(dossier, 'passages'), { recursive: true });
  writeFileSync(registre, ecrireRegistre(apres.registre));
});

async function erreur(markdown: string, path: string): Promise<string> {
  try {
    await renderMarkdown(markdown, path);
  } catch (error) {
    if (error instanceof VFileMessage) return `${path}:${error.line}:${error.column}: ${error.reason}`;
    throw error;
  }
  throw new Error('expected the rendering to stop');
}

describe('remark-passages', () => {
  it('should number every passage and give it its id from the ledger', async () => {
    const html = String((await renderMarkdown(readFileSync(texte, 'utf8'), chemin)).value).replace(/\u202F/g, '&#x202F;') + '\n';
    const attendu = join(dossier, 'sortie.html');
    if (update || !existsSync(attendu)) {
      if (!update) throw new Error('Missing rendu/sortie.html: run with UPDATE=1 and review it');
      writeFileSync(attendu, html);
    }
    expect(html).toBe(readFileSync(attendu, 'utf8'));
    expect(html).toContain('<p id="p2" class="passage"><span class="marge-passage" data-pagefind-ignore=""><a class="numero-passage" href="#p2" aria-label="Paragraphe 2">§\u00A02</a></span>');
  });

  it('should land a merged passage’s old id on the passage that took it in', async () => {
    const html = String((await renderMarkdown(readFileSync(texte, 'utf8'), chemin)).value);
    expect(html).toMatch(/<p id="p3" class="passage"><span id="p4" class="alias"><\/span><span class="marge-passage"[^>]*><a [^>]*href="#p3"[^>]*>§\u00A03<\/a><\/span>Ma situation/);
  });

  it('should record the passages and the notes on the front matter, in reading order', async () => {
    const file = await renderMarkdown(readFileSync(texte, 'utf8'), chemin);
    const passages = (file.data as { astro: { frontmatter: { passages: Passage[] } } }).astro.frontmatter.passages;
    expect(passages.map((p) => [p.id, p.numero])).toEqual([['p1', 1], ['p2', 2], ['p3', 3], ['p5', 4], ['p6', 5], ['p7', 6], ['p8', 7], ['p9', 8], ['note-2', '2']]);
    expect(passages[2]!.alias).toEqual(['p4']);
    expect(passages[1]!.texte).toBe('J’étais en voyage, je n’avais pas la moindre idée de ce qui se passait au procès. En ouvrant le journal, je suis tombé par hasard sur les déclarations de l’accusation.');
    expect(passages[3]!.texte).toMatch(/^« Je ne prétends .* incontestable\. Je poursuis /);
  });

  it('should stop the build at the passage where the text and its ledger disagree', async () => {
    const modifie = readFileSync(texte, 'utf8').replace('déclarations de l\'accusation', 'déclarations de l\'accusé');
    expect(await erreur(modifie, chemin)).toBe(`${chemin}:3:1: Unexpected passage § 2 « J’étais en voyage, je n’avais pas la moindre… », expected \`p2\` « J’étais en voyage, je n’avais pas la moindre… » of \`${relative(process.cwd(), registre)}\`: the text and its ledger disagree, run npm run passages`);
  });

  it('should stop the build when passages were added or removed at the end', async () => {
    const plus = readFileSync(texte, 'utf8').replace('::signature[L\'auteur]', '::signature[L\'auteur]\n\nPost-scriptum ajouté.');
    expect(await erreur(plus, chemin)).toMatch(/:18:1: Unexpected passage § 9 « Post-scriptum ajouté\. », expected no more passages \(the ledger `[^`]+` lists 8\): the text and its ledger disagree, run npm run passages$/);
    const moins = readFileSync(texte, 'utf8').replace('::signature[L\'auteur]', '');
    expect(await erreur(moins, chemin)).toMatch(/: Unexpected end of the text after § 7, expected `p9` « L’auteur » and 0 more passage\(s\) of `[^`]+`: the text and its ledger disagree, run npm run passages$/);
  });

  it('should stop the build when a text has no ledger', async () => {
    const racine = mkdtempSync(join(tmpdir(), 'passages-'));
    cpSync(join(dossier, 'textes'), join(racine, 'textes'), { recursive: true });
    const path = join(racine, 'textes', 'lettre.md');
    expect(await erreur(readFileSync(path, 'utf8'), path)).toMatch(/lettre\.md:1:1: Unexpected text without a ledger of passages \(`[^`]*passages\/lettre\.json`\), run npm run passages$/);
  });

  it('should stop the build with a plain sentence when the ledger is damaged', async () => {
    const racine = mkdtempSync(join(tmpdir(), 'passages-'));
    cpSync(join(dossier, 'textes'), join(racine, 'textes'), { recursive: true });
    mkdirSync(join(racine, 'passages'));
    const json = JSON.parse(readFileSync(registre, 'utf8'));
    json.passages[1].id = 'p3';
    writeFileSync(join(racine, 'passages', 'lettre.json'), JSON.stringify(json));
    const path = join(racine, 'textes', 'lettre.md');
    expect(await erreur(readFileSync(path, 'utf8'), path)).toMatch(/lettre\.md:1:1: [^:]*passages\/lettre\.json : registre inattendu, l’identifiant `p3` figure deux fois ; le restaurer depuis git, ou le supprimer et lancer npm run passages$/);
  });

  it('should leave a document outside a textes folder alone', async () => {
    const html = String((await renderMarkdown('Un paragraphe.\n', 'document.md')).value);
    expect(html).toBe('<p>Un paragraphe.</p>');
  });
});
