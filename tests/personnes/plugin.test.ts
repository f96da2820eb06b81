/**
 * remark-personnes in the edition's pipeline, on small fixtures, with a small register of its own
 * (`registre/`): `fixtures/<case>/input.md` renders to `output.html` and records `mentions.json`
 * (the model's mentions), or stops with the message editors read in `error.txt`
 * (`fichier:ligne:colonne : raison`).
 * Regenerate the expectations with `UPDATE=1 npx vitest run tests/personnes` and review them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { attenduDansLaFixture } from '../helpers/fixtures.ts';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { compilerEvenements } from '../../src/noyau/evenements.ts';
import { createParser } from '../../src/noyau/markdown.ts';
import { formaterMessage, traiterMarkdown } from '../../src/noyau/pipeline.ts';
import remarkPersonnes from '../../src/noyau/plugins/remark-personnes.ts';
import { modeleDe, rendreAvecPassages, repertoireDe } from '../helpers/pipeline.ts';

const root = join(import.meta.dirname, 'fixtures');
const repertoire = repertoireDe(join(import.meta.dirname, 'registre'));

/** The edition's pipeline with the test register, a ledger and a base path. */
function rendre(markdown: string, chemin = 'input.md'): Promise<VFile> {
  return rendreAvecPassages(markdown, chemin, { personnes: repertoire, base: '/dossier' });
}

/** Every mention's words are at its offsets in its passage, and in its sentence. */
function verifierLesLieux(file: VFile): void {
  const { mentions, passages } = modeleDe(file);
  for (const m of mentions!) {
    const passage = passages!.find((p) => p.id === m.passage)!;
    expect(passage.texte.slice(m.debut, m.fin)).toBe(m.forme);
    expect(m.phrase.slice(m.debut - m.debutPhrase, m.fin - m.debutPhrase)).toBe(m.forme);
  }
}

async function erreur(markdown: string): Promise<string> {
  try {
    await rendre(markdown);
  } catch (error) {
    if (error instanceof VFileMessage) return formaterMessage(error);
    throw error;
  }
  throw new Error('expected the rendering to stop');
}

describe('remark-personnes fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    it(`should render ${name} as expected`, async () => {
      let file: VFile;
      try {
        file = await rendre(readFileSync(join(folder, 'input.md'), 'utf8'));
      } catch (error) {
        if (!(error instanceof VFileMessage)) throw error;
        attenduDansLaFixture(folder, 'error.txt', formaterMessage(error) + '\n');
        return;
      }
      attenduDansLaFixture(folder, 'output.html', String(file.value) + '\n');
      attenduDansLaFixture(folder, 'mentions.json', JSON.stringify(modeleDe(file).mentions, null, 2) + '\n');
      verifierLesLieux(file);
    });
  }
});

describe('remark-personnes', () => {
  it('should record each mention with its passage, its words and how it was resolved', async () => {
    const file = await rendre('Kamenev parle, puis Kamenev.\n\nStaline écoute :personne[Yakovlev]{id="iakovlev-alexandre"}.\n');
    expect(modeleDe(file).mentions!.map((m) => [m.entite, m.passage, m.forme, m.resolution, m.debut, m.fin])).toEqual([
      ['kamenev', 'p1', 'Kamenev', 'graphie', 0, 7],
      ['kamenev', 'p1', 'Kamenev', 'graphie', 20, 27],
      ['staline', 'p2', 'Staline', 'graphie', 0, 7],
      ['iakovlev-alexandre', 'p2', 'Yakovlev', 'directive', 15, 23],
    ]);
    // The first mention of a person in a block is a link, the next ones quiet marks.
    expect(String(file.value)).toContain('<a href="/dossier/personnes/kamenev/" class="mention" data-personne="kamenev">Kamenev</a> parle, puis <span class="mention" data-personne="kamenev">Kamenev</span>');
    verifierLesLieux(file);
  });

  it('should warn, without stopping, about a choice for a spelling that is not ambiguous', async () => {
    const markdown = readFileSync(join(root, 'ambigu-resolu-texte-a', 'input.md'), 'utf8').replace('Smirnov: smirnov-ivan', 'Smirnov: smirnov-ivan, Kamenev: kamenev');
    const file = await rendre(markdown);
    expect(file.messages.map((m) => [formaterMessage(m), m.fatal])).toEqual([['input.md:10:46 : en-tête, personnes : « Kamenev » ne désigne que `kamenev`, la ligne peut être retirée', false]]);
    expect(modeleDe(file).mentions!.map((m) => [m.entite, m.resolution])).toEqual([['kamenev', 'graphie'], ['smirnov-ivan', 'en-tete']]);
  });

  it('should stop at an unknown person or spelling in the front matter', async () => {
    const texte = readFileSync(join(root, 'ambigu-resolu-texte-a', 'input.md'), 'utf8');
    expect(await erreur(texte.replace('Smirnov: smirnov-ivan', 'Smirnov: personne-inconnue'))).toBe('input.md:10:23 : en-tête, personnes : `personne-inconnue` (pour « Smirnov ») n’est pas au registre ; l’identifiant d’une fiche de content/personnes/ est attendu');
    expect(await erreur(texte.replace('Smirnov: smirnov-ivan', 'Smirnoff: smirnov-ivan'))).toBe('input.md:10:24 : en-tête, personnes : « Smirnoff » n’est pas une graphie du registre');
  });

  it('should stop with the place of every ambiguous name, and of an unknown id', async () => {
    expect(await erreur('Texte.\n\nSmirnov et Yakovlev.\n')).toBe(
      'input.md:3:1 : noms ambigus : ligne 3 « Smirnov » (smirnov-alexandre ou smirnov-ivan) ; ligne 3 « Yakovlev » (iakovlev-alexandre ou iakovlev-iakov) ; dire qui est désigné, dans l’en-tête (`personnes: { Smirnov: … }`) ou à l’endroit même (`:personne[Smirnov]{id="…"}`)',
    );
    expect(await erreur('Texte.\n\nLe camarade :personne[Smirnov]{id="smirnov"}.\n')).toBe('input.md:3:13 : `:personne[Smirnov]` : `smirnov` n’est pas au registre ; l’identifiant d’une fiche de content/personnes/ est attendu');
  });

  it('should refuse to run without a register, with a plain sentence', () => {
    expect(() => remarkPersonnes(undefined as never)).toThrow('remark-personnes a besoin du registre des personnes : `[remarkPersonnes, { repertoire }]`');
  });
});

describe('remark-personnes, the editor’s directive and the places left alone', () => {
  const messages = async (markdown: string) =>
    (await traiterMarkdown(markdown, 'input.md', { personnes: repertoire })).messages.map((m) => [formaterMessage(m), m.fatal, m.ruleId, m.source]);
  const arret = (message: string) => [[message, true, 'personnes', 'remark-personnes']];
  /** remark-personnes alone on a parsed document: the persons of its mentions, in order. */
  async function seul(markdown: string, file = new VFile({ path: 'input.md' })): Promise<string[]> {
    const processeur = createParser().use(remarkPersonnes, { repertoire });
    const tree = await processeur.run(processeur.parse(markdown), file);
    const ids: string[] = [];
    visit(tree, (node) => { if (node.data?.entite) ids.push(node.data.entite.id); });
    return ids;
  }

  it('should refuse the directive in a link or in the edition’s own words, naming the directive', async () => {
    const guide = ':personne[le Guide]{id="staline"}';
    expect(await messages(`Voir [${guide}](https://example.org/).\n`)).toEqual(arret('input.md:1:7 : `:personne` dans un lien : il s’emploie dans le texte courant ou une note'));
    expect(await messages(`Texte :lacune[selon ${guide}].\n`)).toEqual(arret('input.md:1:21 : `:personne` dans une `:lacune` : il s’emploie dans le texte courant ou une note'));
    expect(await messages(`::remarque[selon ${guide}]\n`)).toEqual(arret('input.md:1:18 : `:personne` dans une `:remarque` : il s’emploie dans le texte courant ou une note'));
    expect(await messages(`:::lacune\nSelon ${guide}.\n:::\n`)).toEqual(arret('input.md:2:7 : `:personne` dans une `:lacune` : il s’emploie dans le texte courant ou une note'));
    expect(await messages(`Dans :oeuvre[les écrits de ${guide}].\n`)).toEqual(arret('input.md:1:28 : `:personne` dans une `:oeuvre` : il s’emploie dans le texte courant ou une note'));
  });

  it('should refuse the directive as a block, without a name, without id', async () => {
    expect(await messages('::personne[Staline]{id="staline"}\n')).toEqual(arret('input.md:1:1 : `personne` en bloc (leafDirective) : `:personne[Nom]{id="…"}` s’écrit dans la ligne'));
    expect(await messages(':::personne{id="staline"}\nStaline.\n:::\n')).toEqual(arret('input.md:1:1 : `personne` en bloc (containerDirective) : `:personne[Nom]{id="…"}` s’écrit dans la ligne'));
    expect(await messages('Le :personne[]{id="staline"} parle.\n')).toEqual(arret('input.md:1:4 : `:personne` sans nom : `:personne[Nom]{id="…"}` est attendu'));
    expect(await messages('Le camarade :personne[Smirnov]{rang="1"}.\n')).toEqual(arret('input.md:1:13 : `:personne[Smirnov]` sans `id` : dire qui est désigné, `:personne[Smirnov]{id="…"}`'));
  });

  it('should stop at a single ambiguous name, in the singular', async () => {
    expect(await messages('Texte.\n\nLe camarade Smirnov.\n')).toEqual(arret(
      'input.md:3:13 : nom ambigu : ligne 3 « Smirnov » (smirnov-alexandre ou smirnov-ivan) ; dire qui est désigné, dans l’en-tête (`personnes: { Smirnov: … }`) ou à l’endroit même (`:personne[Smirnov]{id="…"}`)',
    ));
  });

  it('should not look for names in link references nor in a work cited, whatever its form', async () => {
    expect(await seul('[Kamenev][ref] ; :oeuvre[Kamenev].\n\n::oeuvre[Kamenev]\n\n:::oeuvre\nKamenev.\n:::\n\nEt Staline.\n\n[ref]: https://example.org/\n')).toEqual(['staline']);
  });

  it('should link a person named inside an event only where the event is not a link', async () => {
    const evenements = compilerEvenements([{ id: 'proces-kamenev', nom: 'Procès de Kamenev', formes: ['procès de Kamenev'], date: '1936-08', description: 'Un procès de test.' }]);
    const file = await traiterMarkdown('Le procès de Kamenev, le procès de Kamenev, Kamenev.\n', 'input.md', { personnes: repertoire, evenements, base: '/dossier/' });
    expect(String(file.value)).toBe([
      '<p>Le <a class="mention-evenement" data-evenement="proces-kamenev" href="/dossier/evenements/proces-kamenev/">procès de <span class="mention" data-personne="kamenev">Kamenev</span></a>, ',
      'le <span class="mention-evenement" data-evenement="proces-kamenev">procès de <a href="/dossier/personnes/kamenev/" class="mention" data-personne="kamenev">Kamenev</a></span>, ',
      '<span class="mention" data-personne="kamenev">Kamenev</span>.</p>',
    ].join(''));
  });

  it('should report at the file’s start what has no place: a front matter without its places, a tree made without positions', async () => {
    const file = new VFile({ path: 'input.md' });
    file.data.entete = { personnes: { Kamenev: 'kamenev' } } as never;
    expect(await seul('Kamenev.\n', file)).toEqual(['kamenev']);
    expect(file.messages.map((m) => [formaterMessage(m), m.line, m.column, m.fatal, m.ruleId, m.source])).toEqual([['input.md:1:1 : en-tête, personnes : « Kamenev » ne désigne que `kamenev`, la ligne peut être retirée', 1, 1, false, 'personnes', 'remark-personnes']]);
    const inconnu = new VFile({ path: 'input.md' });
    inconnu.data.entete = { personnes: { Smirnov: 'smirnov' } } as never;
    await expect(seul('Texte.\n', inconnu)).rejects.toThrow();
    expect(inconnu.messages.map((m) => [formaterMessage(m), m.line, m.column])).toEqual([['input.md:1:1 : en-tête, personnes : `smirnov` (pour « Smirnov ») n’est pas au registre ; l’identifiant d’une fiche de content/personnes/ est attendu', 1, 1]]);

    const sansPlace = new VFile({ path: 'input.md' });
    const directive = { type: 'textDirective', name: 'personne', children: [{ type: 'text', value: 'Smirnov' }] };
    expect(() => remarkPersonnes({ repertoire })({ type: 'root', children: [{ type: 'paragraph', children: [directive] }] } as Root, sansPlace)).toThrow();
    expect(sansPlace.messages.map((m) => formaterMessage(m))).toEqual(['input.md:1:1 : `:personne[Smirnov]` sans `id` : dire qui est désigné, `:personne[Smirnov]{id="…"}`']);
    const ambigu = new VFile({ path: 'input.md' });
    expect(() => remarkPersonnes({ repertoire })({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Smirnov et Smirnov.' }] }] }, ambigu)).toThrow();
    expect(ambigu.messages.map((m) => formaterMessage(m))).toEqual(['input.md:1:1 : noms ambigus : ligne ? « Smirnov » (smirnov-alexandre ou smirnov-ivan) ; ligne ? « Smirnov » (smirnov-alexandre ou smirnov-ivan) ; dire qui est désigné, dans l’en-tête (`personnes: { Smirnov: … }`) ou à l’endroit même (`:personne[Smirnov]{id="…"}`)']);
  });
});
