/**
 * The EPUB (README, « Lire sur une liseuse »): epubcheck (Debian's package, run with Java) reports
 * no error and no warning; the book holds the dossier's texts in its order, every passage and note
 * of the site word for word, notes as EPUB footnotes linked both ways, the corrections and the
 * « Établissement du texte », an index of persons whose every link lands on a passage, the
 * accessibility metadata, embedded fonts; the home page and each text page offer it with its size.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { FICHIER_EPUB } from '../../src/construction/epub.ts';
import { tailleEnFrancais } from '../../src/noyau/taille.ts';
import { arbre, elements } from '../helpers/html.ts';
import { DIST } from '../helpers/site.ts';
import { lireZip } from '../helpers/zip.ts';

const EPUBCHECK = process.env.EPUBCHECK_JAR ?? '/usr/bin/epubcheck';
const fichier = join(DIST, FICHIER_EPUB);
const entrees = lireZip(readFileSync(fichier));
const contenu = (nom: string) => entrees.find((e) => e.nom === nom)?.contenu.toString('utf8') ?? '';
const dossier = JSON.parse(readFileSync(join(DIST, 'donnees', 'dossier.json'), 'utf8')) as { textes: Array<{ slug: string }> };
const slugs = dossier.textes.map((t) => t.slug);

const classes = (e: Element) => String(e.properties.className ?? '').split(/[\s,]+/);
function texte(node: Root | Element): string {
  let s = '';
  visit(node, 'text', (t) => { s += t.value; });
  return s;
}
// The EPUB writes the edition's brackets around a lacuna as text (the site, by CSS): compare without brackets.
const normal = (s: string) => s.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();

describe('the EPUB', () => {
  it('should pass epubcheck with no error and no warning', async () => {
    expect(existsSync(EPUBCHECK), `${EPUBCHECK}: apt-get install epubcheck`).toBe(true);
    const rapport = join(mkdtempSync(join(tmpdir(), 'epubcheck-')), 'rapport.json');
    await promisify(execFile)('java', ['-jar', EPUBCHECK, fichier, '--json', rapport]).catch(() => undefined);
    const { messages, checker } = JSON.parse(readFileSync(rapport, 'utf8')) as { messages: Array<{ ID: string; severity: string; message: string; locations: Array<{ path: string; line: number }> }>; checker: { nFatal: number; nError: number; nWarning: number } };
    const problemes = messages.filter((m) => !['INFO', 'USAGE', 'SUPPRESSED'].includes(m.severity)).map((m) => `${m.severity} ${m.ID} ${m.locations[0]?.path}:${m.locations[0]?.line}: ${m.message}`);
    expect(problemes).toEqual([]);
    expect(checker).toMatchObject({ nFatal: 0, nError: 0, nWarning: 0 });
    // epubcheck starts a JVM and reads every file: well over the default minute on a busy machine.
  }, 300_000);

  it('should start with the mimetype, stored, then hold the dossier’s texts in its order', () => {
    expect(entrees[0]).toMatchObject({ nom: 'mimetype', methode: 0 });
    expect(entrees[0]!.contenu.toString()).toBe('application/epub+zip');
    const opf = contenu('OEBPS/paquet.opf');
    const spine = [...opf.matchAll(/<itemref idref="texte-([^"]+)"/g)].map((m) => m[1]);
    expect(spine).toEqual(slugs);
    expect(opf).toMatch(/<dc:language>fr<\/dc:language>/);
    expect(opf).toMatch(/<item id="image-couverture" href="couverture\.png" media-type="image\/png" properties="cover-image"\/>/);
  });

  it('should carry the EPUB Accessibility 1.1 metadata', () => {
    const opf = contenu('OEBPS/paquet.opf');
    for (const propriete of ['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary']) {
      expect(opf, propriete).toMatch(new RegExp(`<meta property="${propriete}">[^<]+</meta>`));
    }
    expect(opf).toContain('<meta property="schema:accessModeSufficient">textual</meta>');
  });

  it('should embed the fonts its stylesheet names', () => {
    const css = contenu('OEBPS/edition.css');
    const polices = [...css.matchAll(/url\("(polices\/[^"]+\.woff2)"\)/g)].map((m) => m[1]!);
    expect(polices.length).toBeGreaterThan(0);
    for (const p of polices) {
      expect(entrees.find((e) => e.nom === `OEBPS/${p}`)?.contenu.subarray(0, 4).toString(), p).toBe('wOF2');
      expect(contenu('OEBPS/paquet.opf')).toContain(`href="${p}" media-type="font/woff2"`);
    }
    expect(contenu('OEBPS/colophon.xhtml')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it.each(slugs.map((s) => [s]))('should give every passage and note of the site, word for word, notes as footnotes linked both ways: %s', (slug) => {
    const site = arbre(join(DIST, 'textes', slug, 'index.html'));
    const livre = fromHtml(contenu(`OEBPS/${slug}.xhtml`));
    const parId = new Map(elements(livre).filter((e) => typeof e.properties.id === 'string').map((e) => [String(e.properties.id), e]));
    const passages = elements(site).filter((e) => typeof e.properties.id === 'string' && (classes(e).includes('passage') || classes(e).includes('note')) && e.tagName !== 'article');
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) {
      const id = `${slug}--${String(p.properties.id)}`;
      expect(parId.has(id), id).toBe(true);
      expect(normal(texte(parId.get(id)!)), id).toBe(normal(texte(p)));
    }
    // Notes: every call a noteref to a footnote of this file, every footnote back to its calls.
    const appels = elements(livre).filter((e) => e.properties.epubType === 'noteref' || e.properties['epub:type'] === 'noteref');
    const notes = elements(livre).filter((e) => e.tagName === 'aside' && (e.properties.epubType === 'footnote' || e.properties['epub:type'] === 'footnote'));
    expect(appels.length).toBe(elements(site).filter((e) => e.tagName === 'sup' && classes(e).includes('appel')).length);
    expect(notes.length).toBe(elements(site).filter((e) => e.tagName === 'li' && classes(e).includes('note')).length);
    for (const a of appels) {
      const cible = parId.get(String(a.properties.href).slice(1));
      expect(cible?.tagName, String(a.properties.href)).toBe('aside');
      const retours = elements(cible as unknown as Root).filter((e) => e.properties.role === 'doc-backlink').map((e) => String(e.properties.href));
      expect(retours, String(a.properties.href)).toContain(`#${String(a.properties.id)}`);
    }
    // What the edition says and corrects: « Établissement du texte », every correction, every lacuna in brackets.
    expect(elements(livre).some((e) => e.tagName === 'section' && classes(e).includes('etablissement'))).toBe(true);
    const corrections = elements(livre).filter((e) => e.tagName === 'ins' && classes(e).includes('corr'));
    expect(corrections.length).toBe(elements(site).filter((e) => e.tagName === 'ins' && classes(e).includes('corr')).length);
    const liens = new Set(elements(livre).filter((e) => e.tagName === 'a').map((e) => String(e.properties.href)));
    for (const c of corrections) expect(liens.has(`#${String(c.properties.id)}`), String(c.properties.id)).toBe(true);
    for (const l of elements(livre).filter((e) => e.tagName === 'span' && classes(e).includes('lacune'))) expect(texte(l)).toMatch(/^\[[^]*\]$/);
  });

  it('should index every person the texts name, each link landing on a passage or note', () => {
    const personnes = JSON.parse(readFileSync(join(DIST, 'donnees', 'personnes.json'), 'utf8')) as { personnes: Array<{ id: string; mentions: unknown[] }> };
    const index = fromHtml(contenu('OEBPS/personnes.xhtml'));
    const entreesIndex = new Set(elements(index).map((e) => String(e.properties.id ?? '')).filter((id) => id.startsWith('personne-')));
    expect(entreesIndex).toEqual(new Set(personnes.personnes.filter((p) => p.mentions.length > 0).map((p) => `personne-${p.id}`)));
    const ids = new Map(slugs.map((s) => [s, new Set(elements(fromHtml(contenu(`OEBPS/${s}.xhtml`))).map((e) => String(e.properties.id ?? '')))]));
    const liens = elements(index).filter((e) => e.tagName === 'a').map((e) => String(e.properties.href)).filter((h) => h.endsWith('.xhtml') || h.includes('.xhtml#'));
    expect(liens.length).toBeGreaterThan(personnes.personnes.length);
    for (const lien of liens) {
      const [page, id] = lien.split('#') as [string, string | undefined];
      const slug = page.replace(/\.xhtml$/, '');
      expect(ids.has(slug), lien).toBe(true);
      if (id) expect(ids.get(slug)!.has(id), lien).toBe(true);
    }
  });

  it('should be offered, with its size, on the home page and on every text page', () => {
    const taille = tailleEnFrancais(statSync(fichier).size);
    for (const page of ['index.html', ...slugs.map((s) => join('textes', s, 'index.html'))]) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html, page).toMatch(new RegExp(`<a href="/${FICHIER_EPUB}" download>[^<]*EPUB \\(<span class="taille-fichier" data-taille-de="${FICHIER_EPUB}">${taille}</span>\\)</a>`));
    }
  });
});
