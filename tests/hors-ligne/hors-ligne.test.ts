/** The offline edition's rewriting of a text page (src/construction/hors-ligne.ts), on a small page. */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { editionHorsLigne, politiqueHorsLigne, texteHorsLigne } from '../../src/construction/hors-ligne.ts';

const page = `<!doctype html><html lang="fr"><body><main><article class="colonne" data-texte="lettre">
<header><h1>Lettre</h1></header>
<nav class="sommaire" aria-labelledby="sommaire-titre"><h2 id="sommaire-titre">Sommaire</h2><a href="#s1">I</a></nav>
<h2 id="s1">I</h2>
<p id="p1">Voir <a href="/personnes/kamenev/">Kamenev</a>, <a href="/textes/essai/#p3">l’essai</a>, <a href="/chronologie/#d1936">1936</a>
et <a href="https://exemple.org/">ailleurs</a>.<sup class="appel"><a id="appel-1" href="#note-1">1</a></sup>
<button type="button">Partager</button><img src="/_astro/x.png" alt="x"></p>
<section class="notes" aria-labelledby="notes"><h2 id="notes">Notes</h2><ol><li id="note-1">Note. <a href="#appel-1">↩</a></li></ol></section>
</article></main></body></html>`;

const options = { base: '/', lire: (chemin: string) => (chemin === '/_astro/x.png' ? Buffer.from('png') : null) };

describe('offline edition', () => {
  const html = toHtml(texteHorsLigne({ slug: 'lettre', html: page }, options, new Set(['lettre', 'essai'])));

  it('should prefix ids and the fragments that name them with the text’s slug', () => {
    expect(html).toContain('<article class="colonne hors-ligne-texte" id="lettre">');
    expect(html).toContain('id="lettre--p1"');
    expect(html).toContain('<a id="lettre--appel-1" href="#lettre--note-1">1</a>');
    expect(html).toContain('<a href="#lettre--appel-1">↩</a>');
  });

  it('should lead links to other texts of the dossier inside the file', () => {
    expect(html).toContain('<a href="#essai--p3">l’essai</a>');
  });

  it('should keep only the words of links to pages the file does not hold, and links to other sites', () => {
    expect(html).toContain('Voir Kamenev, ');
    expect(html).toContain(', 1936\net');
    expect(html).toContain('<a href="https://exemple.org/">ailleurs</a>');
  });

  it('should drop what needs the site, inline images and put headings one level down', () => {
    expect(html).not.toContain('button');
    expect(html).toContain('src="data:image/png;base64,cG5n"');
    expect(html).toContain('<h2 id="lettre--titre">Lettre</h2>');
    expect(html).toContain('<h3 id="lettre--s1">I</h3>');
  });

  it('should name each text’s landmarks after the text too', () => {
    expect(html).toContain('aria-labelledby="lettre--sommaire-titre lettre--titre"');
    expect(html).toContain('aria-labelledby="lettre--notes lettre--titre"');
  });

  it('should allow exactly its own stylesheet and nothing else in its policy', () => {
    const fichier = editionHorsLigne({ textes: [{ slug: 'lettre', html: page }], base: '/', css: 'body{color:red}', lire: options.lire, presentation: 'Le dossier.' });
    const style = /<style>([\s\S]*?)<\/style>/.exec(fichier)![1]!;
    expect(fichier).toContain(`content="${politiqueHorsLigne(style)}"`);
    expect(politiqueHorsLigne(style)).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:;/);
    expect(fichier).not.toMatch(/<script/);
  });

  it('should fail with a plain sentence on a page without its article', () => {
    expect(() => texteHorsLigne({ slug: 'vide', html: '<main></main>' }, options, new Set())).toThrow(
      'textes/vide/ : pas d’<article data-texte> dans la page construite (voir src/pages/textes/[slug].astro)',
    );
  });
});
