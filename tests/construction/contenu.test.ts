/**
 * The build layer's reading of a content folder (src/construction/contenu.ts) on small folders of
 * its own: a text goes through the pipeline once, and every problem an editor must fix comes back
 * as `fichier:ligne:colonne : raison`, in French, the text's other problems listed too.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lireContenu, messagesDuDossier, modelerDossier, optionsPour } from '../../src/construction/contenu.ts';
import { ecrireTableDesPassages } from '../../src/noyau/passages/table.ts';
import { contenuTemporaire, modeleDe, tablePour } from '../helpers/pipeline.ts';

const ENTETE = `---
titre: Une lettre
auteur: N. Boukharine
genre: lettre
ordre: 1
presentation: Une lettre de test, pour les messages du contenu.
source:
  fichier: lettre.txt
  lignes: [[1, 3]]
---

`;
const SOURCE = "Chers camarades !\nJ'étais en voyage, je n'avais pas la\nmoindre idée du procès.\n";
const TEXTE = `${ENTETE}Chers camarades !\n\nJ'étais en voyage, je n'avais pas la moindre idée du procès.\n`;

/** The messages of a content folder holding one text, its source and (unless told otherwise) its ledger. */
async function messages(markdown: string, { table = TEXTE, source = SOURCE }: { table?: string | null; source?: string } = {}) {
  const fichiers: Record<string, string> = { 'textes/lettre.md': markdown, 'sources/lettre.txt': source };
  if (table !== null) fichiers['passages/lettre.json'] = ecrireTableDesPassages(await tablePour(table, 'lettre'));
  const racine = contenuTemporaire(fichiers);
  const textes = await modelerDossier(lireContenu(racine), '/');
  const chemin = relative(process.cwd(), join(racine, 'textes', 'lettre.md'));
  const { erreurs, autres } = messagesDuDossier(textes);
  return { erreurs: erreurs.map((e) => e.replace(chemin, 'lettre.md')), autres, textes };
}

describe('a content folder', () => {
  it('should model a text that agrees with its source and its ledger, without a message', async () => {
    const { erreurs, autres, textes } = await messages(TEXTE);
    expect({ erreurs, autres }).toEqual({ erreurs: [], autres: [] });
    const modele = modeleDe(textes[0]!.file);
    const { entete } = textes[0]!.file.data;
    expect(entete).toMatchObject({ titre: 'Une lettre', ordre: 1, source: { fichier: 'lettre.txt', lignes: [[1, 3]] } });
    expect(modele.passages!.map((p) => [p.id, p.ligne])).toEqual([['p1', 12], ['p2', 14]]);
    expect(modele.fidelite).toEqual({
      fichier: 'lettre.txt', lignes: [[1, 3]], motsSource: 15, motsEdition: 15, motsRejoints: [],
      traitsDUnionGardes: 0, appelsDetaches: 0, notesDeplacees: 0, motsRegroupes: 0, signesCompares: 14,
      alineas: { compares: false, source: 0, declares: 0 }, ecarts: [],
    });
    expect(modele.mots).toBe(13);
  });

  it('should hand each text its own ledger, the sources and the base path', () => {
    const racine = contenuTemporaire({ 'textes/lettre.md': TEXTE, 'sources/lettre.txt': SOURCE });
    const contenu = lireContenu(racine);
    expect(contenu.textes.map((t) => t.slug)).toEqual(['lettre']);
    expect(contenu.sources).toEqual({ 'lettre.txt': SOURCE });
    expect(optionsPour(contenu, 'lettre', '/dossier/')).toEqual({ personnes: contenu.repertoire, evenements: contenu.repertoireEvenements, table: undefined, sources: contenu.sources, base: '/dossier/' });
  });

  it('should name the line and column of every bad front matter value', async () => {
    const { erreurs } = await messages(TEXTE.replace('ordre: 1', 'ordre: zéro').replace('genre: lettre', 'genre: roman'));
    expect(erreurs.toSorted()).toEqual([
      'lettre.md:4:8 : en-tête, genre : Option invalide : une valeur parmi "introduction"|"essai"|"extraits"|"traduction"|"lettre" attendue',
      'lettre.md:5:8 : en-tête, ordre : Entrée invalide : nombre attendu, chaîne de caractères reçu',
    ]);
    const { erreurs: manquant } = await messages(TEXTE.replace('  lignes: [[1, 3]]\n', '').replace('auteur: N. Boukharine\n', ''));
    expect(manquant.toSorted()).toEqual([
      // A missing field: its parent, or the front matter's first line.
      'lettre.md:2:1 : en-tête, auteur : Entrée invalide : chaîne de caractères attendu, indéfini reçu',
      'lettre.md:7:3 : en-tête, source.lignes : Entrée invalide : tableau attendu, indéfini reçu',
    ]);
    const { erreurs: date } = await messages(TEXTE.replace('ordre: 1', 'ordre: 1\ndate: 1936-02-30'));
    expect(date).toEqual(['lettre.md:6:7 : en-tête, date : une date qui existe est attendue (mois 01 à 12, un jour de ce mois)']);
    const { erreurs: yaml } = await messages(TEXTE.replace('ordre: 1', 'ordre: [1'));
    expect(yaml[0]).toMatch(/^lettre\.md:\d+:\d+ : en-tête YAML illisible \(/);
  });

  it('should stop at a word that differs from the source, naming both lines', async () => {
    const modifie = TEXTE.replace('en voyage', 'en vacances');
    const { erreurs } = await messages(modifie, { table: modifie });
    expect(erreurs).toEqual([
      'lettre.md:14:1 : différence avec lettre.txt:2 : source « voyage », édition « vacances » — mots changés ; contexte : Chers camarades J étais en [voyage] je n avais pas la',
    ]);
  });

  it('should stop on a source it does not have, or lines beyond its end', async () => {
    expect((await messages(TEXTE.replace('fichier: lettre.txt', 'fichier: autre.txt'))).erreurs).toEqual(['lettre.md:8:12 : source inconnue : autre.txt n’est pas dans content/sources/']);
    expect((await messages(TEXTE.replace('[[1, 3]]', '[[1, 30]]'))).erreurs).toEqual(['lettre.md:9:12 : source.lignes [1, 30] dépasse la fin de lettre.txt (4 lignes)']);
  });

  it('should stop on a text that disagrees with its ledger, or has none', async () => {
    const { erreurs } = await messages(TEXTE, { table: TEXTE.replace('Chers camarades !\n\n', '') });
    expect(erreurs).toEqual([
      'lettre.md:12:1 : passage inattendu § 1 « Chers camarades ! », la table des passages `content/passages/lettre.json` attend `p1` « J’étais en voyage, je n’avais pas la moindre… » : le texte et sa table des passages ne concordent pas, lancer npm run passages',
    ]);
    expect((await messages(TEXTE, { table: null })).erreurs).toEqual(['lettre.md:1:1 : ce texte n’a pas de table des passages (content/passages/lettre.json) : lancer npm run passages']);
  });

  it('should stop on a ledger it cannot read, naming its file', () => {
    const racine = contenuTemporaire({ 'textes/lettre.md': TEXTE, 'passages/lettre.json': '{ "texte": ' });
    expect(() => lireContenu(racine)).toThrow(/passages\/lettre\.json:1:1 : .*passages\/lettre\.json : JSON illisible \(.*\) ; une table des passages écrite par npm run passages est attendue$/);
  });
});
