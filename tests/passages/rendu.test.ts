/**
 * remark-passages in the site's pipeline, on a small text with its ledger
 * (`rendu/textes/lettre.md`, `rendu/passages/lettre.json`). The ledger was made from `rendu/avant.md`,
 * then updated after two paragraphs were merged, so it carries an alias. `rendu/sortie.html` is the
 * expected HTML. Regenerate both with `UPDATE=1 npx vitest run tests/passages` and review the diff.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { lireContenu, messagesDuDossier, modelerDossier } from '../../src/construction/contenu.ts';
import { reconcilier } from '../../src/noyau/passages/reconciliation.ts';
import { ecrireTableDesPassages, lireTableDesPassages } from '../../src/noyau/passages/table.ts';
import { formaterMessage } from '../../src/noyau/pipeline.ts';
import { passagesDuMarkdown } from '../../src/construction/table-passages.ts';
import { contenuTemporaire, modeleDe, rendre } from '../helpers/pipeline.ts';

const dossier = join(import.meta.dirname, 'rendu');
const texte = join(dossier, 'textes', 'lettre.md');
const table = join(dossier, 'passages', 'lettre.json');
const update = Boolean(process.env.UPDATE);
/** The path as the content check names it: relative to the project. */
const chemin = relative(process.cwd(), texte);

beforeAll(async () => {
  if (!update) return;
  const avant = reconcilier('lettre', undefined, await passagesDuMarkdown(readFileSync(join(dossier, 'avant.md'), 'utf8')));
  const apres = reconcilier('lettre', avant.table, await passagesDuMarkdown(readFileSync(texte, 'utf8')));
  mkdirSync(join(dossier, 'passages'), { recursive: true });
  writeFileSync(table, ecrireTableDesPassages(apres.table));
});

/** The letter (or a changed version of it) rendered with its ledger. */
function rendreLettre(markdown = readFileSync(texte, 'utf8')): Promise<VFile> {
  return rendre(markdown, chemin, { table: lireTableDesPassages(readFileSync(table, 'utf8'), relative(process.cwd(), table)) });
}

async function erreur(markdown: string): Promise<string> {
  try {
    await rendreLettre(markdown);
  } catch (error) {
    if (error instanceof VFileMessage) return formaterMessage(error);
    throw error;
  }
  throw new Error('expected the rendering to stop');
}

describe('remark-passages', () => {
  it('should number every passage and give it its id from the ledger', async () => {
    const html = String((await rendreLettre()).value) + '\n';
    const attendu = join(dossier, 'sortie.html');
    if (update || !existsSync(attendu)) {
      if (!update) throw new Error('Missing rendu/sortie.html: run with UPDATE=1 and review it');
      writeFileSync(attendu, html);
    }
    expect(html).toBe(readFileSync(attendu, 'utf8'));
    expect(html).toContain('<p id="p2" class="passage"><span class="marge-passage" data-pagefind-ignore=""><a class="numero-passage" href="#p2" aria-label="Paragraphe 2">§\u00A02</a></span>');
  });

  it('should land a merged passage’s old id on the passage that took it in', async () => {
    const html = String((await rendreLettre()).value);
    expect(html).toMatch(/<p id="p3" class="passage"><span id="p4" class="alias"><\/span><span class="marge-passage"[^>]*><a [^>]*href="#p3"[^>]*>§\u00A03<\/a><\/span>Ma situation/);
  });

  it('should record the passages and the notes in the model, in reading order', async () => {
    const modele = modeleDe(await rendreLettre());
    const passages = modele.passages!;
    expect(passages.map((p) => [p.id, p.numero, p.genre, p.ligne])).toEqual([
      ['p1', 1, 'structure', 1], ['p2', 2, 'paragraphe', 3], ['p3', 3, 'paragraphe', 5], ['p5', 4, 'citation', 7],
      ['p6', 5, 'paragraphe', 11], ['p7', 6, 'element-de-liste', 13], ['p8', 7, 'element-de-liste', 14], ['p9', 8, 'structure', 16], ['note-2', '2', 'note', 18],
    ]);
    expect(passages[2]!.alias).toEqual(['p4']);
    expect(passages[1]!.texte).toBe('J’étais en voyage, je n’avais pas la moindre idée de ce qui se passait au procès. En ouvrant le journal, je suis tombé par hasard sur les déclarations de l’accusation.');
    expect(passages[3]!.texte).toMatch(/^« Je ne prétends .* incontestable\. Je poursuis /);
    expect(passages.at(-1)!.texte).toBe('Le procès de l’été, dont la lettre parle plus loin.');
    expect(modele.passagesRetires).toEqual(JSON.parse(readFileSync(table, 'utf8')).retires);
    // The note knows its call and the passage that calls it.
    expect(modele.notes).toEqual([{ numero: '2', id: 'note-2', appels: ['appel-2'], appelee: ['p2'], texte: 'Le procès de l’été, dont la lettre parle plus loin.', lacunes: [] }]);
  });

  it('should place the text’s marks in their passages', async () => {
    const modele = modeleDe(await rendreLettre());
    for (const lieu of [...modele.mentions!, ...modele.dates!]) {
      const passage = modele.passages!.find((p) => p.id === lieu.passage)!;
      expect(passage.texte.slice(lieu.debut, lieu.fin)).toBe('forme' in lieu ? lieu.forme : lieu.mots);
      expect(passage.texte.slice(lieu.debutPhrase, lieu.debutPhrase + lieu.phrase.length)).toBe(lieu.phrase);
    }
  });

  it('should stop the build at the passage where the text and its ledger disagree', async () => {
    const modifie = readFileSync(texte, 'utf8').replace('déclarations de l\'accusation', 'déclarations de l\'accusé');
    expect(await erreur(modifie)).toBe(`${chemin}:3:1 : passage inattendu § 2 « J’étais en voyage, je n’avais pas la moindre… », la table des passages \`content/passages/lettre.json\` attend \`p2\` « J’étais en voyage, je n’avais pas la moindre… » : le texte et sa table des passages ne concordent pas, lancer npm run passages`);
  });

  it('should stop the build when passages were added or removed at the end', async () => {
    const plus = readFileSync(texte, 'utf8').replace('::signature[L\'auteur]', '::signature[L\'auteur]\n\nPost-scriptum ajouté.');
    expect(await erreur(plus)).toBe(`${chemin}:18:1 : passage inattendu § 9 « Post-scriptum ajouté. », la table des passages \`content/passages/lettre.json\` attend la fin du texte (elle compte 8 passages) : le texte et sa table des passages ne concordent pas, lancer npm run passages`);
    const moins = readFileSync(texte, 'utf8').replace('::signature[L\'auteur]', '');
    expect(await erreur(moins)).toBe(`${chemin}:14:1 : fin du texte après le § 7, alors que la table des passages \`content/passages/lettre.json\` attend encore \`p9\` « L’auteur » : le texte et sa table des passages ne concordent pas, lancer npm run passages`);
    const deuxDeMoins = moins.replace('- saisir le moindre espoir d\'être graciés.\n', '');
    expect(await erreur(deuxDeMoins)).toMatch(/:13:1 : fin du texte après le § 6, alors que la table des passages `content\/passages\/lettre\.json` attend encore `p8` « saisir le moindre espoir d’être graciés\. » et 1 autre\(s\) passage\(s\) : /);
  });

  it('should stop the build when a text has no ledger', async () => {
    const racine = contenuTemporaire({ 'textes/lettre.md': readFileSync(texte, 'utf8') });
    const { erreurs } = messagesDuDossier(await modelerDossier(lireContenu(racine), '/'));
    expect(erreurs).toEqual([`${relative(process.cwd(), join(racine, 'textes', 'lettre.md'))}:1:1 : ce texte n’a pas de table des passages (content/passages/lettre.json) : lancer npm run passages`]);
  });

  it('should stop the build with a plain sentence when the ledger is damaged', () => {
    const json = JSON.parse(readFileSync(table, 'utf8'));
    json.passages[1].id = 'p3';
    const racine = contenuTemporaire({ 'textes/lettre.md': readFileSync(texte, 'utf8'), 'passages/lettre.json': JSON.stringify(json) });
    const fichier = relative(process.cwd(), join(racine, 'passages', 'lettre.json'));
    expect(() => lireContenu(racine)).toThrow(`${fichier}:1:1 : ${fichier} : table des passages inattendue, l’identifiant \`p3\` figure deux fois ; la restaurer depuis git, ou la supprimer et lancer npm run passages`);
  });

  it('should leave a document without a ledger unnumbered', async () => {
    const file = await rendre('Un paragraphe.\n', 'document.md');
    expect(String(file.value)).toBe('<p>Un paragraphe.</p>');
    expect(modeleDe(file).passages).toEqual([]);
  });
});
