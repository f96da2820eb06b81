import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  extractScatteredNotes,
  joinLines,
  LACUNE_NOTE_MANQUANTE,
  LACUNE_SUITE_MANQUANTE,
  splitPages,
  type HyphenJoiner,
  type PrintedLine,
} from '../../scripts/import/lib/scattered-notes.ts';
import { importLettreBoukharine } from '../../scripts/import/lettre-boukharine.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
/** A trivial joiner: every line-end hyphen is kept. */
const keep: HyphenJoiner = () => 'keep';
const joinAll: HyphenJoiner = () => 'join';
/** The body as one running text. */
const running = (body: PrintedLine[]) => body.reduce((text, line) => joinLines(text, line.text, keep), '');
const note = (result: ReturnType<typeof extractScatteredNotes>, n: number) => result.notes.find((d) => d.number === n);

describe('splitPages', () => {
  it('should separate body lines from the note block and start a page after a run of blank lines', () => {
    const pages = splitPages(fixture('note-dans-phrase.txt'));
    expect(pages).toHaveLength(2);
    expect(pages[0]!.notes.map((l) => l.n)).toEqual([13, 14, 16, 17, 19, 20]);
    expect(pages[0]!.body.some((l) => l.n >= 12)).toBe(false);
    expect(pages[1]!.body.filter((l) => l.text.trim()).map((l) => l.n)).toEqual([27]);
  });

  it('should start a new page on a line glued to a note by one space', () => {
    const pages = splitPages(fixture('lacunes.txt'));
    expect(pages).toHaveLength(2);
    expect(pages[0]!.notes.map((l) => l.n)).toEqual([10]);
    expect(pages[1]!.body[0]).toEqual({ n: 11, text: ' lettre à Staline. J\'ai dit ' });
  });
});

describe('extractScatteredNotes', () => {
  it('should mend a sentence cut by a note block', () => {
    const { body } = extractScatteredNotes(fixture('note-dans-phrase.txt'), keep);
    expect(running(body)).toContain('et la honte qui découlent de ces déclarations me pousse à écrire.');
    expect(body.at(-1)).toMatchObject({ n: 27, pageStart: true });
  });

  it('should attach a call alone on its line to the preceding word, with the rest of the printed line', () => {
    const { body } = extractScatteredNotes(fixture('note-dans-phrase.txt'), keep);
    expect(body[0]).toMatchObject({ text: 'Arrivé à Frunze, je lus les déclarations de Kamenev[^3]. Je partis', calls: [3] });
    expect(body[1]!.text).toBe('pour Moscou, confronté à Kamenev, Zinoviev[^5], Reingold[^6]. On a fusillé mes accusateurs, et la honte qui');
    expect(body[1]!.calls).toEqual([5, 6]);
  });

  it('should read numbered notes and put back a superscript broken onto its own line', () => {
    const result = extractScatteredNotes(fixture('note-dans-phrase.txt'), keep);
    expect(result.notes.map((d) => d.number)).toEqual([3, 5, 6]);
    expect(note(result, 3)).toMatchObject({ markdown: 'L. B. Kamenev (1883-1936), dirigeant bolchevique.', etat: 'complète', attribution: 'numérotée' });
    expect(note(result, 6)!.markdown).toBe('I. Reingold, exécuté le 2er septembre.');
  });

  it('should attribute a note without number by elimination to the page\'s call that has no note', () => {
    const result = extractScatteredNotes(fixture('note-sans-numero.txt'), keep);
    expect(note(result, 8)).toMatchObject({ markdown: 'M. Tomski (1880-1936), dirigeant syndical.', attribution: 'élimination', lignes: [9] });
    expect(note(result, 9)).toMatchObject({ attribution: 'numérotée' });
    expect(running(result.body)).toContain('Cet isolement était difficile, mais nécessaire.');
  });

  it('should reassemble a note cut by a page break', () => {
    const result = extractScatteredNotes(fixture('note-coupee.txt'), keep);
    expect(note(result, 11)).toMatchObject({
      markdown: "A. Lounatcharski avait été le Commissaire du peuple à l'Instruction publique, puis directeur d'instituts.",
      etat: 'complète',
      lignes: [7, 17],
    });
    expect(note(result, 12)!.markdown).toBe('Fritz-David, agent provocateur.');
    expect(result.remarques.join('\n')).toContain('Note 11');
  });

  it('should say with a lacune that a note is missing or that its end is missing', () => {
    const result = extractScatteredNotes(fixture('lacunes.txt'), keep);
    expect(note(result, 16)).toMatchObject({
      markdown: `Il s'agit de Sergo Ordjonikidze, commissaire dans les années ${LACUNE_SUITE_MANQUANTE}`,
      etat: 'coupée',
      attribution: 'élimination',
    });
    expect(note(result, 17)).toMatchObject({ markdown: LACUNE_NOTE_MANQUANTE, etat: 'manquante', attribution: 'aucune' });
    expect(result.remarques.join('\n')).toContain('17');
    expect(running(result.body)).toContain('de transmettre une lettre à Staline.');
  });

  it('should throw, naming the source line, for a note that cannot be attributed', () => {
    expect(() => extractScatteredNotes(fixture('inattribuable.txt'), keep)).toThrow(/Ligne 4 .*Une note dont le numéro s'est perdu/);
  });

  it('should rejoin a line-end hyphen only when the joiner says so', () => {
    expect(joinLines('la com-', 'plicité morale', joinAll)).toBe('la complicité morale');
    expect(joinLines('la com-', 'plicité morale', keep)).toBe('la com-plicité morale');
    expect(joinLines('a priori -', 'démontrer', joinAll)).toBe('a priori - démontrer');
  });
});

describe('importLettreBoukharine', () => {
  it('should give the letter its 25 notes, in order, with the lacunes of the source', async () => {
    const source = readFileSync(new URL('../../content/sources/004_e0825261bac2aa04.txt', import.meta.url), 'utf8');
    const markdown = await importLettreBoukharine(source, keep);
    const definitions = [...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)];
    expect(definitions.map((m) => Number(m[1]))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(definitions.filter((m) => m[2] === LACUNE_NOTE_MANQUANTE).map((m) => Number(m[1]))).toEqual([17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(definitions.filter((m) => m[2]!.endsWith(LACUNE_SUITE_MANQUANTE)).map((m) => Number(m[1]))).toEqual([1, 16]);
    expect(markdown).toContain('::date[27 août 1936[^1]]');
    expect(markdown).toContain('Kamenev, Zinoviev[^5], Reingold[^6]. On a fusillé');
    expect(markdown).toMatch(/:::ps\n\nPS : Quelques faits complémentaires\./);
    expect(markdown).toMatch(/::signature\[N\. Boukharine\]\n\n::date\[Moscou, le 27 août 1936\]\n\n:::\n/);
  });
});
