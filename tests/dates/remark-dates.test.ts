/**
 * remark-dates in the edition's pipeline, on small fixtures: `fixtures/<case>/input.md` renders to
 * `output.html` and records `dates.json` (the model's dates, with `messages.txt` when the plugin
 * says something), or stops with the message editors read in `error.txt`
 * (`fichier:ligne:colonne : raison`).
 * Regenerate the expectations with `UPDATE=1 npx vitest run tests/dates` and review them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { attenduDansLaFixture } from '../helpers/fixtures.ts';
import { formaterMessage } from '../../src/noyau/pipeline.ts';
import { modeleDe, rendre, rendreAvecPassages } from '../helpers/pipeline.ts';

const root = join(import.meta.dirname, 'fixtures');

describe('remark-dates fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    it(`should render ${name} as expected`, async () => {
      let file: VFile;
      try {
        file = await rendreAvecPassages(readFileSync(join(folder, 'input.md'), 'utf8'), 'input.md');
      } catch (error) {
        if (!(error instanceof VFileMessage)) throw error;
        attenduDansLaFixture(folder, 'error.txt', formaterMessage(error) + '\n');
        return;
      }
      attenduDansLaFixture(folder, 'output.html', String(file.value) + '\n');
      const { dates, passages } = modeleDe(file);
      attenduDansLaFixture(folder, 'dates.json', JSON.stringify(dates, null, 2) + '\n');
      // Every date's words are at its offsets in its passage, and its sentence holds them.
      for (const date of dates!) {
        const passage = passages!.find((p) => p.id === date.passage);
        if (passage) expect(passage.texte.slice(date.debut, date.fin)).toBe(date.mots);
        expect(date.phrase.slice(date.debut - date.debutPhrase, date.fin - date.debutPhrase)).toBe(date.mots);
      }
      const messages = file.messages.filter((m) => m.source === 'remark-dates');
      if (messages.length > 0 || existsSync(join(folder, 'messages.txt'))) {
        attenduDansLaFixture(folder, 'messages.txt', messages.map((m) => formaterMessage(m) + '\n').join(''));
      }
    });
  }
});

describe('remark-dates', () => {
  async function dates(markdown: string) {
    return modeleDe(await rendreAvecPassages(markdown)).dates;
  }

  it('should record each date with its passage, its offsets and its sentence', async () => {
    const trouvees = await dates("Je suis arrivé hier. Le 1er août 1936, il partit au Pamir. Il revint en 1936.\n\nEn 1937, rien[^2].\n\n[^2]: L. B. Kamenev (1883-1936). Fusillé.\n");
    expect(trouvees).toEqual([
      { iso: '1936-08-01', mots: '1er août 1936', passage: 'p1', debut: 24, fin: 37, phrase: 'Le 1er août 1936, il partit au Pamir.', debutPhrase: 21 },
      { iso: '1936', mots: '1936', passage: 'p1', debut: 72, fin: 76, phrase: 'Il revint en 1936.', debutPhrase: 59 },
      { iso: '1937', mots: '1937', passage: 'p2', debut: 3, fin: 7, phrase: 'En 1937, rien.', debutPhrase: 0 },
      // Life dates, marked but flagged: not events of the chronology.
      { iso: '1883/1936', mots: '1883-1936', passage: 'note-2', debut: 15, fin: 24, phrase: 'L. B. Kamenev (1883-1936).', debutPhrase: 0, vie: true },
    ]);
  });

  it('should record a date marked by an editor as manual, and a date in a heading with its heading', async () => {
    const file = await rendreAvecPassages('# Les procès de 1936\n\nLe :date[10 mars]{iso="1936-03-10"}, rien.\n');
    const modele = modeleDe(file);
    expect(modele.dates).toEqual([
      { iso: '1936', mots: '1936', passage: '', titre: 0, debut: 14, fin: 18, phrase: 'Les procès de 1936', debutPhrase: 0 },
      { iso: '1936-03-10', mots: '10 mars', passage: 'p1', debut: 3, fin: 10, phrase: 'Le 10 mars, rien.', debutPhrase: 0, manuelle: true },
    ]);
    expect(modele.titres![0]).toMatchObject({ texte: 'Les procès de 1936', profondeur: 1, ligne: 1 });
  });

  it('should not flag a range of years outside parentheses as life dates', async () => {
    const [date] = await dates('Les procès de 1936-1938 furent publics.\n');
    expect(date).toMatchObject({ iso: '1936/1938' });
    expect(date!.vie).toBeUndefined();
    const [entreParentheses] = await dates('Les procès (1936-1938 surtout) furent publics.\n');
    expect(entreParentheses!.vie).toBeUndefined();
  });

  it('should keep the edition’s own words in brackets in a sentence', async () => {
    const [date] = await dates('Les plenums de décembre 1936 (à l’issue duquel :lacune[texte manquant dans la source] Staline) éclairent.\n');
    expect(date!.phrase).toBe('Les plenums de décembre 1936 (à l’issue duquel [texte manquant dans la source] Staline) éclairent.');
  });

  it('should record an empty passage when the text has no ledger', async () => {
    const file = await rendre('En 1937, rien.\n');
    expect(modeleDe(file).dates).toEqual([{ iso: '1937', mots: '1937', passage: '', debut: 3, fin: 7, phrase: 'En 1937, rien.', debutPhrase: 0 }]);
  });

  it('should say where a day without a year is, as an info that does not stop the build', async () => {
    const file = await rendre('Texte.\n\nLe 10 mars, rien.\n', 'a.md');
    expect(file.messages.map((m) => [formaterMessage(m), m.fatal])).toEqual([
      ['a.md:3:4 : date sans année (« 10 mars »), laissée sans balise : `:date[10 mars]{iso="…"}` si l’année est certaine, ou `:nondate[10 mars]`', undefined],
    ]);
  });
});
