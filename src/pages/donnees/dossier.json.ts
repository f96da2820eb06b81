/** `donnees/dossier.json`: the entry point of the data export (src/lib/export-donnees.ts). */
import { NOM_DU_SITE, urlAbsolue } from '../../lib/apercu.ts';
import { dossierExporte, reponseJson } from '../../lib/export-donnees.ts';
import { dossier } from '../../lib/publication.ts';

export async function GET({ site }: { site: URL | undefined }) {
  const { textes } = await dossier();
  return reponseJson(dossierExporte(textes, { titre: NOM_DU_SITE, url: (chemin) => urlAbsolue(site, import.meta.env.BASE_URL, chemin) }));
}
