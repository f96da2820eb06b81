/**
 * The site's base path (BASE_PATH, e.g. `/dossier/`), read in one place for astro.config.ts and for
 * the plugins that write links (they run before Astro can tell them): always with a leading and a
 * trailing slash, so that `dossier`, `/dossier` and `/dossier/` mean the same.
 */
export function cheminDeBase(valeur = process.env.BASE_PATH ?? '/'): string {
  const parties = valeur.split('/').filter(Boolean);
  return parties.length === 0 ? '/' : `/${parties.join('/')}/`;
}
