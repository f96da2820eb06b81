/**
 * Astro integration: after the build, writes each passage's share card into the site, from the
 * list the build made (`partage/cartes-passages.json`, then removed): from the cache when the same
 * card was drawn before, drawn otherwise (src/construction/cartes-passages.ts).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { carteDuPassagePng, LISTE_DES_CARTES, type CarteAFaire } from '../cartes-passages.ts';

export default function cartesPassages(): AstroIntegration {
  return {
    name: 'cartes-des-passages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const liste = join(dist, LISTE_DES_CARTES);
        const cartes = JSON.parse(await readFile(liste, 'utf8')) as CarteAFaire[];
        let dessinees = 0;
        for (const { fichier, carte } of cartes) {
          const { png, dessinee } = await carteDuPassagePng(carte);
          if (dessinee) dessinees++;
          await mkdir(dirname(join(dist, fichier)), { recursive: true });
          await writeFile(join(dist, fichier), png);
        }
        await rm(liste);
        logger.info(`${cartes.length} cartes de passages : ${dessinees} dessinées, ${cartes.length - dessinees} reprises du cache`);
      },
    },
  };
}
