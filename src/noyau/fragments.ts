/**
 * Links to the exact words of a passage: a text fragment (`#p14:~:text=…`), which browsers that
 * support it highlight and scroll to; others see the fragment `p14:~:text=…`, from which the site's
 * own script finds the passage and the words (src/navigateur/mots-surlignes.ts).
 */

/** Words kept at each end of a long quotation (`text=start,end`): enough to be unique, short enough for a link. */
const MOTS_AUX_BOUTS = 4;

/** Percent-encoding of a text directive's term: `-`, `,` and `&` are its syntax and must be escaped too. */
const encoder = (terme: string) => encodeURIComponent(terme).replace(/-/g, '%2D').replace(/,/g, '%2C');

/** The fragment (without `#`) that opens passage `id` with `mots` highlighted. */
export function fragmentDesMots(id: string, mots: string): string {
  // Spaces only: French typography's no-break spaces are part of the words the browser must find.
  const tous = mots.split(/[ \t\n\r]+/).filter(Boolean);
  const directive = tous.length <= MOTS_AUX_BOUTS * 2
    ? encoder(tous.join(' '))
    : `${encoder(tous.slice(0, MOTS_AUX_BOUTS).join(' '))},${encoder(tous.slice(-MOTS_AUX_BOUTS).join(' '))}`;
  return `${id}:~:text=${directive}`;
}

/** What a fragment written by `fragmentDesMots` names: the passage, and the words' first and last terms. */
export function lireFragmentDesMots(fragment: string): { id: string; debut: string; fin?: string } | undefined {
  const trouve = /^#?([^:]+):~:text=([^&]+)/.exec(fragment);
  if (!trouve) return undefined;
  const [debut, fin] = trouve[2]!.split(',').map((t) => decodeURIComponent(t));
  if (!debut) return undefined;
  return { id: decodeURIComponent(trouve[1]!), debut, ...(fin ? { fin } : {}) };
}

/**
 * Where the words a fragment names stand in a passage's text (as its text nodes give it): from the
 * first term to the end of the last, any white space matching any other; `undefined` if absent.
 */
export function trouverLesMots(texte: string, mots: { debut: string; fin?: string }): [number, number] | undefined {
  // One character for one: positions in the flattened text are positions in `texte`.
  const plat = (s: string) => s.replace(/\s/g, ' ');
  const dans = plat(texte);
  const debut = dans.indexOf(plat(mots.debut));
  if (debut < 0) return undefined;
  if (!mots.fin) return [debut, debut + mots.debut.length];
  const fin = dans.indexOf(plat(mots.fin), debut + mots.debut.length);
  return fin < 0 ? undefined : [debut, fin + mots.fin.length];
}
