/**
 * `recherche/entites.json`: every person and event of the registers with all their forms (the
 * dossier's and the other usual ones), so that the search page recognises a name however it is
 * typed, offers its page first and searches its passages (src/navigateur/recherche.ts,
 * src/noyau/interpretation.ts). Small: loaded with the search page, read in the browser only.
 */
import { getCollection } from 'astro:content';
import { textesDuDossier } from '../../construction/dossier.ts';
import { dateEnLettres } from '../../noyau/dates.ts';
import { mentionsParEntite } from '../../noyau/index-dossier.ts';
import type { EntiteCherchable } from '../../noyau/interpretation.ts';
import { datesDe, ordreAlphabetique } from '../../noyau/personnes.ts';
import { typographier } from '../../noyau/typographie.ts';

export async function GET() {
  const base = import.meta.env.BASE_URL;
  const textes = await textesDuDossier();
  const total = (index: ReturnType<typeof mentionsParEntite>, id: string) => (index.get(id) ?? []).reduce((n, t) => n + t.total, 0);
  const mentionsDePersonnes = mentionsParEntite(textes, 'personne');
  const mentionsDEvenements = mentionsParEntite(textes, 'evenement');
  const personnes: EntiteCherchable[] = (await getCollection('personnes')).sort(ordreAlphabetique).map(({ id, data }) => ({
    genre: 'personne', id, nom: data.nom, url: `${base}personnes/${id}/`,
    detail: typographier([datesDe(data), data.role].filter(Boolean).join(', ')),
    formes: [...data.formes, ...(data.autres_formes ?? [])], mentions: total(mentionsDePersonnes, id),
  }));
  const evenements: EntiteCherchable[] = (await getCollection('evenements')).map(({ id, data }) => ({
    genre: 'evenement', id, nom: data.nom, url: `${base}evenements/${id}/`,
    detail: typographier(`${dateEnLettres(data.date)}, ${data.description}`),
    formes: [...data.formes, ...(data.autres_formes ?? [])], mentions: total(mentionsDEvenements, id),
  }));
  return new Response(JSON.stringify([...personnes, ...evenements]), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
