/**
 * Passages that move from one text to another (the dossier's printed order restored: pages read
 * inside the introduction become a unit of their own). Each text's ledger is updated on its own
 * (reconciliation.ts), which retires the ids of the passages that left it; here, once every ledger is
 * updated, a retired id whose passage reappears as a new passage of another text becomes a move:
 * `deplaces: [{ id, vers, passage }]` in the old text's ledger, so that every published link to it
 * (`/textes/<old>/<id>/`, `/textes/<old>/#<id>`) still leads to the passage.
 */
import { decoderSignature, normaliser, similarite } from './empreintes.ts';
import { SEUILS } from './reconciliation.ts';
import type { EntreeDeLaTable, TableDesPassages } from './table.ts';

/** One text's ledger before and after `npm run passages`. */
export interface MiseAJourDeTexte {
  slug: string;
  avant: TableDesPassages | undefined;
  apres: TableDesPassages;
  /** The text of each passage of `apres`, in order (what the edited text reads now). */
  textes?: readonly string[];
}

/** A move found: `id` of `depuis` now lands on `passage` of `vers`. */
export interface Deplacement {
  depuis: string;
  id: string;
  vers: string;
  passage: string;
}

const idsDe = (r: TableDesPassages | undefined): Set<string> =>
  new Set(r ? [...r.passages.flatMap((e) => [e.id, ...(e.alias ?? [])]), ...r.retires, ...(r.deplaces ?? []).map((d) => d.id)] : []);

/**
 * Turn the ids retired by this update into moves where their passage is now a new passage of
 * another text: the same text (same fingerprint), or failing that the most alike above the
 * threshold of a corrected passage. Changes `apres` in place; returns the moves.
 */
export function rattacherDeplaces(mises: readonly MiseAJourDeTexte[]): Deplacement[] {
  const nouveaux = mises.flatMap((m) => {
    const anciens = idsDe(m.avant);
    return m.apres.passages.filter((e) => !anciens.has(e.id)).map((entree) => ({ slug: m.slug, entree }));
  });
  const pris = new Set<EntreeDeLaTable>();
  const deplacements: Deplacement[] = [];
  for (const m of mises) {
    if (!m.avant) continue;
    const dejaRetires = new Set(m.avant.retires);
    for (const ancienne of m.avant.passages) {
      if (dejaRetires.has(ancienne.id) || !m.apres.retires.includes(ancienne.id)) continue;
      const ailleurs = nouveaux.filter((n) => n.slug !== m.slug && !pris.has(n.entree));
      const signature = decoderSignature(ancienne.signature, ancienne.taille);
      const cible = ailleurs.find((n) => n.entree.empreinte === ancienne.empreinte)
        ?? ailleurs
          .map((n) => ({ n, s: similarite(signature, decoderSignature(n.entree.signature, n.entree.taille)) }))
          .filter((x) => x.s >= SEUILS.corrige)
          .sort((a, b) => b.s - a.s)[0]?.n;
      if (!cible) continue;
      pris.add(cible.entree);
      const ids = [ancienne.id, ...(ancienne.alias ?? [])];
      m.apres.retires = m.apres.retires.filter((id) => !ids.includes(id));
      const deplaces = (m.apres.deplaces ??= []);
      for (const id of ids) {
        deplaces.push({ id, vers: cible.slug, passage: cible.entree.id });
        deplacements.push({ depuis: m.slug, id, vers: cible.slug, passage: cible.entree.id });
      }
    }
  }
  return deplacements;
}

/** A retired id that now lands, as an alias, on the passage of the same text that took in its words. */
export interface Absorption {
  texte: string;
  id: string;
  dans: string;
}

/**
 * A passage joined to its neighbour (a run-in quotation put back in its paragraph) is sometimes
 * too short beside it for the ledger's update to see a merge, and its id is retired. When its first
 * words (the ledger's `debut`) are in one passage of the same text, and one only, its id becomes an
 * alias of that passage instead, as a merge would have made it: its old links land there. Changes
 * `apres` in place.
 */
export function rattacherAbsorbes(mises: readonly MiseAJourDeTexte[]): Absorption[] {
  const absorptions: Absorption[] = [];
  for (const m of mises) {
    if (!m.avant || !m.textes) continue;
    const dejaRetires = new Set(m.avant.retires);
    const textes = m.textes.map(normaliser);
    for (const ancienne of m.avant.passages) {
      if (dejaRetires.has(ancienne.id) || !m.apres.retires.includes(ancienne.id)) continue;
      const debut = normaliser(ancienne.debut.replace(/…$/u, ''));
      const hotes = m.apres.passages.filter((_, i) => textes[i]!.includes(debut));
      if (hotes.length !== 1) continue;
      const hote = hotes[0]!;
      const ids = [ancienne.id, ...(ancienne.alias ?? [])];
      m.apres.retires = m.apres.retires.filter((id) => !ids.includes(id));
      hote.alias = [...(hote.alias ?? []), ...ids];
      absorptions.push({ texte: m.slug, id: ancienne.id, dans: hote.id });
    }
  }
  return absorptions;
}
