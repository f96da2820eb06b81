/**
 * References (README, « Citer et réutiliser »): each text page as Zotero reads it (Highwire
 * `citation_*` meta, tests/helpers/zotero.ts), its schema.org graph, and the « Citer » files —
 * checked against the texts' front matter and the persons register, read here from `content/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { auteurs, bibtex, cslJson, decomposer, estCollectif, ris, type ReferenceDuTexte } from '../../src/noyau/bibliographie.ts';
import { arbre, elements } from '../helpers/html.ts';
import { pagesConstruites } from '../helpers/pages.ts';
import { DIST } from '../helpers/site.ts';
import { itemZotero } from '../helpers/zotero.ts';

const CONTENU = join(import.meta.dirname, '..', '..', 'content');
const entete = (fichier: string) => parse(readFileSync(fichier, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const textes = readdirSync(join(CONTENU, 'textes')).filter((f) => f.endsWith('.md')).map((f) => ({ slug: f.slice(0, -3), ...entete(join(CONTENU, 'textes', f)) })) as Array<{ slug: string; titre: string; auteur: string; traduction?: string; date?: string }>;
const pages = pagesConstruites();
const DOSSIER = 'Les procès de Moscou — dossier';

describe('text pages as Zotero reads them', () => {
  it('should find one item on each text page, and none elsewhere', () => {
    const avecItem = pages.filter((p) => itemZotero(arbre(p.fichier))).map((p) => p.chemin);
    expect(avecItem.sort()).toEqual(textes.map((t) => `textes/${t.slug}/`).sort());
  });

  it.each(textes.map((t) => [t.slug, t]))('should read a book section of the dossier with its title, author, date, language and URL: %s', (slug, texte) => {
    const fichier = join(DIST, 'textes', slug, 'index.html');
    const item = itemZotero(arbre(fichier))!;
    const canonique = elements(arbre(fichier)).find((e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical')!.properties.href;
    const noms = auteurs(texte.auteur).map(decomposer);
    expect(item).toMatchObject({
      itemType: 'bookSection',
      title: texte.titre,
      bookTitle: DOSSIER,
      language: 'fr',
      url: canonique,
      // A collective author is not given to Zotero, which would cut it into first and last names.
      creators: noms.flatMap((auteur) => ('nom' in auteur ? [] : [{ lastName: auteur.famille, firstName: auteur.prenoms, creatorType: 'author' }])),
    });
    // The original's date when the dossier states it; else Zotero falls back on the day it went online.
    if (texte.date) expect(item.date).toBe(texte.date.replaceAll('-', '/'));
    else expect(item.date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  });
});

describe('the schema.org graph of a text page', () => {
  const personnes = new Map(readdirSync(join(CONTENU, 'personnes')).filter((f) => f.endsWith('.md')).map((f) => [f.slice(0, -3), entete(join(CONTENU, 'personnes', f)) as { nom: string }]));

  it.each(textes.map((t) => [t.slug, t]))('should show the text in the dossier, its author, translator and the persons it mentions: %s', (slug, texte) => {
    const fichier = join(DIST, 'textes', slug, 'index.html');
    const blocs = elements(arbre(fichier)).filter((e) => e.tagName === 'script' && e.properties.type === 'application/ld+json');
    expect(blocs).toHaveLength(1);
    const graphe = JSON.parse(blocs[0]!.children.map((c) => (c.type === 'text' ? c.value : '')).join('')) as { '@context': string; '@graph': Array<Record<string, unknown>> };
    expect(graphe['@context']).toBe('https://schema.org');
    const noeuds = new Map(graphe['@graph'].map((n) => [n['@id'] as string, n]));
    expect(graphe['@graph']).toHaveLength(2);
    const article = graphe['@graph'][0]!;
    expect(article).toMatchObject({ '@type': 'Article', headline: texte.titre, inLanguage: 'fr', author: auteurs(texte.auteur).length > 1 ? auteurs(texte.auteur).map((name) => ({ '@type': 'Person', name })) : { '@type': estCollectif(texte.auteur) ? 'Organization' : 'Person', name: texte.auteur } });
    expect((article.translator as { name: string } | undefined)?.name).toBe(texte.traduction);
    expect(article.dateCreated).toBe(texte.date);
    expect(noeuds.get((article.isPartOf as { '@id': string })['@id'])).toMatchObject({ '@type': 'CreativeWork', name: DOSSIER });
    // The persons it mentions are those the page marks (remark-personnes: `data-personne` on each mention).
    const liees = new Set(elements(arbre(fichier)).flatMap((e) => (typeof e.properties.dataPersonne === 'string' ? [e.properties.dataPersonne] : [])));
    const mentions = article.mentions as Array<{ '@type': string; '@id': string; name: string }>;
    expect(mentions.length).toBeGreaterThan(0);
    expect(new Set(mentions.map((m) => /\/personnes\/([a-z0-9-]+)\/$/.exec(m['@id'])![1]))).toEqual(liees);
    for (const m of mentions) expect(m, m['@id']).toEqual({ '@type': 'Person', '@id': m['@id'], name: personnes.get(/\/personnes\/([a-z0-9-]+)\/$/.exec(m['@id'])![1]!)!.nom });
  });
});

describe('« Citer »', () => {
  it.each(textes.map((t) => [t.slug, t]))('should offer the text’s reference in BibTeX, RIS and CSL-JSON, linked from its page: %s', (slug, texte) => {
    const html = readFileSync(join(DIST, 'textes', slug, 'index.html'), 'utf8');
    for (const ext of ['bib', 'ris', 'json']) {
      expect(html).toContain(`href="/citer/${slug}.${ext}" download`);
      expect(existsSync(join(DIST, 'citer', `${slug}.${ext}`))).toBe(true);
    }
    const [csl] = JSON.parse(readFileSync(join(DIST, 'citer', `${slug}.json`), 'utf8')) as Array<Record<string, unknown>>;
    expect(csl).toMatchObject({ id: slug, type: 'chapter', title: texte.titre, 'container-title': DOSSIER, language: 'fr' });
    expect(readFileSync(join(DIST, 'citer', `${slug}.ris`), 'utf8')).toMatch(new RegExp(`^TY {2}- CHAP\\r\\nTI {2}- ${texte.titre.replace(/[()]/g, '\\$&')}\\r\\n[^]*ER {2}-\\r\\n$`));
    expect(readFileSync(join(DIST, 'citer', `${slug}.bib`), 'utf8')).toMatch(new RegExp(`^@incollection\\{${slug},\\n[^]*\\n\\}\\n$`));
  });
});

describe('the reference formats', () => {
  const ref: ReferenceDuTexte = {
    slug: 'article-furr', titre: 'Staline et la lutte pour la réforme {démocratique}', auteur: 'Grover Furr', traduction: 'Le collectif de NSC',
    date: '2005', dossier: DOSSIER, enLigne: '2026-11-22', url: 'https://exemple.org/textes/article-furr/',
  };
  const passage = { id: 'p14', reference: '§ 14', url: 'https://exemple.org/textes/article-furr/p14/' };

  it('should write a person’s name family name first, and a collective’s whole', () => {
    expect(decomposer('Nikolaï Boukharine')).toEqual({ famille: 'Boukharine', prenoms: 'Nikolaï' });
    expect(decomposer('Les organisateurs de la discussion')).toEqual({ nom: 'Les organisateurs de la discussion' });
    expect(decomposer('L’équipe')).toEqual({ nom: 'L’équipe' });
  });

  it('should write BibTeX with escaped braces, the collective translator in double braces, the passage as a note', () => {
    expect(bibtex(ref, passage)).toBe(`@incollection{article-furr-p14,
  author = {Furr, Grover},
  title = {Staline et la lutte pour la réforme \\{démocratique\\}},
  translator = {{Le collectif de NSC}},
  booktitle = {${DOSSIER}},
  date = {2005},
  year = {2005},
  langid = {french},
  url = {https://exemple.org/textes/article-furr/p14/},
  note = {§ 14}
}
`);
  });

  it('should write RIS with the translator as A4 (a collective without a comma) and CRLF line ends', () => {
    expect(ris(ref).split('\r\n')).toEqual(['TY  - CHAP', 'TI  - Staline et la lutte pour la réforme {démocratique}', 'AU  - Furr, Grover', 'A4  - Le collectif de NSC', `T2  - ${DOSSIER}`, 'PY  - 2005', 'DA  - 2005', 'LA  - fr', 'UR  - https://exemple.org/textes/article-furr/', 'ER  -', '']);
  });

  it('should write CSL-JSON with the original’s date, the online date, and the passage', () => {
    expect(cslJson({ ...ref, date: '1936-08-27' }, passage)).toEqual({
      id: 'article-furr-p14', type: 'chapter', title: ref.titre, author: [{ family: 'Furr', given: 'Grover' }], translator: [{ literal: 'Le collectif de NSC' }],
      'container-title': DOSSIER, issued: { 'date-parts': [[1936, 8, 27]] }, 'available-date': { 'date-parts': [[2026, 11, 22]] }, language: 'fr',
      URL: passage.url, note: '§ 14',
    });
    expect(cslJson({ ...ref, date: undefined }).issued).toEqual({ 'date-parts': [[2026, 11, 22]] });
  });
});
