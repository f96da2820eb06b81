/**
 * Content check (`npm run verifier`): every text of the content folder through the edition's
 * pipeline, exactly as the build loads it (src/construction/contenu.ts), every message printed as
 * `fichier:ligne:colonne : raison`. Exits 1 on any error. The build does the same by itself; this is
 * the editors' quick check, without building the site.
 */
import { configuration } from '../src/construction/config.ts';
import { ErreurDeContenu, lireContenu, messagesDuDossier, modelerDossier } from '../src/construction/contenu.ts';

const config = configuration();
try {
  const contenu = lireContenu(config.contenu);
  const { erreurs, autres } = messagesDuDossier(await modelerDossier(contenu, config.base));
  for (const ligne of autres) console.warn(ligne);
  for (const ligne of erreurs) console.error(ligne);
  if (erreurs.length > 0) {
    console.error(`\n${erreurs.length} erreur(s) dans le contenu : la construction s’arrêterait.`);
    process.exit(1);
  }
  console.log(`Contenu vérifié : ${contenu.textes.length} texte(s), aucune erreur.`);
} catch (erreur) {
  if (!(erreur instanceof ErreurDeContenu)) throw erreur;
  console.error(erreur.message);
  process.exit(1);
}
