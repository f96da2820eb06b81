/** `donnees/personnes.json`: the persons register with every mention (src/lib/export-donnees.ts). */
import { urlAbsolue } from '../../lib/apercu.ts';
import { personnesExportees, reponseJson } from '../../lib/export-donnees.ts';
import { dossier } from '../../lib/publication.ts';

export async function GET({ site }: { site: URL | undefined }) {
  const { textes, personnes } = await dossier();
  return reponseJson(personnesExportees(personnes, textes, (chemin) => urlAbsolue(site, import.meta.env.BASE_URL, chemin)));
}
