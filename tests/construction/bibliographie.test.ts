/**
 * How the edition describes a text for reference managers and search engines
 * (src/noyau/bibliographie.ts): names cut into family and given names, Highwire meta, CSL-JSON,
 * BibTeX, RIS and the JSON-LD graph, on small hand-made references.
 */
import { describe, expect, it } from 'vitest';
import {
  auteurs, bibtex, cslJson, decomposer, estCollectif, grapheJsonLd, jsonDansHtml, metaHighwire, ris,
  type PassageCite, type ReferenceDuTexte,
} from '../../src/noyau/bibliographie.ts';

/** A dated text by a person, translated by a collective. */
const lettre: ReferenceDuTexte = {
  slug: 'lettre-boukharine',
  titre: 'Lettre à Staline',
  auteur: 'Nikolaï Boukharine',
  traduction: 'Le collectif de NSC',
  date: '1936-08-27',
  dossier: 'Les procès de Moscou',
  enLigne: '2024-03-05',
  url: 'https://exemple.org/textes/lettre-boukharine/',
};

/** An undated text by a collective, not translated. */
const introduction: ReferenceDuTexte = {
  slug: 'introduction',
  titre: 'Introduction',
  auteur: 'Les organisateurs de la discussion',
  dossier: 'Les procès de Moscou',
  enLigne: '2024-03-05',
  url: 'https://exemple.org/textes/introduction/',
};

/** A text by two persons, dated to the month. */
const appel: ReferenceDuTexte = {
  slug: 'appel',
  titre: 'Appel',
  auteur: 'Victor Serge, Arthur London',
  date: '1936-09',
  dossier: 'Les procès de Moscou',
  enLigne: '2023-11-20',
  url: 'https://exemple.org/textes/appel/',
};

const p14: PassageCite = { id: 'p14', reference: '§ 14', url: 'https://exemple.org/textes/lettre-boukharine/#p14' };

describe('estCollectif', () => {
  it.each([
    'Les organisateurs de la discussion',
    'Le collectif de NSC',
    'La rédaction de la Pravda',
    'L’Union des écrivains',
    "L'Union des écrivains",
    '  Le collectif de NSC  ',
  ])('should take « %s » for a collective', (nom) => {
    expect(estCollectif(nom)).toBe(true);
  });

  it.each([
    'Nikolaï Boukharine',
    // An article inside the name is no article.
    'Pierre Laval',
    // A first name that opens like an article is a first name.
    'Lev Sedov',
    'Lazare Kaganovitch',
    'Leonid Serebriakov',
    // One word is a name, whatever it opens with.
    'L’Humanité',
    'L’Humanité ',
    'Trotski',
  ])('should take « %s » for no collective', (nom) => {
    expect(estCollectif(nom)).toBe(false);
  });
});

describe('decomposer', () => {
  it('should take the last word of a person’s name for the family name', () => {
    expect(decomposer('Nikolaï Boukharine')).toEqual({ famille: 'Boukharine', prenoms: 'Nikolaï' });
    expect(decomposer('Nikolaï Ivanovitch Boukharine')).toEqual({ famille: 'Boukharine', prenoms: 'Nikolaï Ivanovitch' });
  });

  it('should ignore the spaces around and between the words', () => {
    expect(decomposer('  Nikolaï   Ivanovitch  Boukharine ')).toEqual({ famille: 'Boukharine', prenoms: 'Nikolaï Ivanovitch' });
  });

  it('should keep a collective’s name and a single word whole', () => {
    expect(decomposer(' Le collectif de NSC ')).toEqual({ nom: 'Le collectif de NSC' });
    expect(decomposer('Trotski')).toEqual({ nom: 'Trotski' });
  });
});

describe('auteurs', () => {
  it('should cut names at commas and at « et »', () => {
    expect(auteurs('Victor Serge, Arthur London')).toEqual(['Victor Serge', 'Arthur London']);
    expect(auteurs('Victor Serge et Arthur London')).toEqual(['Victor Serge', 'Arthur London']);
    expect(auteurs('Victor Serge,Arthur London')).toEqual(['Victor Serge', 'Arthur London']);
    expect(auteurs(' Victor Serge , Arthur London ')).toEqual(['Victor Serge', 'Arthur London']);
  });

  it('should leave out an empty name and keep « et » inside a word', () => {
    expect(auteurs('Victor Serge,')).toEqual(['Victor Serge']);
    expect(auteurs('Pierre Bretet')).toEqual(['Pierre Bretet']);
  });

  it('should keep a collective whole, « et » included', () => {
    expect(auteurs(' Le collectif de NSC et ses amis ')).toEqual(['Le collectif de NSC et ses amis']);
  });
});

describe('metaHighwire', () => {
  it('should give a person’s name inverted, the dates with slashes, in Highwire’s order', () => {
    expect(metaHighwire(lettre)).toEqual([
      ['citation_title', 'Lettre à Staline'],
      ['citation_author', 'Boukharine, Nikolaï'],
      ['citation_date', '1936/08/27'],
      ['citation_inbook_title', 'Les procès de Moscou'],
      ['citation_language', 'fr'],
      ['citation_online_date', '2024/03/05'],
      ['citation_public_url', 'https://exemple.org/textes/lettre-boukharine/'],
    ]);
  });

  it('should give one author meta per author', () => {
    expect(metaHighwire(appel).slice(0, 4)).toEqual([
      ['citation_title', 'Appel'],
      ['citation_author', 'Serge, Victor'],
      ['citation_author', 'London, Arthur'],
      ['citation_date', '1936/09'],
    ]);
  });

  it('should leave out a collective author and a date the dossier does not state', () => {
    expect(metaHighwire(introduction)).toEqual([
      ['citation_title', 'Introduction'],
      ['citation_inbook_title', 'Les procès de Moscou'],
      ['citation_language', 'fr'],
      ['citation_online_date', '2024/03/05'],
      ['citation_public_url', 'https://exemple.org/textes/introduction/'],
    ]);
  });
});

describe('cslJson', () => {
  it('should describe a text as a chapter: dated by the original, available since it went online', () => {
    expect(cslJson(lettre)).toEqual({
      id: 'lettre-boukharine',
      type: 'chapter',
      title: 'Lettre à Staline',
      author: [{ family: 'Boukharine', given: 'Nikolaï' }],
      translator: [{ literal: 'Le collectif de NSC' }],
      'container-title': 'Les procès de Moscou',
      issued: { 'date-parts': [[1936, 8, 27]] },
      'available-date': { 'date-parts': [[2024, 3, 5]] },
      language: 'fr',
      URL: 'https://exemple.org/textes/lettre-boukharine/',
    });
  });

  it('should give a passage its own id and URL, and its reference as a note', () => {
    expect(cslJson(lettre, p14)).toEqual({
      id: 'lettre-boukharine-p14',
      type: 'chapter',
      title: 'Lettre à Staline',
      author: [{ family: 'Boukharine', given: 'Nikolaï' }],
      translator: [{ literal: 'Le collectif de NSC' }],
      'container-title': 'Les procès de Moscou',
      issued: { 'date-parts': [[1936, 8, 27]] },
      'available-date': { 'date-parts': [[2024, 3, 5]] },
      language: 'fr',
      URL: 'https://exemple.org/textes/lettre-boukharine/#p14',
      note: '§ 14',
    });
  });

  it('should date an undated text by the day it went online, and name a collective literally', () => {
    expect(cslJson(introduction)).toEqual({
      id: 'introduction',
      type: 'chapter',
      title: 'Introduction',
      author: [{ literal: 'Les organisateurs de la discussion' }],
      'container-title': 'Les procès de Moscou',
      issued: { 'date-parts': [[2024, 3, 5]] },
      language: 'fr',
      URL: 'https://exemple.org/textes/introduction/',
    });
  });

  it('should list every author, and a month as year and month', () => {
    const item = cslJson(appel);
    expect([item.author, item.issued]).toEqual([
      [{ family: 'Serge', given: 'Victor' }, { family: 'London', given: 'Arthur' }],
      { 'date-parts': [[1936, 9]] },
    ]);
  });
});

describe('bibtex', () => {
  it('should write an @incollection entry with biblatex fields, a collective in double braces', () => {
    expect(bibtex(lettre)).toBe(
      '@incollection{lettre-boukharine,\n'
      + '  author = {Boukharine, Nikolaï},\n'
      + '  title = {Lettre à Staline},\n'
      + '  translator = {{Le collectif de NSC}},\n'
      + '  booktitle = {Les procès de Moscou},\n'
      + '  date = {1936-08-27},\n'
      + '  year = {1936},\n'
      + '  langid = {french},\n'
      + '  url = {https://exemple.org/textes/lettre-boukharine/}\n'
      + '}\n',
    );
  });

  it('should key a passage’s entry by the text and the passage, with its URL and reference', () => {
    expect(bibtex(lettre, p14)).toBe(
      '@incollection{lettre-boukharine-p14,\n'
      + '  author = {Boukharine, Nikolaï},\n'
      + '  title = {Lettre à Staline},\n'
      + '  translator = {{Le collectif de NSC}},\n'
      + '  booktitle = {Les procès de Moscou},\n'
      + '  date = {1936-08-27},\n'
      + '  year = {1936},\n'
      + '  langid = {french},\n'
      + '  url = {https://exemple.org/textes/lettre-boukharine/#p14},\n'
      + '  note = {§ 14}\n'
      + '}\n',
    );
  });

  it('should join authors with « and », and date an undated text by the day it went online', () => {
    expect(bibtex(appel).split('\n')[1]).toBe('  author = {Serge, Victor} and {London, Arthur},');
    expect(bibtex(introduction)).toBe(
      '@incollection{introduction,\n'
      + '  author = {{Les organisateurs de la discussion}},\n'
      + '  title = {Introduction},\n'
      + '  booktitle = {Les procès de Moscou},\n'
      + '  date = {2024-03-05},\n'
      + '  year = {2024},\n'
      + '  langid = {french},\n'
      + '  url = {https://exemple.org/textes/introduction/}\n'
      + '}\n',
    );
  });

  it('should escape the braces and backslashes of the text itself', () => {
    const entree = bibtex({ ...introduction, titre: 'Le {vrai} \\ chemin', auteur: 'Jean {Le} Roux' });
    expect(entree.split('\n').slice(1, 3)).toEqual(['  author = {Roux, Jean \\{Le\\}},', '  title = {Le \\{vrai\\} \\\\ chemin},']);
  });
});

describe('ris', () => {
  it('should write a CHAP record, names inverted, lines ended by CRLF', () => {
    expect(ris(lettre)).toBe([
      'TY  - CHAP',
      'TI  - Lettre à Staline',
      'AU  - Boukharine, Nikolaï',
      'A4  - Le collectif de NSC',
      'T2  - Les procès de Moscou',
      'PY  - 1936',
      'DA  - 1936/08/27',
      'LA  - fr',
      'UR  - https://exemple.org/textes/lettre-boukharine/',
      'ER  -',
      '',
    ].join('\r\n'));
  });

  it('should give a passage its URL and its reference as a note', () => {
    expect(ris(lettre, p14).split('\r\n').slice(-4)).toEqual([
      'UR  - https://exemple.org/textes/lettre-boukharine/#p14',
      'N1  - § 14',
      'ER  -',
      '',
    ]);
  });

  it('should give one AU line per author, a collective whole, and date an undated text by the day it went online', () => {
    expect(ris(appel).split('\r\n').slice(2, 4)).toEqual(['AU  - Serge, Victor', 'AU  - London, Arthur']);
    expect(ris(introduction)).toBe([
      'TY  - CHAP',
      'TI  - Introduction',
      'AU  - Les organisateurs de la discussion',
      'T2  - Les procès de Moscou',
      'PY  - 2024',
      'DA  - 2024/03/05',
      'LA  - fr',
      'UR  - https://exemple.org/textes/introduction/',
      'ER  -',
      '',
    ].join('\r\n'));
  });
});

describe('grapheJsonLd', () => {
  const dossier = { '@type': 'CreativeWork', '@id': 'https://exemple.org/', url: 'https://exemple.org/', name: 'Les procès de Moscou', inLanguage: 'fr' };

  it('should describe the text, part of the dossier, with its author, translator and the persons it mentions', () => {
    const personnes = [
      { nom: 'Nikolaï Boukharine', url: 'https://exemple.org/personnes/boukharine/' },
      { nom: 'Joseph Staline', url: 'https://exemple.org/personnes/staline/' },
    ];
    expect(grapheJsonLd(lettre, { urlDossier: 'https://exemple.org/', genre: 'lettre', personnes })).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          '@id': 'https://exemple.org/textes/lettre-boukharine/',
          url: 'https://exemple.org/textes/lettre-boukharine/',
          headline: 'Lettre à Staline',
          name: 'Lettre à Staline',
          genre: 'lettre',
          inLanguage: 'fr',
          author: { '@type': 'Person', name: 'Nikolaï Boukharine' },
          translator: { '@type': 'Organization', name: 'Le collectif de NSC' },
          dateCreated: '1936-08-27',
          dateModified: '2024-03-05',
          isPartOf: { '@id': 'https://exemple.org/' },
          mentions: [
            { '@type': 'Person', '@id': 'https://exemple.org/personnes/boukharine/', name: 'Nikolaï Boukharine' },
            { '@type': 'Person', '@id': 'https://exemple.org/personnes/staline/', name: 'Joseph Staline' },
          ],
        },
        dossier,
      ],
    });
  });

  it('should give a collective as an organisation, without translator or date when there is none', () => {
    expect(grapheJsonLd(introduction, { urlDossier: 'https://exemple.org/', genre: 'introduction', personnes: [] })).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          '@id': 'https://exemple.org/textes/introduction/',
          url: 'https://exemple.org/textes/introduction/',
          headline: 'Introduction',
          name: 'Introduction',
          genre: 'introduction',
          inLanguage: 'fr',
          author: { '@type': 'Organization', name: 'Les organisateurs de la discussion' },
          dateModified: '2024-03-05',
          isPartOf: { '@id': 'https://exemple.org/' },
          mentions: [],
        },
        dossier,
      ],
    });
  });

  it('should list several authors', () => {
    const [article] = grapheJsonLd(appel, { urlDossier: 'https://exemple.org/', genre: 'essai', personnes: [] })['@graph'] as Record<string, unknown>[];
    expect(article!.author).toEqual([{ '@type': 'Person', name: 'Victor Serge' }, { '@type': 'Person', name: 'Arthur London' }]);
  });
});

describe('jsonDansHtml', () => {
  it('should escape every < so that no </script> closes the block', () => {
    expect(jsonDansHtml({ titre: 'a</script><b>' })).toBe('{"titre":"a\\u003c/script>\\u003cb>"}');
  });
});
