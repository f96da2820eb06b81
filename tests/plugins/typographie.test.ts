/**
 * French typography (`src/noyau/typographie.ts`), applied to whole pages by the middleware: the
 * pipeline's HTML of the `typographie-francaise` fixture, typeset as a reader sees it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { typographier, typographierArbre } from '../../src/noyau/typographie.ts';
import { rendre } from '../helpers/pipeline.ts';

const N = '\u202F';

function page(html: string): string {
  const arbre = fromHtml(html, { fragment: true });
  typographierArbre(arbre);
  return toHtml(arbre);
}

describe('typographier', () => {
  it('should put narrow no-break spaces before ; : ! ? and inside « »', () => {
    expect(typographier('Il dit : «bonjour» ; pourquoi ? Voilà !')).toBe(`Il dit${N}: «${N}bonjour${N}»${N}; pourquoi${N}? Voilà${N}!`);
    expect(typographier('« trop  d’espaces »')).toBe(`«${N}trop  d’espaces${N}»`);
    expect(typographier('fin;')).toBe(`fin${N};`);
    expect(typographier('Quoi?!')).toBe(`Quoi${N}?!`);
    expect(typographier('(voir plus haut) : suite')).toBe(`(voir plus haut)${N}: suite`);
    expect(typographier('article 58 : texte')).toBe(`article 58${N}: texte`);
  });

  it('should space a sign after the first word of a text and a colon at its end, after a word or a number', () => {
    expect(typographier('A; puis B')).toBe(`A${N}; puis B`);
    expect(typographier('Il écrit :')).toBe(`Il écrit${N}:`);
    expect(typographier('en 1936 :')).toBe(`en 1936${N}:`);
  });

  it('should not space a sign after an opening bracket, nor a guillemet that opens a text', () => {
    expect(typographier('Kamenev (?) parle')).toBe('Kamenev (?) parle');
    expect(typographier('» dit-il')).toBe('» dit-il');
  });

  it('should leave times, ratios, URLs and numbers alone', () => {
    expect(typographier('à 12:30, soit 2,6 millions')).toBe('à 12:30, soit 2,6 millions');
    expect(typographier('Voyez https://exemple.org/page?x=1; puis www.exemple.org/a:b !')).toBe(`Voyez https://exemple.org/page?x=1; puis www.exemple.org/a:b${N}!`);
    // A colon glued to a word is spaced, unless a URL scheme (`://`) follows.
    expect(typographier('note:ceci')).toBe(`note${N}:ceci`);
    expect(typographier('un rapport 3:1')).toBe('un rapport 3:1');
    expect(typographier('un rapport 3 :1')).toBe('un rapport 3 :1');
  });

  it('should write apostrophes, dashes and percents', () => {
    expect(typographier("l'homme d‘«avoir»")).toBe(`l’homme d’«${N}avoir${N}»`);
    expect(typographier('Une incise - comme celle-ci - et 1905 - 1945')).toBe('Une incise – comme celle-ci – et 1905 – 1945');
    expect(typographier('90 % et 10%')).toBe(`90${N}% et 10${N}%`);
  });

  it('should space a sign at the start of a text node after the text before it', () => {
    expect(typographier(' : la suite', 'Il dit')).toBe(`${N}: la suite`);
    expect(typographier('» et', 'bonjour')).toBe(`${N}» et`);
    expect(typographier('? non', 'quoi')).toBe(`${N}? non`);
    expect(typographier(': fin', '')).toBe(': fin');
  });

  it('should read the text after a URL with the URL’s last character before it', () => {
    expect(typographier('voir https://exemple.org/90 %', 'x')).toBe(`voir https://exemple.org/90${N}%`);
  });
});

describe('typographierArbre', () => {
  it('should typeset the pipeline’s HTML as readers see it, across elements', async () => {
    const file = await rendre(readFileSync(join(import.meta.dirname, 'fixtures', 'typographie-francaise', 'input.md'), 'utf8'));
    expect(page(String(file.value))).toBe(
      [
        `<p>Il dit${N}: «${N}bonjour${N}» à l’homme${N}; pourquoi${N}? Voyez <a href="https://exemple.org/page?x=1">https://exemple.org/page?x=1</a> à 12:30, soit 2,6 millions${N}!`,
        `L’accusation sera d’«${N}avoir aménagé le terrain${N}».`,
        `Une incise – comme celle-ci – et un intervalle <span class="date" data-edtf="1905/1945">1905 – 1945</span>.</p>`,
      ].join('\n'),
    );
    expect(page('<p><em>Kamenev</em> : oui</p>')).toBe(`<p><em>Kamenev</em>${N}: oui</p>`);
  });

  it('should typeset the words readers and previews see in attributes and meta tags, not code', () => {
    const html = page(
      '<meta name="description" content="Qui ? Lui"><meta name="generator" content="a : b"><img alt="Quoi ?" src="x.png"><abbr title="Vraiment ?">V</abbr><span aria-label="Note !">1</span><code>a ; b</code><pre>x : y</pre><p data-x="a ; b">c ; d</p>',
    );
    expect(html).toBe(
      `<meta name="description" content="Qui${N}? Lui"><meta name="generator" content="a : b"><img alt="Quoi${N}?" src="x.png"><abbr title="Vraiment${N}?">V</abbr><span aria-label="Note${N}!">1</span><code>a ; b</code><pre>x : y</pre><p data-x="a ; b">c${N}; d</p>`,
    );
    expect(page('<meta property="og:title" content="Titre : sous-titre">')).toBe(`<meta property="og:title" content="Titre${N}: sous-titre">`);
  });

  it('should space a sign after the text of the element before it, from the page’s first text on', () => {
    expect(page('<p>Il dit<em>?</em></p>')).toBe(`<p>Il dit<em>${N}?</em></p>`);
    expect(page('<p>» suite</p>')).toBe('<p>» suite</p>');
  });

  it('should leave comments, meta tags without content and the content of other elements alone', () => {
    expect(page('<!-- a ; b --><meta name="description"><div name="description" content="a ; b">c ; d</div>')).toBe(
      `<!-- a ; b --><meta name="description"><div name="description" content="a ; b">c${N}; d</div>`,
    );
  });
});
