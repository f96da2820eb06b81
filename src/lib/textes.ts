/** Helpers about the texts of the dossier, shared by the pages. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Texte = CollectionEntry<'textes'>;

/** French names of the kinds of text. */
export const genres: Record<Texte['data']['genre'], string> = {
  introduction: 'Introduction',
  essai: 'Essai',
  extraits: 'Extraits',
  traduction: 'Traduction',
  lettre: 'Lettre',
};

/** The texts in the dossier's reading order. */
export async function textesDansLOrdre(): Promise<Texte[]> {
  const textes = await getCollection('textes');
  return textes.sort((a, b) => a.data.ordre - b.data.ordre);
}

/** Words of a Markdown body, for the reading time. */
export function compterMots(markdown: string): number {
  return markdown.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Reading time in minutes, at 230 words a minute. */
export function tempsDeLecture(markdown: string): number {
  return Math.max(1, Math.round(compterMots(markdown) / 230));
}
