/**
 * The one accessor of the dossier for pages, endpoints and exports: each text with its front
 * matter and its model, in the dossier's order. The model is what the pipeline computed when the
 * text was loaded (src/construction/chargeurs.ts); nothing here parses or finds anything again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { EnTete } from '../noyau/entete.ts';
import type { Modele } from '../noyau/modele.ts';

export type Entree = CollectionEntry<'textes'>;

/** A text of the dossier, as pages read it. */
export interface TexteDuDossier {
  /** Slug of the text (`lettre-boukharine`), also its URL. */
  slug: string;
  entete: EnTete;
  modele: Modele;
  /** The collection entry, for `render()`. */
  entree: Entree;
}

/** French names of the kinds of text. */
export const genres: Record<EnTete['genre'], string> = {
  introduction: 'Introduction',
  essai: 'Essai',
  extraits: 'Extraits',
  traduction: 'Traduction',
  lettre: 'Lettre',
};

/** The texts in the dossier's reading order. */
export async function textesDuDossier(): Promise<TexteDuDossier[]> {
  const entrees = await getCollection('textes');
  return entrees
    .map((entree) => ({ slug: entree.id, entete: entree.data, modele: (entree.rendered!.metadata!.frontmatter as { modele: Modele }).modele, entree }))
    .sort((a, b) => a.entete.ordre - b.entete.ordre);
}

/** Reading time in minutes, at 230 words a minute. */
export function tempsDeLecture(modele: Pick<Modele, 'mots'>): number {
  return Math.max(1, Math.round(modele.mots / 230));
}
