/** `donnees/personnes.json`: the persons register with every mention (src/noyau/export-donnees.ts). */
import { urlAbsolue } from '../../noyau/references.ts';
import { personnesExportees, reponseJson } from '../../noyau/export-donnees.ts';
import { dossier } from '../../construction/publication.ts';

export async function GET({ site }: { site: URL | undefined }) {
  const { textes, personnes } = await dossier();
  return reponseJson(personnesExportees(personnes, textes, (chemin) => urlAbsolue(site, import.meta.env.BASE_URL, chemin)));
}
