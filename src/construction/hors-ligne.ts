/**
 * The offline edition: the whole dossier as one HTML file, made from the built pages themselves
 * (so it says exactly what the site says), with its stylesheet inside and no script.
 *
 * - Each text's `<article>` becomes a section of the file, headings one level down under the
 *   file's own title; its ids are prefixed with the text's slug (`note-3` → `lettre-boukharine--note-3`)
 *   and every link inside the dossier becomes a link inside the file.
 * - Links to pages the file does not hold (persons, chronology, search) keep their words and lose
 *   their link; links to other sites stay. Buttons, forms and scripts (which need the site) go, and
 *   so does anything marked `data-hors-ligne="exclure"`.
 * - Images and stylesheet `url()`s are inlined as `data:` addresses.
 * - Its own Content-Security-Policy allows nothing but its stylesheet (by hash) and `data:` images:
 *   opened from a phone's files, it makes no request at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** Where the file is written, relative to the site's base (the home page links to it). */
export const FICHIER_HORS_LIGNE = 'hors-ligne/proces-de-moscou.html';

/** One text of the dossier, as built. */
export interface PageDeTexte {
  /** The text's slug (`lettre-boukharine`): its section's id in the file. */
  slug: string;
  /** The page's HTML. */
  html: string;
}

export interface OptionsHorsLigne {
  /** The texts, in reading order. */
  textes: PageDeTexte[];
  /** The site's base path (`/` or `/dossier/`). */
  base: string;
  /** The stylesheets the pages use, concatenated. */
  css: string;
  /** Where the edition lives online, for the reader's information (absolute URL), if it is public. */
  adresse?: string;
  /** Reads a file of the built site, by its address (`/_astro/x.png`), for `data:` inlining. */
  lire: (chemin: string) => Buffer | null;
  /** The words before the contents (what the home page says). */
  presentation: string;
}

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp',
  '.avif': 'image/avif', '.gif': 'image/gif', '.woff2': 'font/woff2', '.woff': 'font/woff',
};

/** Attributes that hold id references, to prefix like the ids themselves. */
const REFERENCES = ['htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'ariaDetails', 'headers', 'list', 'popoverTarget'];

/** Elements that need the site (or JavaScript) to do anything. */
const INTERACTIFS = new Set(['script', 'noscript', 'template', 'button', 'form', 'input', 'select', 'textarea', 'dialog']);

/** What the stylesheet adds for the file: one column, no room kept for margin notes. */
const CSS_HORS_LIGNE = `
[data-texte] { max-width: var(--mesure); padding-right: 0; }
.hors-ligne-entete { max-width: var(--mesure); margin: 0 auto; padding: 1.5rem 1rem 0; }
.hors-ligne-sommaire li { margin-bottom: 0.5rem; }
.hors-ligne-texte { border-top: 1px solid var(--filet); margin-top: 3rem; padding-top: 1rem; }
`;

/** The id of `id` inside the text `slug`. */
export function idDansLeFichier(slug: string, id: string): string {
  return `${slug}--${id}`;
}

/** `data:` address of a file. */
function enDonnees(contenu: Buffer, chemin: string): string {
  return `data:${TYPES[extname(chemin).toLowerCase()] ?? 'application/octet-stream'};base64,${contenu.toString('base64')}`;
}

/** The stylesheet with its local `url()`s inlined. */
export function cssAutonome(css: string, base: string, lire: OptionsHorsLigne['lire']): string {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (tout, _q: string, url: string) => {
    if (/^(data:|#)/.test(url)) return tout;
    const chemin = new URL(url, `http://site${base}_astro/`).pathname;
    const contenu = lire(chemin);
    return contenu ? `url("${enDonnees(contenu, chemin)}")` : tout;
  });
}

/** The file's Content-Security-Policy for a given stylesheet. */
export function politiqueHorsLigne(css: string): string {
  const empreinte = createHash('sha256').update(css, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${empreinte}'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`;
}

/** The `<article>` of a text page, rewritten for the file. Throws when the page has none. */
export function texteHorsLigne(page: PageDeTexte, options: Pick<OptionsHorsLigne, 'base' | 'lire'>, slugs: Set<string>): Element {
  const arbre = fromHtml(page.html);
  let article: Element | undefined;
  visit(arbre, 'element', (node) => {
    if (!article && node.tagName === 'article' && node.properties.dataTexte !== undefined) article = node;
  });
  if (!article) throw new Error(`textes/${page.slug}/ : pas d’<article data-texte> dans la page construite (voir src/pages/textes/[slug].astro)`);

  const adresse = new URL(`textes/${page.slug}/`, `http://site${options.base}`);
  const prefixe = (id: string) => idDansLeFichier(page.slug, id);

  visit(article, 'element', (node, index, parent) => {
    if (parent && index !== undefined && (INTERACTIFS.has(node.tagName) || node.properties.dataHorsLigne === 'exclure')) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const p = node.properties;
    if (typeof p.id === 'string') p.id = prefixe(p.id);
    for (const nom of REFERENCES) {
      const valeur = p[nom];
      if (typeof valeur === 'string') p[nom] = prefixe(valeur);
      else if (Array.isArray(valeur)) p[nom] = valeur.map((v) => prefixe(String(v)));
    }
    if (/^h[1-5]$/.test(node.tagName)) node.tagName = `h${Number(node.tagName[1]) + 1}`;
    if (node.tagName === 'img' && typeof p.src === 'string') {
      const cible = new URL(p.src, adresse);
      const contenu = cible.host === 'site' ? options.lire(decodeURIComponent(cible.pathname)) : null;
      if (contenu) p.src = enDonnees(contenu, cible.pathname);
      delete p.srcSet;
    }
    if (node.tagName === 'a' && typeof p.href === 'string') {
      const lien = lienDansLeFichier(p.href, adresse, options.base, page.slug, slugs);
      if (lien === null && parent && index !== undefined) {
        // A page the file does not hold: keep the words, drop the link.
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      if (typeof lien === 'string') p.href = lien;
    }
    return undefined;
  });

  // Landmarks (notes, sommaire, établissement) recur in every text: name them after their text too.
  let titre: Element | undefined;
  visit(article, 'element', (node) => {
    if (!titre && node.tagName === 'h2') titre = node;
  });
  if (titre) {
    titre.properties.id ??= prefixe('titre');
    const nomDuTexte = texte(titre);
    visit(article, 'element', (node) => {
      if (node === article) return;
      const p = node.properties;
      if (Array.isArray(p.ariaLabelledBy)) p.ariaLabelledBy = [...p.ariaLabelledBy.map(String), String(titre!.properties.id)];
      else if (typeof p.ariaLabel === 'string' && ['nav', 'section', 'aside'].includes(node.tagName)) p.ariaLabel = `${p.ariaLabel} — ${nomDuTexte}`;
    });
  }

  delete article.properties.dataTexte;
  article.properties.id = page.slug;
  article.properties.className = [...asArray(article.properties.className), 'hors-ligne-texte'];
  return article;
}

function asArray(valeur: unknown): string[] {
  return Array.isArray(valeur) ? valeur.map(String) : typeof valeur === 'string' ? [valeur] : [];
}

/**
 * Where a link of a text leads in the file: `#slug--id` inside the dossier, `undefined` to keep it
 * as it is (another site), `null` for a page of the site the file does not hold.
 */
function lienDansLeFichier(href: string, adresse: URL, base: string, slug: string, slugs: Set<string>): string | null | undefined {
  const cible = new URL(href, adresse);
  if (cible.host !== 'site') return /^(https?|mailto):/.test(cible.protocol) ? undefined : null;
  const id = decodeURIComponent(cible.hash.slice(1));
  const texte = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}textes/([^/]+)/$`).exec(cible.pathname)?.[1];
  if (texte && slugs.has(decodeURIComponent(texte))) {
    const autre = decodeURIComponent(texte);
    return id ? `#${idDansLeFichier(autre, id)}` : `#${autre}`;
  }
  if (cible.pathname === adresse.pathname && id) return `#${idDansLeFichier(slug, id)}`;
  return null;
}

/** The whole offline file. */
export function editionHorsLigne(options: OptionsHorsLigne): string {
  const slugs = new Set(options.textes.map((t) => t.slug));
  const articles = options.textes.map((t) => texteHorsLigne(t, options, slugs));
  const css = cssAutonome(options.css, options.base, options.lire) + CSS_HORS_LIGNE;
  const titres = articles.map((a) => {
    let titre = '';
    visit(a, 'element', (node) => {
      if (!titre && node.tagName === 'h2') titre = texte(node);
    });
    return titre;
  });

  const sommaire = `<ol class="hors-ligne-sommaire">${options.textes.map((t, i) => `<li><a href="#${t.slug}">${echapper(titres[i]!)}</a></li>`).join('')}</ol>`;
  const corps: Root = { type: 'root', children: articles as RootContent[] };
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${politiqueHorsLigne(css)}">
<meta name="referrer" content="no-referrer">
<title>Les procès de Moscou — le dossier complet (édition hors ligne)</title>
<meta name="description" content="Le dossier complet en un seul fichier, à lire sans réseau.">
<meta name="robots" content="noindex">
<style>${css}</style>
</head>
<body>
<header class="hors-ligne-entete">
<h1>Les procès de Moscou</h1>
<p class="presentation">${echapper(options.presentation)}</p>
<p class="meta">Édition hors ligne : le dossier complet en un seul fichier, à garder et à lire sans réseau.${options.adresse ? ` Édition en ligne : ${echapper(options.adresse)}` : ''}</p>
<nav aria-label="Sommaire du dossier">${sommaire}</nav>
</header>
<main>
${toHtml(corps)}
</main>
</body>
</html>
`;
}

function texte(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(texte).join('');
  return '';
}

function echapper(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Read a built file by address, or null (for `OptionsHorsLigne.lire`). */
export function lecteur(dist: string, base: string): OptionsHorsLigne['lire'] {
  return (chemin) => {
    if (!chemin.startsWith(base)) return null;
    try {
      return readFileSync(new URL(chemin.slice(base.length), `file://${dist.endsWith('/') ? dist : `${dist}/`}`));
    } catch {
      return null;
    }
  };
}
