/**
 * The events register and remark-evenements, through the edition's pipeline, with small registers
 * of their own: what counts as a reference (a registered form, whole words, case aside), the
 * editor's directive, an ambiguous form, a person named inside an event, and the register's own
 * checks (`fichier:ligne:colonne : raison`).
 */
import { describe, expect, it } from 'vitest';
import { ErreurDeContenu, lireEvenement } from '../../src/construction/contenu.ts';
import { cleDeForme, compilerEvenements, trouverEvenements, type Evenement } from '../../src/noyau/evenements.ts';
import { compilerRegistre } from '../../src/noyau/personnes.ts';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { formaterMessage, traiterMarkdown } from '../../src/noyau/pipeline.ts';
import remarkEvenements from '../../src/noyau/plugins/remark-evenements.ts';

const evenement = (id: string, formes: string[], date = '1936-08-19/1936-08-24'): Evenement =>
  ({ id, nom: formes[0]!, formes, date, description: 'Un événement de test, une ligne.' });

const seize = evenement('premier-proces', ['premier procès de Moscou', 'procès des Seize']);
const kirov = evenement('assassinat-de-kirov', ['assassinat de Kirov'], '1934-12-01');
const moscou = evenement('proces-de-moscou', ['procès de Moscou'], '1936-08/1938-03');
const personnes = compilerRegistre([{ id: 'kirov', nom: 'Sergueï Kirov', formes: ['Kirov'], role: 'Dirigeant du parti à Léningrad', note: '' }]);

async function traiter(markdown: string, registre: Evenement[] = [seize, kirov, moscou]) {
  const file = await traiterMarkdown(markdown, 'texte.md', { personnes, evenements: compilerEvenements(registre), base: '/dossier/' });
  return { file, html: String(file.value), mentions: file.data.modele?.mentions ?? [], fatal: file.messages.find((m) => m.fatal) };
}

describe('the events register', () => {
  it('finds registered forms as whole words, case aside, the longest first', () => {
    const repertoire = compilerEvenements([seize, moscou]);
    const trouves = trouverEvenements(repertoire, 'Au Premier procès de Moscou, puis aux procès de Moscoutaires et au procès des Seize.');
    expect(trouves.map((t) => [t.texte, t.candidats])).toEqual([['Premier procès de Moscou', ['premier-proces']], ['procès des Seize', ['premier-proces']]]);
  });

  it('refuses a form given twice for one event and an id that is not ASCII', () => {
    expect(() => compilerEvenements([evenement('x', ['procès des Seize', 'Procès des Seize'])])).toThrow(/donnée deux fois/);
    expect(() => compilerEvenements([evenement('Procès', ['procès'])])).toThrow(/identifiant d’événement/);
  });
});

describe('the events register, compiled', () => {
  const troisieme = evenement('troisieme-proces', ['procès de Moscou de mars 1938'], '1938-03-02/1938-03-13');

  it('should key each form by its canonical shape in lower case', () => {
    expect(cleDeForme('Plénum  de février-mars 1937')).toBe('plénum de février-mars 1937');
    expect(cleDeForme("Procès de l'Ambassade")).toBe('procès de l’ambassade');
    const repertoire = compilerEvenements([seize, moscou]);
    expect([...repertoire.formes]).toEqual([
      ['premier procès de moscou', ['premier-proces']],
      ['procès des seize', ['premier-proces']],
      ['procès de moscou', ['proces-de-moscou']],
    ]);
  });

  it('should find the longer of two forms that begin alike, whatever the order of the register', () => {
    const texte = 'Le procès de Moscou de mars 1938 clôt le procès de Moscou.';
    const attendues = [
      { debut: 3, fin: 32, texte: 'procès de Moscou de mars 1938', candidats: ['troisieme-proces'] },
      { debut: 41, fin: 57, texte: 'procès de Moscou', candidats: ['proces-de-moscou'] },
    ];
    expect(trouverEvenements(compilerEvenements([moscou, troisieme]), texte)).toEqual(attendues);
    expect(trouverEvenements(compilerEvenements([troisieme, moscou]), texte)).toEqual(attendues);
  });

  it('should find nothing with an empty register', () => {
    expect(trouverEvenements(compilerEvenements([]), 'Le procès de Moscou.')).toEqual([]);
  });
});

describe('remark-evenements', () => {
  it('marks a registered form as a mention of genre evenement, linked to its page, and never guesses « le procès »', async () => {
    const { html, mentions, fatal } = await traiter('Lors du procès des Seize, le procès fut rapide ; le procès des Seize encore.\n');
    expect(fatal).toBeUndefined();
    expect(mentions.map((m) => [m.genre, m.entite, m.forme, m.resolution])).toEqual([
      ['evenement', 'premier-proces', 'procès des Seize', 'graphie'],
      ['evenement', 'premier-proces', 'procès des Seize', 'graphie'],
    ]);
    expect(html).toContain('<a class="mention-evenement" data-evenement="premier-proces" href="/dossier/evenements/premier-proces/">procès des Seize</a>');
    // The second mention in the same paragraph is a quiet mark.
    expect(html).toContain('<span class="mention-evenement" data-evenement="premier-proces">procès des Seize</span>');
  });

  it('keeps a person named inside an event as a mention of that person, without a link inside the link', async () => {
    const { html, mentions } = await traiter('Après l’assassinat de Kirov, tout change.\n');
    expect(mentions.map((m) => [m.genre, m.entite, m.forme])).toEqual([['evenement', 'assassinat-de-kirov', 'assassinat de Kirov'], ['personne', 'kirov', 'Kirov']]);
    expect(html).toMatch(/<a class="mention-evenement"[^>]*>assassinat de <span class="mention" data-personne="kirov">Kirov<\/span><\/a>/);
  });

  it('takes the editor’s word at the place, and refuses an event that is not in the register', async () => {
    const { mentions } = await traiter('En janvier 1937 le :evenement[deuxième procès]{id="proces-de-moscou"} commence.\n');
    expect(mentions.map((m) => [m.entite, m.forme, m.resolution])).toEqual([['proces-de-moscou', 'deuxième procès', 'directive']]);
    const { fatal } = await traiter('Texte.\n\nLe :evenement[procès]{id="inconnu"} commence.\n');
    expect(fatal?.reason).toMatch(/`inconnu` n’est pas au registre/);
    expect([fatal?.line, fatal?.column]).toEqual([3, 4]);
  });

  it('stops on a form two events share, at each place, until an editor says which', async () => {
    const double = evenement('autre-proces', ['procès des Seize'], '1936');
    const { fatal } = await traiter('Texte.\n\nLe procès des Seize.\n', [seize, double]);
    expect(fatal?.reason).toMatch(/référence ambiguë à un événement : ligne 3 « procès des Seize » \(premier-proces ou autre-proces\)/);
    const { fatal: aucune, mentions } = await traiter('Le :evenement[procès des Seize]{id="autre-proces"}.\n', [seize, double]);
    expect(aucune).toBeUndefined();
    expect(mentions[0]?.entite).toBe('autre-proces');
  });
});

describe('reading an event file', () => {
  const lire = (texte: string) => lireEvenement(texte, 'content/evenements/proces.md', new Set(['zinoviev']));
  const entete = (lignes: string) => `---\nnom: "Procès"\nformes: ["procès des Seize"]\ndate: "1936-08-19/1936-08-24"\ndescription: "Un procès public, en une ligne."\n${lignes}---\n`;

  it('reads a good entry', () => {
    expect(lire(entete('personnes: [zinoviev]\n'))).toMatchObject({ id: 'proces', personnes: ['zinoviev'], date: '1936-08-19/1936-08-24' });
  });

  it('names the file, line and column of a person not in the register, a bad date, a body', () => {
    expect(() => lire(entete('personnes: [zinoviev, kamenef]\n'))).toThrow(/content\/evenements\/proces\.md:6:23 : en-tête, personnes : `kamenef` n’est pas au registre des personnes/);
    expect(() => lire(entete('').replace('1936-08-19/1936-08-24', 'août 1936'))).toThrow(/content\/evenements\/proces\.md:4:7 : en-tête, date : une date ISO 8601 \/ EDTF est attendue/);
    expect(() => lire(`${entete('')}\nUne notice.\n`)).toThrow(ErreurDeContenu);
  });
});

describe('remark-evenements, the editor’s directive and the places left alone', () => {
  const messages = async (markdown: string, registre: Evenement[] = [seize, kirov, moscou]) =>
    (await traiter(markdown, registre)).file.messages.map((m) => [formaterMessage(m), m.fatal, m.ruleId, m.source]);
  const arret = (message: string) => [[message, true, 'evenements', 'remark-evenements']];

  it('should refuse the directive in a heading, a link or the edition’s own words, at its place', async () => {
    expect(await messages('Texte.\n\n## Le :evenement[procès]{id="premier-proces"}\n')).toEqual(arret('texte.md:3:7 : `:evenement` dans un titre : il s’emploie dans le texte courant ou une note'));
    expect(await messages('Voir [le :evenement[procès]{id="premier-proces"}](https://example.org/).\n')).toEqual(arret('texte.md:1:10 : `:evenement` dans un lien : il s’emploie dans le texte courant ou une note'));
    expect(await messages('Texte :lacune[le :evenement[procès]{id="premier-proces"}].\n')).toEqual(arret('texte.md:1:18 : `:evenement` dans une `:lacune` : il s’emploie dans le texte courant ou une note'));
  });

  it('should refuse the directive as a block, without words, without id or with an id not in the register', async () => {
    expect(await messages('::evenement[procès des Seize]{id="premier-proces"}\n')).toEqual(arret('texte.md:1:1 : `evenement` en bloc (leafDirective) : `:evenement[mots]{id="…"}` s’écrit dans la ligne'));
    expect(await messages(':::evenement{id="premier-proces"}\nLe procès.\n:::\n')).toEqual(arret('texte.md:1:1 : `evenement` en bloc (containerDirective) : `:evenement[mots]{id="…"}` s’écrit dans la ligne'));
    expect(await messages('Le :evenement[]{id="premier-proces"} commence.\n')).toEqual(arret('texte.md:1:4 : `:evenement` sans mots : `:evenement[mots]{id="…"}` est attendu'));
    expect(await messages('Le :evenement[deuxième procès]{lieu="Moscou"} commence.\n')).toEqual(arret('texte.md:1:4 : `:evenement[deuxième procès]` sans `id` : dire quel événement est désigné, `:evenement[deuxième procès]{id="…"}`'));
    expect(await messages('Le :evenement[procès]{id="inconnu"} commence.\n')).toEqual(arret('texte.md:1:4 : `:evenement[procès]` : `inconnu` n’est pas au registre ; l’identifiant d’une fiche de content/evenements/ est attendu'));
  });

  it('should list every ambiguous reference with its line and candidates, and stop at the first', async () => {
    const double = evenement('autre-proces', ['procès des Seize'], '1936');
    expect(await messages('Texte.\n\nLe procès des Seize.\n\nPuis le procès des Seize.\n', [seize, double])).toEqual(arret(
      'texte.md:3:4 : références ambiguës à un événement : ligne 3 « procès des Seize » (premier-proces ou autre-proces) ; ligne 5 « procès des Seize » (premier-proces ou autre-proces) ; dire lequel à l’endroit même (`:evenement[procès des Seize]{id="…"}`)',
    ));
  });

  it('should not look for events in headings, links, link references or the edition’s own words, and look in every other directive', async () => {
    const { html, mentions, fatal } = await traiter([
      '## Le procès des Seize', '',
      '[Le procès des Seize](https://example.org/) ; [le procès des Seize][ref] ; :lacune[le procès des Seize].', '',
      '::lacune[Le procès des Seize manque.]', '',
      ':::lacune', 'Le procès des Seize.', ':::', '',
      '[ref]: https://example.org/', '',
    ].join('\n'));
    expect([fatal, mentions]).toEqual([undefined, []]);
    expect(html).not.toContain('mention-evenement');
    const ailleurs = await traiter('Le :sic[procès des Seize].\n\n::signature[Après l’assassinat de Kirov]\n\n:::ps\nLe procès de Moscou.\n:::\n');
    expect([ailleurs.fatal, ailleurs.mentions.filter((m) => m.genre === 'evenement').map((m) => m.entite)]).toEqual([undefined, ['premier-proces', 'assassinat-de-kirov', 'proces-de-moscou']]);
  });

  it('should link to the event’s page under the base path, with or without its final slash', async () => {
    const lien = async (base: string | undefined) => {
      const file = await traiterMarkdown('Le procès de Moscou.\n', 'texte.md', { personnes, evenements: compilerEvenements([moscou]), ...(base === undefined ? {} : { base }) });
      return String(file.value);
    };
    expect(await lien('/dossier')).toBe('<p>Le <a class="mention-evenement" data-evenement="proces-de-moscou" href="/dossier/evenements/proces-de-moscou/">procès de Moscou</a>.</p>');
    expect(await lien(undefined)).toBe('<p>Le <a class="mention-evenement" data-evenement="proces-de-moscou" href="/evenements/proces-de-moscou/">procès de Moscou</a>.</p>');
  });

  it('should give a reference the place of its words, where a date without year inside it is reported', async () => {
    const proces = evenement('proces-du-19-aout', ['procès du 19 août']);
    const { file } = await traiter('Texte.\n\nEnfin le procès du 19 août.\n', [proces]);
    expect(file.messages.map((m) => [formaterMessage(m), m.fatal, m.ruleId])).toEqual([
      ['texte.md:3:10 : date sans année (« 19 août »), laissée sans balise : `:date[19 août]{iso="…"}` si l’année est certaine, ou `:nondate[19 août]`', undefined, 'date-sans-annee'],
    ]);
  });

  it('should refuse to run without a register, with a plain sentence', () => {
    expect(() => remarkEvenements(undefined as never)).toThrow('remark-evenements a besoin du registre des événements : `[remarkEvenements, { repertoire }]`');
  });

  it('should report at the file’s start what a tree made without positions gets wrong', () => {
    const file = new VFile({ path: 'texte.md' });
    const directive = { type: 'textDirective', name: 'evenement', children: [{ type: 'text', value: 'le procès' }] };
    expect(() => remarkEvenements({ repertoire: compilerEvenements([seize]) })({ type: 'root', children: [{ type: 'paragraph', children: [directive] }] } as Root, file)).toThrow();
    expect(file.messages.map((m) => [formaterMessage(m), m.line, m.column])).toEqual([['texte.md:1:1 : `:evenement[le procès]` sans `id` : dire quel événement est désigné, `:evenement[le procès]{id="…"}`', 1, 1]]);
    const double = evenement('autre-proces', ['procès des Seize'], '1936');
    const sansPlace = new VFile({ path: 'texte.md' });
    expect(() => remarkEvenements({ repertoire: compilerEvenements([seize, double]) })({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Le procès des Seize.' }] }] }, sansPlace)).toThrow();
    expect(sansPlace.messages.map((m) => formaterMessage(m))).toEqual(['texte.md:1:1 : référence ambiguë à un événement : ligne ? « procès des Seize » (premier-proces ou autre-proces) ; dire lequel à l’endroit même (`:evenement[procès des Seize]{id="…"}`)']);
  });
});
