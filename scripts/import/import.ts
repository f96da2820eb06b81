/**
 * Import: source → Markdown drafts of the texts (content/textes/<slug>.md).
 *
 *   node scripts/import/import.ts                 # every text
 *   node scripts/import/import.ts essai-werth     # one text (several slugs allowed)
 *   node scripts/import/import.ts essai-werth --force   # overwrite the edited file
 *
 * An existing content/textes/<slug>.md is the edition (hand-curated): without --force it is kept and
 * the draft goes to tmp/import/<slug>.md, to compare. One "recipe" per text; the general mechanisms
 * are in lib/ (hyphenation, reflow, glued note calls). No word of the source is changed except
 * rejoined line-end hyphenated words and separated note calls; corrections are made later by hand
 * with `:corr[…]`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join as joinPath, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { separateGluedCalls } from './lib/glued-calls.ts';
import { createHyphenJoiner, type ExplainingHyphenJoiner, type HyphenJoiner } from './lib/hyphenation.ts';
import { reflow, type Paragraph, type ReflowOptions } from './lib/reflow.ts';

const ROOT = joinPath(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCES = joinPath(ROOT, 'content', 'sources');
const TEXTES = joinPath(ROOT, 'content', 'textes');
const DRAFTS = joinPath(ROOT, 'tmp', 'import');

export const DOSSIER = '000_165abc1d5d46dd50.txt';
export const FURR = '002_c84b7cb0c977802e.txt';
export const BOUKHARINE = '004_e0825261bac2aa04.txt';

export const LACUNE_NOTE_WERTH = ":lacune[Le texte de cette note n'est pas reproduit dans la source du dossier.]";
export const LACUNE_EXTRAIT_IMAGE =
  "::lacune[Seul le titre de cet extrait est dans la source : son texte n'y figure pas.]";

// ---------------------------------------------------------------------------------------------
// Markdown output helpers
// ---------------------------------------------------------------------------------------------

export interface FrontMatter {
  titre: string;
  auteur: string;
  traduction?: string;
  date: string;
  /** A YAML comment written after the date (e.g. "à vérifier"). */
  dateRemarque?: string;
  genre: 'introduction' | 'essai' | 'traduction' | 'lettre';
  ordre: number;
  presentation: string;
  fichier: string;
  lignes: [number, number][];
}

const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

export function frontMatter(fm: FrontMatter): string {
  const lines = ['---', `titre: ${q(fm.titre)}`, `auteur: ${q(fm.auteur)}`];
  if (fm.traduction) lines.push(`traduction: ${q(fm.traduction)}`);
  lines.push(`date: ${q(fm.date)}${fm.dateRemarque ? `  # ${fm.dateRemarque}` : ''}`);
  lines.push(`genre: ${fm.genre}`, `ordre: ${fm.ordre}`, `presentation: ${q(fm.presentation)}`);
  lines.push('source:', `  fichier: ${fm.fichier}`, `  lignes: ${JSON.stringify(fm.lignes).replaceAll(',', ', ')}`);
  lines.push('---', '');
  return lines.join('\n');
}

/** Escape what Markdown (CommonMark, GFM, directives) would read as markup inside running text. */
export function escapeInline(text: string): string {
  return text
    .replace(/([\\`*_~<])/g, '\\$1')
    .replace(/(^|[^\p{L}\p{N}\\]):(?=\p{L})/gu, '$1\\:'); // " :pour" would open a text directive
}

/** Escape a paragraph: inline markup, and what would make its start a block construct. */
export function escapeParagraph(text: string): string {
  let out = escapeInline(text);
  out = out.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2'); // "1) Pour le portrait": not a list
  out = out.replace(/^([#>+=|[-])/, '\\$1');
  return out;
}

function blockquote(blocks: string[]): string {
  return blocks
    .join('\n\n')
    .split('\n')
    .map((l) => (l === '' ? '>' : `> ${l}`))
    .join('\n');
}

function lastNonBlank(lines: string[], from: number, to: number): number {
  let i = to;
  while (i > from && (lines[i - 1] ?? '').trim() === '') i--;
  return i;
}

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

export interface Context {
  /** Raw text of a source file. */
  source(file: string): string;
  join: ExplainingHyphenJoiner;
  /** Hyphen decisions, with source lines, for the report. */
  hyphens: { file: string; line: number; left: string; right: string; decision: 'join' | 'keep' }[];
  /** Spots left for hand curation. */
  remarks: string[];
}

/** Reflow lines [from, to] (1-based, inclusive) of a source file. */
function reflowLines(ctx: Context, file: string, from: number, to: number, options: ReflowOptions = {}): Paragraph[] {
  const all = ctx.source(file).split(/\r?\n/);
  return reflow(all.slice(from - 1, to), ctx.join, {
    ...options,
    firstLine: from,
    onHyphen: (h) => ctx.hyphens.push({ file, ...h }),
  });
}

function findLine(lines: string[], test: RegExp, what: string, from = 1): number {
  for (let i = from - 1; i < lines.length; i++) if (test.test(lines[i] ?? '')) return i + 1;
  throw new Error(`${what} introuvable (${test})`);
}

/** Where the parts of the dossier (000) begin and end. */
function dossierLayout(ctx: Context) {
  const lines = ctx.source(DOSSIER).split(/\r?\n/);
  const werthHeading = findLine(lines, /^\s*Introduction\s*$/, 'Titre « Introduction » de l’essai de Werth');
  const werthEnd = findLine(lines, /un art difficile\.\s*$/, 'Fin de l’essai de Werth (« un art difficile. »)', werthHeading);
  const introEnd = lastNonBlank(lines, 0, werthHeading - 1);
  const extractsEnd = lastNonBlank(lines, werthEnd, lines.length);
  return { lines, werthHeading, werthEnd, introEnd, extractsStart: werthEnd + 1, extractsEnd };
}

// ---------------------------------------------------------------------------------------------
// Recipes
// ---------------------------------------------------------------------------------------------

/** introduction: title line, epigraph, organisers' introduction, extracts reproduced as images. */
export function importIntroduction(ctx: Context): string {
  const layout = dossierLayout(ctx);
  const { lines } = layout;
  const paragraphs = reflowLines(ctx, DOSSIER, 1, layout.introEnd);
  const signatureIndex = paragraphs.findIndex((p) => p.text === 'Boris Souvarine');
  if (signatureIndex < 2) throw new Error(`${DOSSIER}: signature « Boris Souvarine » de l’exergue introuvable`);
  const [title] = paragraphs;
  const epigraph = paragraphs.slice(1, signatureIndex);
  const intro = paragraphs.slice(signatureIndex + 1);

  const out: string[] = [];
  out.push(`## ${escapeInline(title!.text)}`);
  out.push(
    [':::epigraphe', ...epigraph.map((p) => escapeParagraph(p.text) + '\n'), '::signature[Boris Souvarine]', ':::'].join(
      '\n',
    ),
  );
  for (const p of intro) out.push(escapeParagraph(p.text));
  const lastIntro = intro[intro.length - 1];
  if (lastIntro && !/[.!?»]$/.test(lastIntro.text)) {
    ctx.remarks.push(
      `${DOSSIER}:${lastIntro.line}-${lastIntro.lastLine}: le dernier paragraphe de l’introduction s’arrête sur « …${lastIntro.text.slice(-40)} » (texte interrompu dans la source ?)`,
    );
  }
  const introTail = intro.findIndex((p) => !/[.!?»]$/.test(p.text));
  if (introTail >= 0 && introTail < intro.length - 1) {
    const p = intro[introTail]!;
    ctx.remarks.push(`${DOSSIER}:${p.lastLine}: paragraphe terminé par « …${p.text.slice(-30)} » : phrase interrompue dans la source ?`);
  }

  out.push(...extractBlocks(ctx, lines, layout.extractsStart, layout.extractsEnd));

  return (
    frontMatter({
      titre: 'Introduction',
      auteur: 'Les organisateurs de la discussion',
      date: '2012',
      dateRemarque:
        'À VÉRIFIER : la source ne date ni le dossier ni la discussion du 8 juin ; 2012 = au plus tôt (l’essai de Werth paraît « près de quarante ans » après 1972)',
      genre: 'introduction',
      ordre: 1,
      presentation:
        "Le dossier réuni pour la discussion publique du 8 juin aux Fleurs Arctiques : un exergue de Boris Souvarine, la présentation des textes par les organisateurs, qui s'intéressent au démontage judiciaire des procès staliniens et à l'importance des aveux, puis les pages de titre des extraits de Victor Serge et d'Arthur London, reproduits en image, avec une courte lettre de Victor Serge.",
      fichier: DOSSIER,
      lignes: [
        [1, layout.introEnd],
        [layout.extractsStart, layout.extractsEnd],
      ],
    }) +
    '\n' +
    out.join('\n\n') +
    '\n'
  );
}

/**
 * The extracts after Werth's essay: groups of lines separated by two blank lines or more. A group
 * with a salutation ("Cher Camarade,") is the surviving letter; the others are title pages of
 * extracts the printed dossier reproduced as images.
 */
function extractBlocks(ctx: Context, lines: string[], from: number, to: number): string[] {
  type Group = { start: number; end: number };
  const groups: Group[] = [];
  let blanks = 2;
  for (let n = from; n <= to; n++) {
    const blank = (lines[n - 1] ?? '').trim() === '';
    if (blank) {
      blanks++;
      continue;
    }
    if (blanks >= 2 || groups.length === 0) groups.push({ start: n, end: n });
    else groups[groups.length - 1]!.end = n;
    blanks = 0;
  }

  const out: string[] = [];
  for (const g of groups) {
    const groupLines = lines.slice(g.start - 1, g.end);
    const salutation = groupLines.findIndex((l) => /^\s*Cher\s+Camarade/i.test(l));
    if (salutation < 0) {
      const titles = groupLines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
      out.push([':::extrait-image', ...titles.map((t) => escapeParagraph(t) + '\n'), LACUNE_EXTRAIT_IMAGE, ':::'].join('\n'));
      continue;
    }
    // The letter: caption, date line, salutation, body.
    const salutationLine = g.start + salutation;
    const headParagraphs = reflowLines(ctx, DOSSIER, g.start, salutationLine - 1);
    const dateParagraph = headParagraphs.findIndex((p) => /\b\d{1,2}(?:er)? \p{L}+ \d{4}$/u.test(p.text));
    headParagraphs.forEach((p, i) => {
      out.push(i === dateParagraph ? `::date[${escapeInline(p.text)}]` : escapeParagraph(p.text));
    });
    out.push(`::salutation[${escapeInline(groupLines[salutation]!.trim())}]`);
    for (const p of reflowLines(ctx, DOSSIER, salutationLine + 1, g.end)) out.push(escapeParagraph(p.text));
    ctx.remarks.push(
      `${DOSSIER}:${g.start}-${g.end}: lettre de Victor Serge (Uccle, 17 septembre 1936) placée hors des blocs :::extrait-image ; sa légende (« Extrait d’une lettre… ») est un paragraphe ordinaire — à rattacher à l’extrait voisin si c’est ce que montrait le dossier imprimé`,
    );
  }
  return out;
}

/** essai-werth: Werth's essay, its glued note calls and (absent) notes. */
export function importEssaiWerth(ctx: Context): string {
  const layout = dossierLayout(ctx);
  const paragraphs = reflowLines(ctx, DOSSIER, layout.werthHeading + 1, layout.werthEnd);
  const { texts, calls } = separateGluedCalls(paragraphs, { file: DOSSIER });
  const heading = layout.lines[layout.werthHeading - 1]!.trim();

  // Run-in subheadings the extraction glued into paragraphs: a short capitalised phrase ending
  // without a verb before a sentence; cannot be decided mechanically, so only reported.
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(/[.?!»]\s+((?:La|Le|Les)\s[^.:]{10,80}(?::|\s:)\s[^.]{10,80}?)(?:\.\s|\s(?=[A-Z][a-z]+ ))/g)) {
      ctx.remarks.push(`${DOSSIER}: intertitre possible dans le paragraphe des lignes ${p.line}-${p.lastLine} : « ${m[1]} »`);
    }
  }

  const out: string[] = [`## ${escapeInline(heading)}`];
  for (const t of texts) out.push(escapeParagraph(t).replace(/\\\[\^/g, '[^'));
  out.push(calls.map((c) => `[^${c.number}]: ${LACUNE_NOTE_WERTH}`).join('\n'));

  return (
    frontMatter({
      titre: 'La mise en scène pédagogique des grands procès staliniens',
      auteur: 'Nicolas Werth',
      date: '2012',
      dateRemarque: 'À VÉRIFIER : la source ne date pas l’essai ; il paraît « près de quarante ans » après le livre d’Annie Kriegel (1972)',
      genre: 'essai',
      ordre: 2,
      presentation:
        "L'essai de Nicolas Werth analyse la machine à procès stalinienne en la resituant dans une dynamique qui commence chez Lénine dès les débuts du régime bolchévique : la mise en scène pédagogique des grands procès publics, des années 1920 aux procès de Moscou et aux procès de province de 1937.",
      fichier: DOSSIER,
      lignes: [[layout.werthHeading, layout.werthEnd]],
    }) +
    '\n' +
    out.join('\n\n') +
    '\n'
  );
}

/** article-furr: translators' preface, 13 numbered sections, "Notes complémentaires". */
export function importArticleFurr(ctx: Context): string {
  const lines = ctx.source(FURR).split(/\r?\n/);
  const end = lastNonBlank(lines, 0, lines.length);
  const paragraphs = reflowLines(ctx, FURR, 1, end);

  type Kind = 'heading' | 'subheading' | 'star-item' | 'item' | 'text';
  const kinds: Kind[] = [];
  let nextSection = 1;
  let inNotes = false;
  paragraphs.forEach((p) => {
    const section = /^(\d{1,2})\. (\S.{0,70})$/.exec(p.text);
    if (section && Number(section[1]) === nextSection) {
      nextSection++;
      kinds.push('heading');
    } else if (/^Notes complémentaires$/.test(p.text)) {
      inNotes = true;
      kinds.push('heading');
    } else if (inNotes && /^Notes sur .{5,100}:$/.test(p.text)) {
      kinds.push('subheading');
    } else if (/^\* /.test(p.text)) {
      kinds.push('star-item');
    } else kinds.push('text');
  });
  if (nextSection !== 14) throw new Error(`${FURR}: ${nextSection - 1} sections numérotées trouvées sur 13`);
  // Runs of two or more indented paragraphs (lost bullets) inside the body: list items.
  for (let i = 0; i < paragraphs.length; ) {
    let j = i;
    while (j < paragraphs.length && kinds[j] === 'text' && paragraphs[j]!.indented && i > 0) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) kinds[k] = 'item';
    i = Math.max(j, i + 1);
  }

  const DIALOGUE = /^\p{Lu}[\p{L}'’-]+ : /u;
  const render = (i: number): string => {
    const p = paragraphs[i]!;
    switch (kinds[i]) {
      case 'heading':
        return `## ${escapeInline(p.text)}`;
      case 'subheading':
        return `### ${escapeInline(p.text)}`;
      case 'star-item':
        return `* ${escapeInline(p.text.slice(2))}`;
      case 'item':
        return `- ${escapeInline(p.text)}`;
      default:
        return escapeParagraph(p.text);
    }
  };
  const withDialogue = (indices: number[]): string[] => {
    const out: string[] = [];
    for (let k = 0; k < indices.length; k++) {
      let m = k;
      while (m < indices.length && DIALOGUE.test(paragraphs[indices[m]!]!.text)) m++;
      if (m - k >= 3) {
        out.push([':::dialogue', ...indices.slice(k, m).map((i) => render(i) + '\n'), ':::'].join('\n'));
        k = m - 1;
      } else out.push(render(indices[k]!));
    }
    return out;
  };

  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (kinds[i] === 'text' && p.text.startsWith('«')) {
      // A quotation: up to the paragraph where the guillemets balance again (at most 15).
      let b = 0;
      let j = i;
      let closedAt = -1;
      for (; j < paragraphs.length && j < i + 15; j++) {
        if (kinds[j] === 'heading') break;
        const text = paragraphs[j]!.text;
        let pos = -1;
        for (let c = 0; c < text.length; c++) {
          if (text[c] === '«') b++;
          else if (text[c] === '»') b--;
          if (b <= 0) {
            pos = c;
            break;
          }
        }
        if (pos >= 0) {
          closedAt = j === i ? pos / text.length : 1;
          break;
        }
      }
      const multi = closedAt >= 0 && j > i;
      const long = closedAt >= 0.7 && p.text.length >= 200;
      if (multi || long) {
        const indices = Array.from({ length: j - i + 1 }, (_, k) => i + k);
        out.push(blockquote(withDialogue(indices)));
        i = j;
        continue;
      }
      if (closedAt < 0) ctx.remarks.push(`${FURR}:${p.line}: citation ouverte par « sans guillemet fermant retrouvé (vérifier ses limites)`);
    }
    const run: number[] = [i];
    out.push(...withDialogue(run));
  }

  return (
    frontMatter({
      titre: 'Staline et la lutte pour la réforme démocratique',
      auteur: 'Grover Furr',
      traduction: 'Le collectif de NSC',
      date: '2005',
      dateRemarque: 'À VÉRIFIER : la source ne date pas l’article ; le titre et la date sont ceux de l’article anglais',
      genre: 'traduction',
      ordre: 3,
      presentation:
        "La traduction française, par un collectif qui la publie dans sa revue NSC, d'un article de Grover Furr : s'appuyant surtout sur les travaux de l'historien russe Youri Zhukov, il décrit les tentatives de Staline, des années 1930 jusqu'à sa mort, pour démocratiser le gouvernement de l'Union soviétique. Les sources sont citées entre parenthèses à la fin des paragraphes.",
      fichier: FURR,
      lignes: [[1, end]],
    }) +
    '\n' +
    out.join('\n\n') +
    '\n'
  );
}

/** lettre-boukharine: written by another engineer (scattered notes), in ./lettre-boukharine.ts. */
async function importLettre(ctx: Context): Promise<string> {
  const { importLettreBoukharine } = (await import('./lettre-boukharine.ts')) as {
    importLettreBoukharine: (source: string, join: HyphenJoiner) => Promise<string>;
  };
  return importLettreBoukharine(ctx.source(BOUKHARINE), ctx.join);
}

export const RECIPES: Record<string, (ctx: Context) => string | Promise<string>> = {
  introduction: importIntroduction,
  'essai-werth': importEssaiWerth,
  'article-furr': importArticleFurr,
  'lettre-boukharine': importLettre,
};

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/** Raw text of all sources (the hyphenation corpus). */
export function readSources(dir = SOURCES): Map<string, string> {
  const map = new Map<string, string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) map.set(f, readFileSync(joinPath(dir, f), 'utf8'));
  return map;
}

export async function createContext(sources = readSources()): Promise<Context> {
  const join = await createHyphenJoiner([...sources.values()].join('\n'));
  return {
    source(file) {
      const text = sources.get(file);
      if (text === undefined) throw new Error(`source absente : ${file}`);
      return text;
    },
    join,
    hyphens: [],
    remarks: [],
  };
}

async function main(argv: string[]): Promise<void> {
  const force = argv.includes('--force');
  const slugs = argv.filter((a) => !a.startsWith('--'));
  for (const s of slugs) if (!(s in RECIPES)) throw new Error(`texte inconnu : ${s} (connus : ${Object.keys(RECIPES).join(', ')})`);
  const todo = slugs.length > 0 ? slugs : Object.keys(RECIPES);
  const ctx = await createContext();

  for (const slug of todo) {
    const before = { hyphens: ctx.hyphens.length, remarks: ctx.remarks.length };
    const markdown = await RECIPES[slug]!(ctx);
    const edited = joinPath(TEXTES, `${slug}.md`);
    let target = edited;
    if (existsSync(edited) && !force) {
      target = joinPath(DRAFTS, `${slug}.md`);
      console.log(`${slug}: ${relative(ROOT, edited)} existe déjà (fichier édité conservé) ; brouillon écrit dans ${relative(ROOT, target)} (--force pour écraser)`);
    } else {
      console.log(`${slug}: écrit ${relative(ROOT, target)}`);
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, markdown);

    const hyphens = ctx.hyphens.slice(before.hyphens);
    const unsure = hyphens.filter((h) => ctx.join.explain(h.left, h.right).unsure);
    console.log(
      `  coupures en fin de ligne : ${hyphens.filter((h) => h.decision === 'join').length} mots recollés, ${hyphens.filter((h) => h.decision === 'keep').length} traits d'union gardés ; incertaines :`,
    );
    for (const h of unsure) {
      const d = ctx.join.explain(h.left, h.right);
      console.log(`    ${h.file}:${h.line} ${h.left} / ${h.right} → ${d.decision === 'join' ? d.joined : d.hyphenated} (${d.reason})`);
    }
    const remarks = ctx.remarks.slice(before.remarks);
    if (remarks.length > 0) console.log('  à reprendre à la main :');
    for (const r of remarks) console.log(`    ${r}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
