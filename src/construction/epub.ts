/**
 * The dossier as an EPUB 3 for e-readers, made from the built pages like the offline file
 * (src/construction/hors-ligne.ts, whose rewriting of a text's `<article>` it reuses), so that it says what
 * the site says: one XHTML file per text in the dossier's order, each with its notes, corrections,
 * lacunae and « Établissement du texte »; an index of persons with every place each text names them
 * (from the data export, `donnees/personnes.json`); a navigation document (texts and their sections);
 * a generated cover; Source Serif 4 (SIL Open Font License) embedded; EPUB Accessibility 1.1
 * metadata.
 *
 * Notes become EPUB footnotes: each call is an `epub:type="noteref"` link to an
 * `<aside epub:type="footnote">` (the readers that know them open the note in a pop-up; the others
 * follow the link to the list of notes), and each note keeps its back-links to its calls.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { texteHorsLigne, type OptionsHorsLigne } from './hors-ligne.ts';
import { typographier } from '../noyau/typographie.ts';
import { zip } from './zip.ts';

/** Where the EPUB is written, relative to the site's base. */
export const FICHIER_EPUB = 'hors-ligne/proces-de-moscou.epub';

/** One text, as built. */
export interface TexteEpub {
  slug: string;
  titre: string;
  auteur: string;
  traduction?: string | null | undefined;
  /** The text page's HTML. */
  html: string;
}

/** A person of the index (the shape of `donnees/personnes.json`). */
export interface PersonneIndex {
  id: string;
  nom: string;
  naissance: number | null;
  mort: number | null;
  role: string;
  mentions: Array<{ texte: string; total: number; lieux: Array<{ passage: string | null; reference: string | null }> }>;
}

/** A font file to embed. */
export interface Police {
  fichier: string;
  contenu: Buffer;
  poids: 400 | 700;
  style: 'normal' | 'italic';
}

export interface OptionsEpub {
  titre: string;
  /** What the dossier is (the home page's words). */
  presentation: string;
  /** Where the edition lives online, if it is public: the book's identifier derives from it. */
  adresse?: string | undefined;
  /** Last change of any text (ISO 8601 day): the book's `dcterms:modified`. */
  modifie: string;
  base: string;
  lire: OptionsHorsLigne['lire'];
  textes: TexteEpub[];
  personnes: PersonneIndex[];
  couverture: Buffer;
  polices: Police[];
  /** The fonts' licence, as their package gives it (the SIL Open Font License asks that it go with them). */
  licencePolices: string;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const OPS = 'http://www.idpf.org/2007/ops';

function echapper(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function classes(node: Element): string[] {
  const c: unknown = node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

function texteDe(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(texteDe).join('');
  return '';
}

/** An XHTML content document. */
function document(titre: string, corps: string, typeDuCorps = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML}" xmlns:epub="${OPS}" lang="fr" xml:lang="fr">
<head>
<meta charset="UTF-8"/>
<title>${echapper(titre)}</title>
<link rel="stylesheet" type="text/css" href="edition.css"/>
</head>
<body${typeDuCorps ? ` epub:type="${typeDuCorps}"` : ''}>
${corps}
</body>
</html>
`;
}

/**
 * HTML serialised by hast-util-to-html, made well-formed XML: HTML lets `<` and `>` stand in an
 * attribute's value (a correction's `title`), XML does not. Text already has `<` escaped, so a
 * literal `<` outside quotes opens a tag, and inside a tag's quotes it is a value's.
 */
export function enXml(html: string): string {
  let sortie = '';
  let dansBalise = false;
  let dansValeur = false;
  for (const c of html) {
    if (dansValeur) {
      if (c === '"') dansValeur = false;
      sortie += c === '<' ? '&lt;' : c === '>' ? '&gt;' : c;
      continue;
    }
    if (dansBalise && c === '"') dansValeur = true;
    else if (c === '<') dansBalise = true;
    else if (c === '>') dansBalise = false;
    sortie += c;
  }
  return sortie;
}

/** A section of a text for the navigation document: its id in the chapter and its heading's words. */
interface Section { id: string; titre: string }

/**
 * A text's chapter: the offline file's `<article>`, with headings back to `h1` for the text's
 * title, links across texts pointing to their file, the on-page contents and the site's controls
 * gone, `<details>` opened out (not every reader has them), and notes as EPUB footnotes.
 */
export function chapitre(texte: TexteEpub, options: Pick<OptionsEpub, 'base' | 'lire'>, slugs: Set<string>): { xhtml: string; sections: Section[] } {
  const article = texteHorsLigne({ slug: texte.slug, html: texte.html }, options, slugs);
  const sections: Section[] = [];
  visit(article, 'element', (node, index, parent) => {
    const p = node.properties;
    if (parent && index !== undefined && node.tagName === 'nav' && classes(node).includes('sommaire')) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const nom of Object.keys(p)) if (nom.startsWith('dataPagefind')) delete p[nom];
    if (/^h[2-6]$/.test(node.tagName)) node.tagName = `h${Number(node.tagName[1]) - 1}`;
    // The edition's brackets around its own words, as text: a reader may set the book's styles aside.
    if (node.tagName === 'span' && classes(node).includes('lacune')) node.children = [{ type: 'text', value: '[' }, ...node.children, { type: 'text', value: ']' }];
    if (node.tagName === 'h2' && typeof p.id === 'string') sections.push({ id: p.id, titre: texteDe(node).replace(/\s+/g, ' ').trim() });
    if (node.tagName === 'details') node.tagName = 'div';
    if (node.tagName === 'summary') { node.tagName = 'p'; p.className = ['resume']; }
    if (node.tagName === 'a' && typeof p.href === 'string' && p.href.startsWith('#')) {
      const id = decodeURIComponent(p.href.slice(1));
      const autre = slugs.has(id) ? id : id.split('--')[0]!;
      if (autre !== texte.slug && slugs.has(autre)) p.href = `${autre}.xhtml${id === autre ? '' : `#${id}`}`;
    }
    if (node.tagName === 'a' && parent?.type === 'element' && classes(parent).includes('appel')) {
      p['epub:type'] = 'noteref';
      p.role = 'doc-noteref';
    }
    if (node.tagName === 'a' && classes(node).includes('retour')) p.role = 'doc-backlink';
    if (node.tagName === 'section' && classes(node).includes('notes')) {
      p['epub:type'] = 'endnotes';
      p.role = 'doc-endnotes';
    }
    if (node.tagName === 'ol' && classes(node).includes('liste-notes')) node.tagName = 'div';
    if (node.tagName === 'li' && classes(node).includes('note')) {
      node.tagName = 'aside';
      p['epub:type'] = 'footnote';
      p.role = 'doc-footnote';
    }
    return undefined;
  });
  // What the site's scripts read (title, address, reference): nothing for a reader.
  for (const nom of Object.keys(article.properties)) if (nom.startsWith('data')) delete article.properties[nom];
  article.tagName = 'section';
  article.properties['epub:type'] = 'chapter';
  article.properties.role = 'doc-chapter';
  // XHTML has no attribute without a value: refuse one rather than write a file readers reject.
  visit(article, 'element', (node) => {
    for (const [nom, valeur] of Object.entries(node.properties)) {
      if (valeur === true) throw new Error(`textes/${texte.slug}/: attribute ${nom} without a value on <${node.tagName}>, which XHTML cannot hold (src/construction/epub.ts)`);
    }
  });
  const corps = enXml(toHtml(article, { closeSelfClosing: true, collapseEmptyAttributes: false, tightSelfClosing: true }));
  return { xhtml: document(`${texte.titre} — ${texte.auteur}`, corps, 'bodymatter'), sections };
}

/** « (1883-1936) », « (° 1883) », « († 1936) », or nothing: the register's years, as the site writes them. */
function annees(p: PersonneIndex): string {
  if (p.naissance && p.mort) return ` (${p.naissance}-${p.mort})`;
  if (p.naissance) return ` (°\u00A0${p.naissance})`;
  if (p.mort) return ` (†\u00A0${p.mort})`;
  return '';
}

/** The index of persons: every person the texts name, with a link to each place. */
export function indexDesPersonnes(personnes: readonly PersonneIndex[], textes: readonly TexteEpub[]): string {
  const titres = new Map(textes.map((t) => [t.slug, t.titre]));
  const entrees = personnes.filter((p) => p.mentions.length > 0).map((p) => {
    const parTexte = p.mentions.map((m) => {
      const vus = new Set<string>();
      const liens = m.lieux.flatMap((l) => {
        const cle = l.passage ?? '';
        if (vus.has(cle)) return [];
        vus.add(cle);
        const href = l.passage ? `${m.texte}.xhtml#${m.texte}--${l.passage}` : `${m.texte}.xhtml`;
        // « § 14 », « note 7 »: never cut at the end of a line.
        return [`<a href="${echapper(href)}">${echapper((l.reference ?? 'titre').replace(' ', '\u00A0'))}</a>`];
      });
      return `<li><cite>${echapper(titres.get(m.texte) ?? m.texte)}</cite> : ${liens.join(', ')}</li>`;
    });
    return `<li id="personne-${p.id}"><p><strong>${echapper(typographier(p.nom))}</strong>${annees(p)}. ${echapper(typographier(p.role))}</p>\n<ul>${parTexte.join('')}</ul></li>`;
  });
  return document('Index des personnes', `<section epub:type="index" role="doc-index" aria-labelledby="index-titre">
<h1 id="index-titre">Index des personnes</h1>
<p>Chaque personne que nomment les textes, avec ses années et son rôle tels que les donne le registre de l’édition, puis, texte par texte, les passages (§) et les notes où elle est nommée.</p>
<ul class="index">
${entrees.join('\n')}
</ul>
</section>`, 'backmatter');
}

/** The book's identifier: a UUID derived from the edition's address, the same from build to build. */
function identifiant(adresse: string | undefined): string {
  const h = createHash('sha1').update(adresse ?? 'les-proces-de-moscou-dossier').digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The stylesheet of the book: the site's reading conventions, without its layout; the reader's settings win. */
function feuilleDeStyle(polices: readonly Police[]): string {
  const faces = polices.map((p) => `@font-face { font-family: "Source Serif 4"; font-weight: ${p.poids}; font-style: ${p.style}; src: url("polices/${p.fichier}") format("woff2"); }`).join('\n');
  return `${faces}
body { font-family: "Source Serif 4", serif; line-height: 1.45; hyphens: auto; -epub-hyphens: auto; }
h1, h2, h3, h4 { line-height: 1.25; hyphens: manual; -epub-hyphens: manual; page-break-after: avoid; break-after: avoid; }
h1 { font-size: 1.6em; margin: 0 0 0.8em; }
h2 { font-size: 1.25em; margin: 1.8em 0 0.6em; }
h3 { font-size: 1.1em; margin: 1.4em 0 0.5em; }
p { margin: 0 0 0.8em; }
blockquote { margin: 1em 0 1em 1.2em; }
a { color: inherit; }
.chapeau, .adresse-edition, .etablissement, .index { font-size: 0.95em; }
.chapeau p { margin: 0.2em 0; }
.presentation { font-style: italic; }
.marge-passage { font-size: 0.7em; margin-right: 0.4em; }
.marge-passage a, .numero-note { text-decoration: none; }
.appel { font-size: 0.75em; line-height: 0; vertical-align: super; }
.appel a { text-decoration: none; padding: 0 0.1em; }
.corr { text-decoration: underline dotted; }
.lacune { font-style: normal; font-size: 0.9em; color: #4a5d23; }
.extrait-image { border: 1px dashed #999; padding: 0.5em 0.8em; margin: 1em 0; }
.epigraphe { font-style: italic; margin: 1em 0 1.5em 1.2em; }
.ps, .dialogue { margin: 1em 0; }
.signature, .date-lettre { text-align: right; }
.suscription { font-style: italic; }
.notes { margin-top: 2em; }
aside { margin: 0 0 0.8em; }
.retours a { text-decoration: none; }
.index li { margin-bottom: 0.4em; }
.index ul { margin: 0.2em 0 0.6em; }
.couverture { margin: 0; padding: 0; text-align: center; }
.couverture img { max-width: 100%; max-height: 100%; }
.licence { font-size: 0.7em; white-space: pre-wrap; }
`;
}

/** The navigation document: the texts and their sections, then the index; landmarks for readers. */
function navigation(textes: ReadonlyArray<{ texte: TexteEpub; sections: Section[] }>, titre: string): string {
  const entrees = textes.map(({ texte, sections }) => `<li><a href="${texte.slug}.xhtml">${echapper(texte.titre)} — ${echapper(texte.auteur)}</a>${sections.length ? `\n<ol>${sections.map((s) => `<li><a href="${texte.slug}.xhtml#${echapper(s.id)}">${echapper(s.titre)}</a></li>`).join('')}</ol>` : ''}</li>`);
  return document('Sommaire', `<nav epub:type="toc" role="doc-toc" id="sommaire" aria-labelledby="sommaire-titre">
<h1 id="sommaire-titre">Sommaire</h1>
<ol>
<li><a href="titre.xhtml">${echapper(titre)}</a></li>
${entrees.join('\n')}
<li><a href="personnes.xhtml">Index des personnes</a></li>
</ol>
</nav>
<nav epub:type="landmarks" id="reperes" hidden="hidden" aria-label="Repères">
<ol>
<li><a epub:type="cover" href="couverture.xhtml">Couverture</a></li>
<li><a epub:type="toc" href="nav.xhtml">Sommaire</a></li>
<li><a epub:type="bodymatter" href="${textes[0]!.texte.slug}.xhtml">Début du dossier</a></li>
<li><a epub:type="index" href="personnes.xhtml">Index des personnes</a></li>
</ol>
</nav>`);
}

/** Distinct names, in order. */
const distincts = (noms: ReadonlyArray<string | null | undefined>) => [...new Set(noms.filter((n): n is string => Boolean(n)))];

/** The package document: metadata (French, authors and translators, accessibility), manifest, spine. */
function paquet(options: OptionsEpub, chapitres: ReadonlyArray<{ texte: TexteEpub }>): string {
  const auteurs = distincts(options.textes.map((t) => t.auteur));
  const traducteurs = distincts(options.textes.map((t) => t.traduction));
  const personnesMeta = [
    ...auteurs.map((nom, i) => `<dc:creator id="auteur-${i + 1}">${echapper(nom)}</dc:creator>\n<meta refines="#auteur-${i + 1}" property="role" scheme="marc:relators">aut</meta>`),
    ...traducteurs.map((nom, i) => `<dc:contributor id="traduction-${i + 1}">${echapper(nom)}</dc:contributor>\n<meta refines="#traduction-${i + 1}" property="role" scheme="marc:relators">trl</meta>`),
  ];
  const resume = 'Texte entièrement lisible en mode textuel, dans l’ordre du dossier. Sommaire des textes et de leurs sections, titres structurés, passages numérotés (§), notes reliées à leurs appels dans les deux sens (fenêtres de note dans les liseuses qui les proposent), index des personnes relié aux passages. Aucune image hormis la couverture, qui a un texte de remplacement. Les corrections apportées au texte source et ce qui manque à la source sont dits en toutes lettres, pas seulement par la mise en forme.';
  const fichiers = [
    ['nav', 'nav.xhtml', 'application/xhtml+xml', ' properties="nav"'],
    ['couverture', 'couverture.xhtml', 'application/xhtml+xml', ''],
    ['image-couverture', 'couverture.png', 'image/png', ' properties="cover-image"'],
    ['titre', 'titre.xhtml', 'application/xhtml+xml', ''],
    ...chapitres.map(({ texte }) => [`texte-${texte.slug}`, `${texte.slug}.xhtml`, 'application/xhtml+xml', '']),
    ['personnes', 'personnes.xhtml', 'application/xhtml+xml', ''],
    ['colophon', 'colophon.xhtml', 'application/xhtml+xml', ''],
    ['css', 'edition.css', 'text/css', ''],
    ...options.polices.map((p, i) => [`police-${i + 1}`, `polices/${p.fichier}`, 'font/woff2', '']),
  ] as const;
  const spine = ['couverture', 'titre', 'nav', ...chapitres.map(({ texte }) => `texte-${texte.slug}`), 'personnes', 'colophon'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="identifiant" xml:lang="fr">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="identifiant">${identifiant(options.adresse)}</dc:identifier>
<dc:title>${echapper(options.titre)}</dc:title>
<dc:language>fr</dc:language>
${personnesMeta.join('\n')}
<dc:description>${echapper(options.presentation)}</dc:description>
<dc:date>${options.modifie}</dc:date>
${options.adresse ? `<dc:source>${echapper(options.adresse)}</dc:source>\n` : ''}<meta property="dcterms:modified">${options.modifie}T00:00:00Z</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">visual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityFeature">index</meta>
<meta property="schema:accessibilityFeature">alternativeText</meta>
<meta property="schema:accessibilityFeature">displayTransformability</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">${echapper(resume)}</meta>
</metadata>
<manifest>
${fichiers.map(([id, href, type, proprietes]) => `<item id="${id}" href="${href}" media-type="${type}"${proprietes}/>`).join('\n')}
</manifest>
<spine>
${spine.map((id) => `<itemref idref="${id}"/>`).join('\n')}
</spine>
</package>
`;
}

/** About the book: how it is made, and the licence of its fonts. */
function colophon(options: OptionsEpub): string {
  return document('À propos de ce livre numérique', `<section epub:type="colophon" aria-labelledby="colophon-titre">
<h1 id="colophon-titre">À propos de ce livre numérique</h1>
<p>Ce livre est fait, à chaque mise à jour de l’édition en ligne${options.adresse ? ` (${echapper(options.adresse)})` : ''}, à partir de ses pages : les textes, leurs notes, les corrections apportées au texte source et l’établissement du texte y sont mot pour mot ceux du site. Dernière mise à jour : ${options.modifie}.</p>
<p>Il est composé en Source Serif 4, police distribuée sous la licence SIL Open Font License 1.1, reproduite ci-dessous comme elle le demande.</p>
<pre class="licence" lang="en" xml:lang="en">${echapper(options.licencePolices)}</pre>
</section>`, 'backmatter');
}

/** The whole EPUB, as the bytes of its ZIP container. */
export function editionEpub(options: OptionsEpub): Buffer {
  const slugs = new Set(options.textes.map((t) => t.slug));
  const chapitres = options.textes.map((texte) => ({ texte, ...chapitre(texte, options, slugs) }));
  const couverture = document(options.titre, `<section epub:type="cover" class="couverture"><img src="couverture.png" alt="${echapper(`Couverture : ${options.titre}. ${options.presentation}`)}"/></section>`);
  const titre = document(options.titre, `<section epub:type="titlepage" aria-labelledby="titre-livre">
<h1 id="titre-livre">${echapper(options.titre)}</h1>
<p class="presentation">${echapper(options.presentation)}</p>
<ol>${options.textes.map((t) => `<li><a href="${t.slug}.xhtml">${echapper(t.titre)}</a>, ${echapper(t.auteur)}${t.traduction ? ` (traduction : ${echapper(t.traduction)})` : ''}</li>`).join('')}</ol>
<p>Livre numérique fait à partir de l’édition en ligne du dossier${options.adresse ? ` (${echapper(options.adresse)})` : ''}, dont il reprend mot pour mot les textes, les notes, les corrections signalées et l’établissement du texte ; mis à jour le ${options.modifie}.</p>
</section>`, 'frontmatter');
  return zip([
    { nom: 'mimetype', contenu: 'application/epub+zip', compresser: false },
    { nom: 'META-INF/container.xml', contenu: `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/paquet.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`, compresser: true },
    { nom: 'OEBPS/paquet.opf', contenu: paquet(options, chapitres), compresser: true },
    { nom: 'OEBPS/nav.xhtml', contenu: navigation(chapitres, options.titre), compresser: true },
    { nom: 'OEBPS/couverture.xhtml', contenu: couverture, compresser: true },
    { nom: 'OEBPS/couverture.png', contenu: options.couverture, compresser: false },
    { nom: 'OEBPS/titre.xhtml', contenu: titre, compresser: true },
    ...chapitres.map((c) => ({ nom: `OEBPS/${c.texte.slug}.xhtml`, contenu: c.xhtml, compresser: true })),
    { nom: 'OEBPS/personnes.xhtml', contenu: indexDesPersonnes(options.personnes, options.textes), compresser: true },
    { nom: 'OEBPS/colophon.xhtml', contenu: colophon(options), compresser: true },
    { nom: 'OEBPS/edition.css', contenu: feuilleDeStyle(options.polices), compresser: true },
    ...options.polices.map((p) => ({ nom: `OEBPS/polices/${p.fichier}`, contenu: p.contenu, compresser: false })),
  ]);
}
