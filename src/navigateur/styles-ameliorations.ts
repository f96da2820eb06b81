/**
 * The enhancements' stylesheet (popover, margin notes, share menu, preview card), applied before
 * they create anything: texte.ts imports this module first. It travels inside their script, so that
 * a page that never loads them never loads their styles, and costs no request of its own. A
 * constructed stylesheet, like the `style` properties the scripts set, is not inline markup: the
 * policy (styles from `default-src 'self'`) does not need to allow it.
 */
import css from '../styles/ameliorations.css?inline';

const feuille = new CSSStyleSheet();
feuille.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, feuille];
