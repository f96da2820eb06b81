/**
 * The content loaders of the three collections (src/content.config.ts). Astro does not render the
 * texts itself: the texts' loader reads the content folder, processes each text once through the
 * edition's pipeline (src/construction/contenu.ts), prints every message as
 * `fichier:ligne:colonne : raison`, stops the build on an error, and stores each text with its HTML
 * and its model (read back by src/construction/dossier.ts). Everything is read afresh at each load,
 * so `astro dev` sees a changed register, ledger or source.
 */
import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Personne } from '../noyau/personnes.ts';
import { configuration } from './config.ts';
import { ErreurDeContenu, lireContenu, lireRegistreEvenements, lireRegistrePersonnes, messagesDuDossier, modelerDossier } from './contenu.ts';

/**
 * A loader that reads the content folder with `charger`, then again whenever anything in it
 * changes (`astro dev`); an error on a reload is printed, and the last good content stays.
 */
function chargeur(name: string, charger: (context: LoaderContext) => Promise<void>): Loader {
  return {
    name,
    load: async (context) => {
      await charger(context);
      const { contenu } = configuration();
      context.watcher?.add(contenu);
      const recharger = (chemin: string) => {
        if (chemin.startsWith(contenu)) charger(context).catch((erreur: Error) => context.logger.error(erreur.message));
      };
      for (const evenement of ['change', 'add', 'unlink'] as const) context.watcher?.on(evenement, recharger);
    },
  };
}

export function chargeurTextes(): Loader {
  return chargeur('textes-du-dossier', async (context) => {
    const config = configuration();
    const textes = await modelerDossier(lireContenu(config.contenu), config.base);
    const { erreurs, autres } = messagesDuDossier(textes);
    for (const ligne of autres) context.logger.info(ligne);
    if (erreurs.length > 0) throw new ErreurDeContenu(`${erreurs.join('\n')}\n${erreurs.length} erreur(s) dans le contenu : la construction s’arrête.`);
    context.store.clear();
    for (const { slug, chemin, markdown, file } of textes) {
      const modele = file.data.modele!;
      const data = await context.parseData({ id: slug, data: { ...file.data.entete }, filePath: chemin });
      context.store.set({
        id: slug, data, filePath: relative(process.cwd(), chemin), digest: context.generateDigest(markdown),
        rendered: {
          html: String(file.value),
          metadata: { headings: modele.titres!.map((t) => ({ depth: t.profondeur, slug: t.id, text: t.texte })), frontmatter: { modele } },
        },
      });
    }
  });
}

export function chargeurPersonnes(): Loader {
  return chargeur('registre-des-personnes', async (context) => {
    const personnes: Personne[] = lireRegistrePersonnes(configuration().contenu);
    context.store.clear();
    for (const { id, note, ...donnees } of personnes) {
      const data = await context.parseData({ id, data: donnees });
      context.store.set({ id, data, body: note, digest: context.generateDigest({ ...donnees, note }), rendered: await context.renderMarkdown(note) });
    }
  });
}

export function chargeurEvenements(): Loader {
  return chargeur('registre-des-evenements', async (context) => {
    const { contenu } = configuration();
    const evenements = lireRegistreEvenements(contenu, lireRegistrePersonnes(contenu));
    context.store.clear();
    for (const { id, ...donnees } of evenements) {
      const data = await context.parseData({ id, data: donnees });
      context.store.set({ id, data, digest: context.generateDigest(donnees) });
    }
  });
}
