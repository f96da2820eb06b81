/**
 * Fidelity of the edition (`npm run fidelite [slug…]`): prints, for each text (all, or the slugs
 * given), the summary of its comparison with its source as the pipeline computed it
 * (`modele.fidelite`, src/noyau/fidelite/), then every unexplained difference as
 * `fichier:ligne:colonne : raison`. Exits 1 if there is any. The build stops on the same differences.
 */
import { configuration } from '../src/construction/config.ts';
import { affiche, ErreurDeContenu, lireContenu, modelerDossier } from '../src/construction/contenu.ts';
import { formaterTableau, ligneDuTableau, raisonDeLEcart } from '../src/noyau/fidelite/rapport.ts';

const config = configuration();
const voulus = process.argv.slice(2).map((a) => a.replace(/^.*\//, '').replace(/\.md$/, ''));
try {
  const contenu = lireContenu(config.contenu);
  const inconnus = voulus.filter((slug) => !contenu.textes.some((t) => t.slug === slug));
  for (const slug of inconnus) console.error(`texte inconnu : ${slug} (content/textes/${slug}.md n’existe pas)`);
  contenu.textes = contenu.textes.filter((t) => voulus.length === 0 || voulus.includes(t.slug));
  if (contenu.textes.length === 0) {
    console.error('aucun texte à vérifier dans content/textes/');
    process.exit(1);
  }
  const textes = await modelerDossier(contenu, config.base);
  const lignes: string[][] = [];
  const problemes: string[] = [];
  for (const { slug, chemin, file } of textes) {
    const f = file.data.modele?.fidelite;
    if (!f) {
      problemes.push(...file.messages.filter((m) => m.fatal).map((m) => `${affiche(chemin)}:${m.line ?? 1}:${m.column ?? 1} : ${m.reason}`));
      continue;
    }
    lignes.push(ligneDuTableau(slug, f, file.data.modele?.corrections?.length ?? 0));
    for (const e of f.ecarts) problemes.push(`${affiche(chemin)}:${e.ligne ?? 1}:1 : ${raisonDeLEcart(f.fichier, e)}`);
  }
  console.log(formaterTableau(lignes));
  if (problemes.length > 0) {
    console.log(`\n${problemes.length} différence(s) inexpliquée(s) :`);
    for (const p of problemes) console.log(p);
  }
  process.exit(problemes.length > 0 || inconnus.length > 0 ? 1 : 0);
} catch (erreur) {
  if (!(erreur instanceof ErreurDeContenu)) throw erreur;
  console.error(erreur.message);
  process.exit(1);
}
