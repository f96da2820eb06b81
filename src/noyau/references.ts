/**
 * Previews of the edition's pages when a link is pasted (Open Graph, Twitter cards), and the
 * wording of citations: shared by the pages and, for citations, by the sharing script.
 */
import type { Passage } from './modele.ts';

export const NOM_DU_SITE = 'Les procès de Moscou — dossier';

/** Size of the share images (src/construction/image-partage.ts), the size previews expect. */
export const LARGEUR_IMAGE = 1200;
export const HAUTEUR_IMAGE = 630;

/** Absolute URL of a page of the site: `chemin` is relative to the base (`textes/x/`), `site` comes from astro.config.ts (SITE_URL). */
export function urlAbsolue(site: URL | string | undefined, base: string, chemin = ''): string {
  const racine = base.endsWith('/') ? base : `${base}/`;
  return new URL(racine + chemin.replace(/^\//, ''), site ?? 'http://127.0.0.1:4321').href;
}

/** At most `max` characters of a passage, cut between words, with `…` when cut: a preview's description. */
export function extrait(texte: string, max = 300): string {
  const propre = texte.replace(/\s+/g, ' ').trim();
  if (propre.length <= max) return propre;
  const coupe = propre.slice(0, max);
  const espace = coupe.lastIndexOf(' ');
  return `${(espace > max * 0.6 ? coupe.slice(0, espace) : coupe).replace(/[\s,;:.!?—–-]+$/u, '')}…`;
}

/** « § 14 » for a numbered passage, « note 7 » for a note. */
export function reference(passage: Pick<Passage, 'id' | 'numero'>): string {
  return passage.id.startsWith('note-') ? `note ${passage.numero}` : `§ ${passage.numero}`;
}

/**
 * The same reference with its article, for sentences: « le § 14 », « la note 7 »; with `de`:
 * « du § 14 », « de la note 7 ».
 */
export function referenceDansUnePhrase(passage: Pick<Passage, 'id' | 'numero'>, de = false): string {
  if (passage.id.startsWith('note-')) return `${de ? 'de la' : 'la'} note ${passage.numero}`;
  return `${de ? 'du' : 'le'} § ${passage.numero}`;
}

/**
 * The opening words of a passage for a citation: at most `mots` words, `…` when cut, inner « » as “ ”.
 * No-break spaces (French typography) are kept, and do not separate words.
 */
export function ouverture(texte: string, mots = 12): string {
  const tous = texte.replace(/[ \t\n\r]+/g, ' ').trim().replace(/«\s*/g, '“').replace(/\s*»/g, '”').split(' ');
  if (tous.length <= mots) return tous.join(' ');
  return `${tous.slice(0, mots).join(' ').replace(/[,;:.!?—–-]+$/u, '')}…`;
}

/**
 * A ready citation: « opening words… » — Author, Title, § 14, URL (French spacing inside the quotes);
 * with `entier`, the words are quoted whole (words a reader selected).
 */
export function citation(options: { texte: string; auteur: string; titre: string; reference: string; url: string; entier?: boolean }): string {
  const mots = ouverture(options.texte, options.entier ? Infinity : 12);
  return `«\u202F${mots}\u202F» — ${options.auteur}, ${options.titre}, ${options.reference}, ${options.url}`;
}
