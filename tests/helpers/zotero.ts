/**
 * Reads a page's metadata as Zotero's « Embedded Metadata » translator does (zotero/translators,
 * `Embedded Metadata.js`, last updated 2026-04-27), for the Highwire Press part that the edition
 * writes: the item type from the `citation_*` tags present (`citation_inbook_title` or
 * `citation_book_title` → book section, `citation_journal_title` → journal article…, a lone
 * `citation_title` → journal article), the mapped fields, authors and editors (« Last, First » when
 * there is a comma, else the last word is the last name), the online date when there is no date, the
 * URL from `citation_public_url`, then the abstract and full-text URLs, then the canonical link, the
 * abstract from the `description` meta. No item when the page has no `citation_title`. A reading
 * of the translator's logic, written here, not its code.
 */
import type { Root } from 'hast';
import { elements } from './html.ts';

export interface Createur { lastName: string; firstName?: string; creatorType: 'author' | 'editor' }

export interface ItemZotero {
  itemType: string;
  title: string;
  creators: Createur[];
  date?: string;
  bookTitle?: string;
  publicationTitle?: string;
  language?: string;
  url?: string;
  abstractNote?: string;
}

const CHAMPS: Record<string, keyof ItemZotero> = {
  citation_title: 'title', citation_publication_date: 'date', citation_cover_date: 'date', citation_date: 'date',
  citation_journal_title: 'publicationTitle', citation_inbook_title: 'publicationTitle', citation_book_title: 'bookTitle',
  citation_public_url: 'url', citation_language: 'language', citation_abstract: 'abstractNote',
};

const TYPES: Record<string, string> = {
  citation_journal_title: 'journalArticle', citation_technical_report_institution: 'report', citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper', citation_book_title: 'bookSection', citation_inbook_title: 'bookSection', citation_dissertation_institution: 'thesis',
};

function createur(nom: string, creatorType: Createur['creatorType']): Createur {
  if (nom.includes(',')) {
    const [lastName = '', firstName = ''] = nom.split(/\s*,\s*/);
    return { lastName, firstName, creatorType };
  }
  const mots = nom.trim().split(/\s+/);
  return { lastName: mots.at(-1)!, firstName: mots.slice(0, -1).join(' '), creatorType };
}

/** The item Zotero would save from a page's `<head>`, or null when it finds none. */
export function itemZotero(arbre: Root): ItemZotero | null {
  const tete = elements(arbre).filter((e) => e.tagName === 'meta' || e.tagName === 'link');
  const meta = (nom: string) => tete.filter((e) => e.tagName === 'meta' && e.properties.name === nom).map((e) => String(e.properties.content ?? '').trim()).filter(Boolean);
  if (meta('citation_title').length === 0) return null;
  const noms = tete.filter((e) => e.tagName === 'meta' && typeof e.properties.name === 'string').map((e) => String(e.properties.name));
  const type = noms.map((n) => TYPES[n]).find(Boolean) ?? 'journalArticle';
  const item: ItemZotero = { itemType: type, title: '', creators: [] };
  for (const [balise, champ] of Object.entries(CHAMPS)) {
    const valeur = meta(balise)[0];
    if (valeur) (item as unknown as Record<string, string>)[champ] = valeur.replace(/\s+/g, ' ');
  }
  // The translator's book-section field: publicationTitle is the base field of bookTitle.
  if (item.itemType === 'bookSection' && item.publicationTitle && !item.bookTitle) {
    item.bookTitle = item.publicationTitle;
    delete item.publicationTitle;
  }
  const auteurs = meta('citation_author').length ? meta('citation_author') : meta('citation_authors');
  const editeurs = meta('citation_editor').length ? meta('citation_editor') : meta('citation_editors');
  item.creators = [
    ...auteurs.flatMap((v) => v.split(/\s*;\s*/)).filter((n) => /[^\s,.;-]/.test(n)).map((n) => createur(n, 'author')),
    ...editeurs.flatMap((v) => v.split(/\s*;\s*/)).filter((n) => /[^\s,.;-]/.test(n)).map((n) => createur(n, 'editor')),
  ];
  if (!item.date) {
    const enLigne = meta('citation_online_date')[0];
    if (enLigne) item.date = enLigne;
  }
  item.url ??= meta('citation_abstract_html_url')[0] ?? meta('citation_fulltext_html_url')[0]
    ?? tete.find((e) => e.tagName === 'link' && String(e.properties.rel ?? '').split(/[\s,]+/).includes('canonical'))?.properties.href?.toString();
  const description = meta('description')[0];
  if (description && !item.abstractNote) item.abstractNote = description;
  return item;
}
