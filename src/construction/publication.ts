/**
 * What the publication outputs (references of the text pages, the data export, the EPUB) read:
 * the texts with their models (`textesDuDossier()`) and the persons register.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PersonneMentionnee, ReferenceDuTexte } from '../noyau/bibliographie.ts';
import { ordreAlphabetique } from '../noyau/personnes.ts';
import { NOM_DU_SITE, urlAbsolue } from '../noyau/references.ts';
import { configuration } from './config.ts';
import { textesDuDossier, type TexteDuDossier } from './dossier.ts';

export type Personne = CollectionEntry<'personnes'>;

/**
 * The day a text was last put online: the date of the last commit of its Markdown file (as git
 * tells it), or the day of the build when git cannot (no repository, file not committed yet).
 */
export function dateEnLigne(slug: string): string {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', join(configuration().contenu, 'textes', `${slug}.md`)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // No git here: the build's day.
  }
  return new Date().toISOString().slice(0, 10);
}

/** The reference of a text, with absolute URLs from the site's address and base path. */
export function referenceDe(texte: TexteDuDossier, site: URL | undefined, base: string): ReferenceDuTexte {
  const { titre, auteur, traduction, date } = texte.entete;
  return { slug: texte.slug, titre, auteur, traduction, date, dossier: NOM_DU_SITE, enLigne: dateEnLigne(texte.slug), url: urlAbsolue(site, base, `textes/${texte.slug}/`) };
}

/** The persons of the register a text mentions, in the register's order. */
export function personnesMentionnees(texte: TexteDuDossier, personnes: readonly Personne[], site: URL | undefined, base: string): PersonneMentionnee[] {
  const ids = new Set(texte.modele.mentions.filter((m) => m.genre === 'personne').map((m) => m.entite));
  return personnes.filter((p) => ids.has(p.id)).sort(ordreAlphabetique).map(({ id, data }) => ({ nom: data.nom, url: urlAbsolue(site, base, `personnes/${id}/`) }));
}

/** The texts in reading order and the register, read once per page or endpoint. */
export async function dossier(): Promise<{ textes: TexteDuDossier[]; personnes: Personne[] }> {
  return { textes: await textesDuDossier(), personnes: (await getCollection('personnes')).sort(ordreAlphabetique) };
}
