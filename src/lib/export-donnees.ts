/**
 * The edition's data for reuse (README, « Données ») — `donnees/dossier.json`,
 * `donnees/textes/<slug>.json`, `donnees/personnes.json`, described by `donnees/schema.json`
 * (public/donnees/schema.json). Pure: built from what the remark plugins recorded on each text and
 * from the persons register, never from the Markdown again.
 */
import { reference } from './apercu.ts';
import type { CorrectionDeclaree } from '../plugins/remark-edition.ts';
import { noteId } from '../plugins/remark-notes.ts';
import { donneesDe, mentionsParPersonne, urlDuPassage, type TexteSource } from './index-dossier.ts';

/** The version of the export's shape: raised when a field changes meaning or goes away. */
export const VERSION_DONNEES = 1;

/** What the export needs of a text: an entry of the `textes` collection fits. */
export interface TexteExporte extends TexteSource {
  data: TexteSource['data'] & {
    traduction?: string | undefined;
    date?: string | undefined;
    genre: string;
    presentation: string;
    source: { fichier: string; lignes: Array<[number, number]> };
  };
}

/** What the export needs of a person of the register. */
export interface PersonneExportee {
  id: string;
  data: { nom: string; formes: string[]; naissance?: number | undefined; mort?: number | undefined; role: string; texte_note?: { texte: string; note: string } | undefined };
}

type Url = (chemin: string) => string;

/**
 * Where each of `elements` (in reading order) stands in its passage's text: the character offset
 * of its words, found in order, so that a name written twice in a passage gets both places; `null`
 * when the passage's text does not hold the words as recorded (a mention in a heading).
 */
function positions<T extends { passage: string }>(elements: readonly T[], mots: (e: T) => string, textes: ReadonlyMap<string, string>): Array<number | null> {
  const curseurs = new Map<string, number>();
  return elements.map((e) => {
    const texte = textes.get(e.passage);
    if (texte === undefined) return null;
    const debut = curseurs.get(e.passage) ?? 0;
    let trouve = texte.indexOf(mots(e), debut);
    if (trouve < 0) trouve = texte.indexOf(mots(e));
    if (trouve < 0) return null;
    curseurs.set(e.passage, trouve + mots(e).length);
    return trouve;
  });
}

/** One text with everything the edition knows of it. */
export function texteExporte(texte: TexteExporte, url: Url) {
  const { passages, mentions, dates } = donneesDe(texte);
  const corrections = ((texte.rendered?.metadata?.frontmatter as { corrections?: CorrectionDeclaree[] } | undefined)?.corrections ?? []);
  const textes = new Map(passages.map((p) => [p.id, p.texte]));
  const placesMentions = positions(mentions, (m) => m.forme, textes);
  const placesDates = positions(dates, (d) => d.texte, textes);
  const { titre, auteur, traduction, date, genre, ordre, presentation, source } = texte.data;
  return {
    version: VERSION_DONNEES,
    slug: texte.id,
    url: url(`textes/${texte.id}/`),
    titre, auteur, traduction: traduction ?? null, date: date ?? null, genre, ordre, presentation,
    source,
    passages: passages.map((p) => ({
      id: p.id, numero: String(p.numero), reference: reference(p), note: p.id.startsWith('note-'), alias: p.alias, texte: p.texte, url: url(urlDuPassage(texte.id, p.id)),
    })),
    mentions: mentions.map((m, i) => ({ personne: m.personne, forme: m.forme, passage: m.passage || null, position: placesMentions[i] ?? null, phrase: m.phrase })),
    dates: dates.map((d, i) => ({ iso: d.iso, texte: d.texte, passage: d.passage || null, position: placesDates[i] ?? null, phrase: d.phrase, vie: Boolean(d.vie) })),
    corrections: corrections.map((c) => ({ id: c.id, source: c.source, corrige: c.corrige, motif: c.motif, url: url(`textes/${texte.id}/#${c.id}`) })),
  };
}

/** The persons register, each person with where each text mentions them. */
export function personnesExportees(personnes: readonly PersonneExportee[], textes: readonly TexteSource[], url: Url) {
  const index = mentionsParPersonne(textes);
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
    textes: textes.map((t) => ({ slug: t.id, titre: t.data.titre, auteur: t.data.auteur, ordre: t.data.ordre, url: options.url(`textes/${t.id}/`), donnees: options.url(`donnees/textes/${t.id}.json`) })),
  };
}

/** A file of the export: JSON indented, so that it reads and diffs well. */
export function reponseJson(valeur: unknown): Response {
  return new Response(`${JSON.stringify(valeur, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
