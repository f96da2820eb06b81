/**
 * remark-fidelite: the text compared word for word with its source (src/noyau/fidelite/), inside
 * the pipeline, on the tree as the editor wrote it. The source files arrive as an option; the
 * text's front matter (`source: { fichier, lignes, alineas }`) says which lines it comes from, and
 * how the source marks its paragraphs.
 *
 * The summary goes on the model (`modele.fidelite`, shown to readers under « Établissement du
 * texte »); every difference that no rule explains is reported at its line, and stops the build.
 * A document without front matter (a fixture) is not compared.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { aligner } from '../fidelite/alignement.ts';
import { raisonDeLEcart } from '../fidelite/rapport.ts';

declare module 'vfile' {
  interface DataMap {
    /** For each `:corr` in document order, the source line where its source form stands (remark-fidelite). */
    lignesSourceDesCorrections: (number | undefined)[];
  }
}

export interface OptionsFidelite {
  /** The source files by name; without them, nothing is compared. */
  sources?: Readonly<Record<string, string>> | undefined;
}

export default function remarkFidelite(options: OptionsFidelite = {}) {
  return function transform(tree: Root, file: VFile) {
    const entete = file.data.entete;
    if (!entete || !options.sources) return;
    const { fichier, lignes, alineas } = entete.source;
    const texte = options.sources[fichier];
    const ici = (chemin: (string | number)[]) => file.data.placeDansLEnTete?.(chemin) ?? { line: 1, column: 1 };
    if (texte === undefined) {
      file.fail(`source inconnue : ${fichier} n’est pas dans content/sources/`, { place: ici(['source', 'fichier']), ruleId: 'fidelite', source: 'remark-fidelite' });
    }
    const derniere = texte.split(/\r?\n/).length;
    const dehors = lignes.find(([, fin]) => fin > derniere);
    if (dehors) {
      file.fail(`source.lignes [${dehors.join(', ')}] dépasse la fin de ${fichier} (${derniere} lignes)`, { place: ici(['source', 'lignes', lignes.indexOf(dehors)]), ruleId: 'fidelite', source: 'remark-fidelite' });
    }
    const { fidelite, lignesSource } = aligner({ texte, lignes, alineas }, tree);
    file.data.modele = { ...file.data.modele, fidelite: { fichier, lignes, ...fidelite } };
    file.data.lignesSourceDesCorrections = lignesSource;
    for (const ecart of fidelite.ecarts) {
      file.message(raisonDeLEcart(fichier, ecart), { place: { line: ecart.ligne ?? 1, column: 1 }, ruleId: 'fidelite', source: 'remark-fidelite' }).fatal = true;
    }
  };
}
