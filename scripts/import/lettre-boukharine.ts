/**
 * Import of Boukharine's letter to the members of the Politburo (27 August 1936), source
 * `004_e0825261bac2aa04.txt`: the body mended across the note blocks, the calls attached to their
 * words, the 25 notes gathered at the end (what the source lacks said with `:lacune[…]`), and the
 * parts of the letter marked with the edition's directives.
 *
 * Run alone (when the general entry point `import.ts` does not call it):
 *   node scripts/import/lettre-boukharine.ts
 * writes content/textes/lettre-boukharine.md if that file does not exist yet, otherwise
 * tmp/import/lettre-boukharine.md (an edited file is never overwritten).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHyphenJoiner, type HyphenJoiner } from './lib/hyphenation.ts';
import { reflow } from './lib/reflow.ts';
import { extractScatteredNotes, type NoteDefinition, type PrintedLine } from './lib/scattered-notes.ts';

export const FICHIER = '004_e0825261bac2aa04.txt';

const frontMatter = (lastLine: number) => `---
titre: "Lettre de Boukharine aux membres du Politburo"
auteur: "Nikolaï Boukharine"
date: "1936-08-27"
genre: lettre
ordre: 4
presentation: "Le 27 août 1936, rentré d'Asie centrale, Nikolaï Boukharine écrit aux membres du Politburo, avec copie au procureur Vychinski, pour répondre aux accusations portées contre lui au premier procès de Moscou. La lettre est donnée avec ses 25 notes, dont plusieurs manquent en tout ou en partie dans le dossier."
source:
  fichier: ${FICHIER}
  lignes: [[1, ${lastLine}]]
---
`;

/** An enumeration item (`a) `, `1) `, `1. `) or a line of dialogue (`Moi: « `) opens its own paragraph. */
const OPENS_PARAGRAPH = /^(?:[a-z]\)|\d{1,2}[.)])\s|^\p{Lu}[\p{L}-]*\s?:\s«/u;
const DIALOGUE = /^\p{Lu}[\p{L}-]*\s?:\s«/u;
const SENTENCE_END = /[.!?:;»…)\]]$/u;
/**
 * A line shorter than this fraction of the typical line ends its paragraph when it ends a sentence.
 * The letter's full lines run from about 86 to 109 characters (proportional type), its paragraph
 * ends that are not obviously short from about 80 to 87: reflow.ts's default (0.75) merges them.
 */
const SHORT_RATIO = 0.87;
const visible = (text: string) => text.replace(/\[\^\d+\]/g, '');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Paragraphs of running printed lines (reflow.ts), with a forced break before enumerations and dialogue. */
function paragraphs(lines: PrintedLine[], join: HyphenJoiner, typicalLength: number): string[] {
  const chunks: PrintedLine[][] = [];
  for (const line of lines) {
    const prev = chunks.at(-1)?.at(-1);
    if (!prev || (OPENS_PARAGRAPH.test(line.text) && SENTENCE_END.test(prev.text))) chunks.push([line]);
    else chunks.at(-1)!.push(line);
  }
  return chunks.flatMap((chunk) =>
    reflow(
      chunk.map((line) => line.text),
      join,
      { blankLinesAreNoise: true, typicalLength, shortRatio: SHORT_RATIO },
    ).map((p) => p.text),
  );
}

/** A paragraph that Markdown would read as something else than text. */
function checkParagraph(text: string): string {
  if (/^(?:[-+*#>]|\d+[.)]\s*$)/.test(text)) throw new Error(`Paragraphe ambigu en Markdown : « ${text.slice(0, 60)} »`);
  return text;
}

/** Consecutive lines of dialogue go into `:::dialogue`, the others stay paragraphs. */
function blocks(paras: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    if (DIALOGUE.test(paras[i]!) && DIALOGUE.test(paras[i + 1] ?? '')) {
      const lines: string[] = [];
      while (i < paras.length && DIALOGUE.test(paras[i]!)) lines.push(checkParagraph(paras[i++]!));
      i--;
      out.push(`:::dialogue\n${lines.join('\n\n')}\n:::`);
    } else {
      out.push(checkParagraph(paras[i]!));
    }
  }
  return out;
}

function expect(line: PrintedLine | undefined, shape: RegExp, what: string): RegExpExecArray {
  const match = line ? shape.exec(line.text) : null;
  if (!match) throw new Error(`Ligne ${line?.n ?? '?'} : ${what} attendu, trouvé « ${line?.text ?? '(rien)'} ».`);
  return match;
}

/** The Markdown of content/textes/lettre-boukharine.md from the source's text. */
export async function importLettreBoukharine(source: string, join: HyphenJoiner): Promise<string> {
  return importLettreBoukharineDetails(source, join).markdown;
}

/** The Markdown, with the notes and the remarks for review. */
export function importLettreBoukharineDetails(source: string, join: HyphenJoiner): { markdown: string; notes: NoteDefinition[]; remarques: string[] } {
  const { body, notes, remarques } = extractScatteredNotes(source, join);
  const typicalLength = percentile(body.map((line) => visible(line.text).length), 0.75);

  // Head: dossier heading, title-addressee, copy line with the date, salutation.
  const salutationAt = body.findIndex((line) => /^Chers camarades\s*!$/.test(line.text));
  if (salutationAt !== 3) throw new Error(`Ligne ${body[salutationAt]?.n ?? '?'} : en-tête de la lettre inattendu.`);
  const [dossier, suscription, copie] = body;
  const [, copieA, dateTete] = expect(copie, /^(Copie au .+?)\s+(\d{1,2} \p{L}+ \d{4}(?:\[\^\d+\])?)$/u, 'ligne « Copie au … date »');

  // Close of the letter: signature before the PS; close of the PS: salutation, signature, place and date.
  const psAt = body.findIndex((line) => /^PS\s*:/.test(line.text));
  if (psAt < 0) throw new Error('Post-scriptum « PS : » introuvable.');
  const signature = body[psAt - 1];
  expect(signature, /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)+$/u, 'signature avant le PS');
  const salut = body.at(-2);
  expect(salut, /^Salut communiste$/, 'formule finale « Salut communiste »');
  const [, signatureFin, dateFin] = expect(body.at(-1), /^(\p{Lu}\. \p{Lu}\p{L}+) (\p{Lu}\p{L}+, le \d{1,2} \p{L}+ \d{4})$/u, 'signature, lieu et date');

  const letter = blocks(paragraphs(body.slice(salutationAt + 1, psAt - 1), join, typicalLength));
  const ps = blocks(paragraphs(body.slice(psAt, -2), join, typicalLength));

  const parts = [
    `## ${dossier!.text}`,
    `::suscription[${suscription!.text}]`,
    `::suscription[${copieA}]`,
    `::date[${dateTete}]`,
    `::salutation[${body[salutationAt]!.text}]`,
    ...letter,
    `::signature[${signature!.text}]`,
    [':::ps', ...ps, `::salutation[${salut!.text}]`, `::signature[${signatureFin}]`, `::date[${dateFin}]`, ':::'].join('\n\n'),
    notes.map((note) => `[^${note.number}]: ${note.markdown}`).join('\n\n'),
  ];
  const lastLine = source.replace(/\s+$/, '').split(/\r?\n/).length;
  return { markdown: `${frontMatter(lastLine)}\n${parts.join('\n\n')}\n`, notes, remarques };
}

/** Run alone: read the source, write the draft where it may be written. */
async function main() {
  const root = joinPath(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const sources = joinPath(root, 'content', 'sources');
  const source = readFileSync(joinPath(sources, FICHIER), 'utf8');
  const corpus = readdirSync(sources)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(joinPath(sources, name), 'utf8'))
    .join('\n');
  const join = await createHyphenJoiner(corpus);
  const { markdown, remarques } = importLettreBoukharineDetails(source, join);
  const edited = joinPath(root, 'content', 'textes', 'lettre-boukharine.md');
  const target = existsSync(edited) ? joinPath(root, 'tmp', 'import', 'lettre-boukharine.md') : edited;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, markdown);
  console.log(`${target} écrit.`);
  for (const remarque of remarques) console.log(`  à vérifier : ${remarque}`);
  for (const decision of join.log ?? []) {
    console.log(`  trait d'union « ${decision.left} » + « ${decision.right} » → ${decision.decision} (${decision.reason}${decision.unsure ? ', incertain' : ''})`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
