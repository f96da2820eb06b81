/**
 * The text pages' reading tools, loaded with the page and kept small: reading resumed and the
 * progress bar (reprise.ts); the tools for selected words (selection.ts) and the site's own
 * highlighting of a link to words (mots-surlignes.ts) load only when a reader needs them.
 */
import './reprise.ts';

const article = document.querySelector<HTMLElement>('[data-texte]');

if (article) {
  // A link to words (`#p14:~:text=…`) in a browser without text fragments: the fragment is still there.
  if (location.hash.includes(':~:') && !('fragmentDirective' in document)) void import('./mots-surlignes.ts');

  let outils: Promise<unknown> | undefined;
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (outils || !selection || selection.isCollapsed || !article.contains(selection.anchorNode)) return;
    outils = import('./selection.ts');
  });
}
