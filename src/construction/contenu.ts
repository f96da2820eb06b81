/**
 * Reading the content folder (`content/`, or CONTENU_DIR): the texts, the persons and events
 * registers, the ledgers of passages and the sources, handed to the pipeline as options. Every text is processed
 * here, once (`modelerDossier`): the content loader of the build (src/construction/chargeurs.ts)
 * and the command-line tools (`npm run verifier`, `npm run fidelite`) call the same function.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { VFile } from 'vfile';
import { lireEnTete, yamlDe } from '../noyau/entete.ts';
import { compilerEvenements, schemaEvenement, type Evenement, type RepertoireEvenements } from '../noyau/evenements.ts';
import { lireTableDesPassages, type TableDesPassages } from '../noyau/passages/table.ts';
import { compilerRegistre, schemaPersonne, type Personne, type Repertoire } from '../noyau/personnes.ts';
import { formaterMessage, traiterMarkdown, type OptionsPipeline } from '../noyau/pipeline.ts';

/** An error in the content, already worded for editors (`fichier:ligne:colonne : raison`). */
export class ErreurDeContenu extends Error {}

/** A path as editors read it: relative to the project's folder. */
export const affiche = (chemin: string) => relative(process.cwd(), chemin) || chemin;

function fichiers(dossier: string, extension: string): string[] {
  return existsSync(dossier) ? readdirSync(dossier).filter((nom) => nom.endsWith(extension)).sort().map((nom) => join(dossier, nom)) : [];
}

/** One register entry from its file's text; a bad entry fails with the file, line and column of every problem. */
export function lirePersonne(texte: string, chemin: string): Personne {
  const entete = yamlDe(texte);
  if (!entete) throw new ErreurDeContenu(`${affiche(chemin)}:1:1 : un en-tête YAML entre deux lignes \`---\` est attendu`);
  const lecture = lireEnTete(entete.yaml, schemaPersonne, entete.ligne);
  if (!lecture.ok) throw new ErreurDeContenu(lecture.problemes.map((p) => `${affiche(chemin)}:${p.ligne}:${p.colonne} : ${p.raison}`).join('\n'));
  const fin = texte.indexOf('\n---', 3) + 4;
  const corps = texte.slice(fin).replace(/^[^\n]*\n/, '');
  if (lecture.donnees.texte_note && corps.trim()) {
    const ligne = texte.slice(0, fin).split('\n').length + 1 + (/^\s*/.exec(corps)![0].match(/\n/g)?.length ?? 0);
    throw new ErreurDeContenu(`${affiche(chemin)}:${ligne}:1 : la fiche renvoie à la note ${lecture.donnees.texte_note.note} du dossier (texte_note), montrée depuis le texte lui-même : retirer la copie du corps`);
  }
  return { id: basename(chemin, '.md'), ...lecture.donnees, note: corps.trim() };
}

/** Every entry of the register (`<contenu>/personnes/*.md`), in file-name order. */
export function lireRegistrePersonnes(contenu: string): Personne[] {
  const dossier = join(contenu, 'personnes');
  if (!existsSync(dossier)) throw new ErreurDeContenu(`${affiche(dossier)} : pas de registre des personnes (une fiche Markdown par personne est attendue)`);
  return fichiers(dossier, '.md').map((chemin) => lirePersonne(readFileSync(chemin, 'utf8'), chemin));
}

/**
 * One entry of the events register from its file's text: front matter only (the description is a
 * field); each problem with its file, line and column; a person not in the register is one of them.
 */
export function lireEvenement(texte: string, chemin: string, personnes: ReadonlySet<string>): Evenement {
  const entete = yamlDe(texte);
  if (!entete) throw new ErreurDeContenu(`${affiche(chemin)}:1:1 : un en-tête YAML entre deux lignes \`---\` est attendu`);
  const lecture = lireEnTete(entete.yaml, schemaEvenement, entete.ligne);
  if (!lecture.ok) throw new ErreurDeContenu(lecture.problemes.map((p) => `${affiche(chemin)}:${p.ligne}:${p.colonne} : ${p.raison}`).join('\n'));
  const lignes = texte.split('\n');
  const fin = lignes.indexOf('---', 1);
  const corps = lignes.findIndex((ligne, i) => i > fin && ligne.trim() !== '');
  if (corps >= 0) throw new ErreurDeContenu(`${affiche(chemin)}:${corps + 1}:1 : une fiche d’événement n’a que son en-tête (la description va dans \`description\`)`);
  const inconnues = (lecture.donnees.personnes ?? []).filter((id) => !personnes.has(id)).map((id) => {
    const ligne = lignes.findIndex((l, i) => i < fin && new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`).test(l));
    return `${affiche(chemin)}:${ligne + 1}:${lignes[ligne]!.indexOf(id) + 1} : en-tête, personnes : \`${id}\` n’est pas au registre des personnes (content/personnes/)`;
  });
  if (inconnues.length > 0) throw new ErreurDeContenu(inconnues.join('\n'));
  return { id: basename(chemin, '.md'), ...lecture.donnees };
}

/** Every entry of the events register (`<contenu>/evenements/*.md`), in file-name order; none when the folder is missing. */
export function lireRegistreEvenements(contenu: string, personnes: readonly Personne[]): Evenement[] {
  const ids = new Set(personnes.map((p) => p.id));
  return fichiers(join(contenu, 'evenements'), '.md').map((chemin) => lireEvenement(readFileSync(chemin, 'utf8'), chemin, ids));
}

/** A text of the dossier, as a file. */
export interface FichierDeTexte {
  slug: string;
  chemin: string;
  markdown: string;
}

/** What the content folder holds, read once. */
export interface Contenu {
  textes: FichierDeTexte[];
  personnes: Personne[];
  repertoire: Repertoire;
  evenements: Evenement[];
  repertoireEvenements: RepertoireEvenements;
  /** The ledger of each text, by slug (missing when the text has none yet). */
  tables: Map<string, TableDesPassages>;
  /** The source files by name. */
  sources: Record<string, string>;
}

export function lireContenu(contenu: string): Contenu {
  const textes = fichiers(join(contenu, 'textes'), '.md').map((chemin) => ({ slug: basename(chemin, '.md'), chemin, markdown: readFileSync(chemin, 'utf8') }));
  const personnes = lireRegistrePersonnes(contenu);
  let repertoire: Repertoire;
  try {
    repertoire = compilerRegistre(personnes);
  } catch (erreur) {
    throw new ErreurDeContenu(`${affiche(join(contenu, 'personnes'))} : ${(erreur as Error).message}`);
  }
  const evenements = lireRegistreEvenements(contenu, personnes);
  let repertoireEvenements: RepertoireEvenements;
  try {
    repertoireEvenements = compilerEvenements(evenements);
  } catch (erreur) {
    throw new ErreurDeContenu(`${affiche(join(contenu, 'evenements'))} : ${(erreur as Error).message}`);
  }
  const tables = new Map<string, TableDesPassages>();
  for (const chemin of fichiers(join(contenu, 'passages'), '.json')) {
    try {
      tables.set(basename(chemin, '.json'), lireTableDesPassages(readFileSync(chemin, 'utf8'), affiche(chemin)));
    } catch (erreur) {
      throw new ErreurDeContenu(`${affiche(chemin)}:1:1 : ${(erreur as Error).message}`);
    }
  }
  const sources = Object.fromEntries(fichiers(join(contenu, 'sources'), '.txt').map((chemin) => [basename(chemin), readFileSync(chemin, 'utf8')]));
  return { textes, personnes, repertoire, evenements, repertoireEvenements, tables, sources };
}

/** The pipeline's options for one text. */
export function optionsPour(contenu: Contenu, slug: string, base: string): OptionsPipeline {
  return { personnes: contenu.repertoire, evenements: contenu.repertoireEvenements, table: contenu.tables.get(slug), sources: contenu.sources, base };
}

/** A text processed: its file (HTML in `value`, model in `data.modele`, front matter in `data.entete`, messages). */
export interface TexteTraite extends FichierDeTexte {
  file: VFile;
}

/**
 * Every text through the pipeline, once. A text without a ledger is an error of its own (the
 * editor runs `npm run passages`); the others are the pipeline's messages.
 */
export async function modelerDossier(contenu: Contenu, base: string): Promise<TexteTraite[]> {
  return Promise.all(contenu.textes.map(async (texte) => {
    const file = await traiterMarkdown(texte.markdown, affiche(texte.chemin), optionsPour(contenu, texte.slug, base));
    if (!contenu.tables.has(texte.slug)) {
      file.message(`ce texte n’a pas de table des passages (content/passages/${texte.slug}.json) : lancer npm run passages`, { place: { line: 1, column: 1 }, ruleId: 'passages', source: 'contenu' }).fatal = true;
    }
    return { ...texte, file };
  }));
}

/** The messages of the processed texts as editors read them (`fichier:ligne:colonne : raison`): errors apart. */
export function messagesDuDossier(textes: readonly TexteTraite[]): { erreurs: string[]; autres: string[] } {
  const erreurs: string[] = [];
  const autres: string[] = [];
  for (const { file } of textes) for (const message of file.messages) (message.fatal ? erreurs : autres).push(formaterMessage(message));
  return { erreurs, autres };
}
