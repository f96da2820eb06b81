/**
 * The build's settings, read from the environment in this one place (astro.config.ts, the content
 * loaders, the post-build steps and the command-line tools all ask here):
 *
 * - `CONTENU_DIR`: the content folder (default `content`; the benchmark builds a larger dossier);
 * - `BASE_PATH`: the site's base path for a sub-path host (`/dossier/`), default `/`;
 * - `SITE_URL`: the site's public address, for absolute links in previews;
 * - `DIST_DIR`: the output folder (default `dist`);
 * - `ASTRO_CACHE_DIR`: Astro's cache folder.
 */
import { join, resolve } from 'node:path';

export interface Configuration {
  /** Absolute path of the content folder. */
  contenu: string;
  /** Always with a leading and a trailing slash: `dossier`, `/dossier` and `/dossier/` mean the same. */
  base: string;
  site: string;
  /** Absolute path of the output folder. */
  dist: string;
  cache: string;
}

/** The base path with its slashes: `/` or `/dossier/`. */
export function normaliserBase(valeur: string): string {
  const parties = valeur.split('/').filter(Boolean);
  return parties.length === 0 ? '/' : `/${parties.join('/')}/`;
}

/** The settings for this process (`racine`: the project's folder). */
export function configuration(env: Readonly<Record<string, string | undefined>> = process.env, racine = process.cwd()): Configuration {
  return {
    contenu: resolve(racine, env.CONTENU_DIR ?? 'content'),
    base: normaliserBase(env.BASE_PATH ?? '/'),
    site: env.SITE_URL ?? 'http://127.0.0.1:4321',
    dist: resolve(racine, env.DIST_DIR ?? 'dist'),
    cache: resolve(racine, env.ASTRO_CACHE_DIR ?? join('node_modules', '.astro')),
  };
}
