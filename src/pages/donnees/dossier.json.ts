/** `donnees/dossier.json`: the entry point of the data export (src/noyau/export-donnees.ts). */
import { NOM_DU_SITE, urlAbsolue } from '../../noyau/references.ts';
import { dossierExporte, reponseJson } from '../../noyau/export-donnees.ts';
import { dossier } from '../../construction/publication.ts';

export async function GET({ site }: { site: URL | undefined }) {
  const { textes } = await dossier();
  return reponseJson(dossierExporte(textes, { titre: NOM_DU_SITE, url: (chemin) => urlAbsolue(site, import.meta.env.BASE_URL, chemin) }));
}
