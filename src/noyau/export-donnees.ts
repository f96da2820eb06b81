/**
 * The edition's data for reuse (README, « Données ») — `donnees/dossier.json`,
 * `donnees/textes/<slug>.json`, `donnees/personnes.json`, described by `donnees/schema.json`
 * (public/donnees/schema.json). Pure: built from the texts' models and the persons register, never
 * from the Markdown again.
 */
import type { EnTete } from './entete.ts';
import { mentionsParEntite, urlDuPassage, type TexteSource } from './index-dossier.ts';
import type { Modele } from './modele.ts';
import { noteId } from './plugins/remark-notes.ts';
import { reference } from './references.ts';

/** The version of the export's shape: raised when a field changes meaning or goes away. */
export const VERSION_DONNEES = 1;

/** What the export needs of a text: a text of the dossier (`textesDuDossier()`) fits. */
export interface TexteExporte extends TexteSource {
  entete: EnTete;
  modele: Modele;
}

/** What the export needs of a person of the register. */
export interface PersonneExportee {
  id: string;
  data: { nom: string; formes: string[]; naissance?: number | undefined; mort?: number | undefined; role: string; texte_note?: { texte: string; note: string } | undefined };
}

type Url = (chemin: string) => string;

/** One text with everything the edition knows of it: positions are the model's (offsets in the passage's text). */
export function texteExporte(texte: TexteExporte, url: Url) {
  const { passages, mentions, dates, corrections } = texte.modele;
  const { titre, auteur, traduction, date, genre, ordre, presentation, source } = texte.entete;
  return {
    version: VERSION_DONNEES,
    slug: texte.slug,
    url: url(`textes/${texte.slug}/`),
    titre, auteur, traduction: traduction ?? null, date: date ?? null, genre, ordre, presentation,
    source,
    passages: passages.map((p) => ({
      id: p.id, numero: String(p.numero), reference: reference(p), note: p.id.startsWith('note-'), alias: p.alias, texte: p.texte, url: url(urlDuPassage(texte.slug, p.id)),
    })),
    mentions: mentions.filter((m) => m.genre === 'personne').map((m) => ({ personne: m.entite, forme: m.forme, passage: m.passage || null, position: m.passage ? m.debut : null, phrase: m.phrase })),
    dates: dates.map((d) => ({ iso: d.iso, texte: d.mots, passage: d.passage || null, position: d.passage ? d.debut : null, phrase: d.phrase, vie: Boolean(d.vie) })),
    corrections: corrections.map((c) => ({ id: c.id, source: c.source, corrige: c.corrige, motif: c.motif, categorie: c.categorie, url: url(`textes/${texte.slug}/#${c.id}`) })),
  };
}

/** The persons register, each person with where each text mentions them. */
export function personnesExportees(personnes: readonly PersonneExportee[], textes: readonly TexteSource[], url: Url) {
  const index = mentionsParEntite(textes, 'personne');
  return {
    version: VERSION_DONNEES,
    personnes: personnes.map(({ id, data }) => ({
      id, url: url(`personnes/${id}/`), nom: data.nom, formes: data.formes, naissance: data.naissance ?? null, mort: data.mort ?? null, role: data.role,
      note: data.texte_note ? { texte: data.texte_note.texte, note: data.texte_note.note, url: url(urlDuPassage(data.texte_note.texte, noteId(data.texte_note.note))) } : null,
      mentions: (index.get(id) ?? []).map((t) => ({
        texte: t.texte.slug, total: t.total,
        lieux: t.lieux.map((l) => ({ passage: l.passage || null, reference: l.numero || null, formes: l.formes, phrase: l.phrase, url: url(l.url) })),
      })),
    })),
  };
}

/** The entry point: the dossier, its texts in reading order and where each file is. */
export function dossierExporte(textes: readonly TexteExporte[], options: { titre: string; url: Url }) {
  return {
    version: VERSION_DONNEES,
    titre: options.titre,
    url: options.url(''),
    langue: 'fr',
    schema: options.url('donnees/schema.json'),
    personnes: options.url('donnees/personnes.json'),
    textes: textes.map((t) => ({ slug: t.slug, titre: t.entete.titre, auteur: t.entete.auteur, ordre: t.entete.ordre, url: options.url(`textes/${t.slug}/`), donnees: options.url(`donnees/textes/${t.slug}.json`) })),
  };
}

/** A file of the export: JSON indented, so that it reads and diffs well. */
export function reponseJson(valeur: unknown): Response {
  return new Response(`${JSON.stringify(valeur, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
