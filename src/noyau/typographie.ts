/**
 * French typography for running text: narrow no-break spaces (U+202F) before `; : ! ?` and inside
 * « », typographic apostrophes. Narrow by design: times (12:30), URLs (https://…), numbers (2,6)
 * and ratios are left alone. `before` is the text that precedes `text` in the document (it may sit
 * in another element), so that a sign at the start of a text node is spaced correctly.
 */
import type { Element as HastElement, Root as HastRoot } from 'hast';

type HastParent = HastRoot | HastElement;

const NNBSP = '\u202F';

/** URLs and e-mail-like tokens are never retouched. */
const URL_LIKE = /((?:[a-z][a-z+.-]*:\/\/|www\.)\S+)/giu;

export function typographier(text: string, before = ''): string {
  // Split out URLs (odd indexes) and apply the rules to the prose around them.
  return text
    .split(URL_LIKE)
    .map((part, i, parts) => (i % 2 === 1 ? part : typographierProse(part, i === 0 ? before : parts[i - 1]!)))
    .join('');
}

function typographierProse(text: string, before: string): string {
  const context = before.slice(-1);
  // A sign that begins this text node, after a space (the space belongs to this node).
  const debut = text.replace(/^[ \u00A0]([;:!?»])/u, `${NNBSP}$1`);
  let out = (context + debut)
    // Apostrophes: a straight quote between letters is an elision or a possessive.
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    // Smartypants reads an elision before a quotation (d'"avoir) as an opening quote: after a
    // letter, a single quote can only be an apostrophe.
    .replace(/(\p{L})‘/gu, '$1’')
    // « … »: exactly one narrow no-break space inside the guillemets.
    .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
    .replace(/(\S)[ \u00A0\u202F]*»/g, `$1${NNBSP}»`)
    // ; ! ? : after a word, a closing sign or a space — not inside URLs, times or ratios.
    .replace(/([\p{L}\p{N}»)\]…’.%])[ \u00A0\u202F]?([;!?]+)/gu, `$1${NNBSP}$2`)
    .replace(/([\p{L}»)\]…’%])[ \u00A0\u202F]?:(?!\/\/)(?=\s|$|[«"\p{L}])/gu, `$1${NNBSP}:`)
    .replace(/(\p{N})[ \u00A0]:(?=\s|$)/gu, `$1${NNBSP}:`)
    // A hyphen between spaces is a dash (« On a fusillé - et on a bien fait »): « – ».
    .replace(/ - /g, ' – ')
    // Percent: « 90 % ».
    .replace(/(\p{N}) ?%/gu, `$1${NNBSP}%`);
  if (context) out = out.slice(1);
  return out;
}

/** Elements whose text is not prose. */
const NON_PROSE = new Set(['code', 'pre', 'kbd', 'script', 'style']);
/** Attributes whose words a reader or a link preview sees. */
const ATTRIBUTS_LUS = ['alt', 'title', 'ariaLabel'];
/** `<meta>` whose `content` a link preview shows. */
const META_LUES = /^(?:description|og:title|og:description|og:image:alt|og:site_name|twitter:image:alt)$/;

/**
 * French typography on a whole page (a hast tree), the one place where it is applied to what
 * readers see: every text node in reading order (so that a sign at the start of a node sees the
 * text before it), except in code and scripts; the words of `alt`, `title` and `aria-label`; the
 * `content` of the meta tags link previews show.
 */
export function typographierArbre(arbre: HastRoot): void {
  let precedent = '';
  const parcourir = (parent: HastParent) => {
    for (const enfant of parent.children) {
      if (enfant.type === 'text') {
        enfant.value = typographier(enfant.value, precedent);
        precedent = enfant.value || precedent;
      } else if (enfant.type === 'element' && !NON_PROSE.has(enfant.tagName)) {
        const proprietes = enfant.properties;
        for (const nom of ATTRIBUTS_LUS) if (typeof proprietes[nom] === 'string') proprietes[nom] = typographier(proprietes[nom]);
        const meta = String(proprietes.name ?? proprietes.property ?? '');
        if (enfant.tagName === 'meta' && META_LUES.test(meta) && typeof proprietes.content === 'string') proprietes.content = typographier(proprietes.content);
        parcourir(enfant);
      }
    }
  };
  parcourir(arbre);
}
