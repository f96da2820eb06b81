/**
 * Applies a stylesheet that travels inside a script (imported with `?inline`), so that a page that
 * never loads the script never loads its styles, and they cost no request of their own. A
 * constructed stylesheet, like the `style` properties the scripts set, is not inline markup: the
 * policy (styles from `default-src 'self'`) does not need to allow it.
 */
export function adopterStyles(css: string): void {
  const feuille = new CSSStyleSheet();
  feuille.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, feuille];
}
