/**
 * Every built page is valid HTML (html-validate, `.htmlvalidate.json`: the recommended preset).
 *
 * Two rules are relaxed, on purpose:
 * - `valid-id` (relaxed): HTML only asks an id to be non-empty and without spaces. Heading ids are
 *   slugs of the headings, and the sections of the source are numbered (« 1. Introduction » →
 *   `1-introduction`); the strict rule's "must begin with a letter" is a CSS-selector habit, and
 *   these ids are only ever used as link targets.
 * - `long-title` (120 characters instead of 70): a text's title is given whole, with its author,
 *   then the site's name; that is what tabs, bookmarks and history show. Search engines cut long
 *   titles in their results, which the edition accepts rather than truncate the dossier's titles.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { pagesConstruites } from '../helpers/pages.ts';

const validateur = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML', () => {
  const pages = pagesConstruites();

  it('should have pages to validate', () => {
    expect(pages.some((p) => p.type === 'accueil')).toBe(true);
    expect(pages.some((p) => p.type === 'texte')).toBe(true);
  });

  it.each(pages.map((p) => [p.chemin || '/', p.fichier]))('should be valid: %s', async (_chemin, fichier) => {
    const rapport = await validateur.validateFile(fichier);
    const erreurs = rapport.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`));
    expect(erreurs).toEqual([]);
  });
});
