/**
 * remark-fidelite: the text compared word for word with its source (src/noyau/fidelite/), inside
 * the pipeline, on the tree as the editor wrote it. The source files arrive as an option; the
 * text's front matter (`source: { fichier, lignes }`) says which lines it comes from.
 *
 * The summary goes on the model (`modele.fidelite`, shown to readers under « Établissement du
 * texte »); every difference that no rule explains is reported at its line, and stops the build.
 * A document without front matter (a fixture) is not compared.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { align } from '../fidelite/alignement.ts';

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
  return function transform(_tree: Root, file: VFile) {
    const entete = file.data.entete;
    if (!entete || !options.sources) return;
    const { fichier, lignes } = entete.source;
    const texte = options.sources[fichier];
    const ici = { line: 1, column: 1 };
    if (texte === undefined) {
      file.fail(`source inconnue : ${fichier} n’est pas dans content/sources/`, { place: ici, ruleId: 'fidelite', source: 'remark-fidelite' });
    }
    const derniere = texte.split(/\r?\n/).length;
    const dehors = lignes.find(([, fin]) => fin > derniere);
    if (dehors) {
      file.fail(`source.lignes [${dehors.join(', ')}] dépasse la fin de ${fichier} (${derniere} lignes)`, { place: ici, ruleId: 'fidelite', source: 'remark-fidelite' });
    }
    const rapport = align({ text: texte, ranges: lignes }, String(file.value));
    file.data.modele = {
      ...file.data.modele,
      fidelite: {
        fichier, lignes,
        motsSource: rapport.sourceWords,
        motsEdition: rapport.editionWords,
        motsRejoints: rapport.rejoined.map((r) => ({ source: r.source.replace(/-\|/g, '-'), edition: r.edition, ligne: r.line })),
        traitsDUnionGardes: rapport.hyphenKept,
        appelsDetaches: rapport.detachedCalls,
        notesDeplacees: rapport.notesMoved,
        motsRegroupes: rapport.regrouped,
        ecarts: rapport.unexplained.map((d) => ({
          ligneSource: d.line, source: d.source, edition: d.edition, contexte: d.context, raison: d.reason,
          ...(d.editionLine ? { ligne: d.editionLine } : {}),
        })),
      },
    };
    file.data.lignesSourceDesCorrections = rapport.corrections.map((c) => c.sourceLine);
    for (const ecart of file.data.modele.fidelite!.ecarts) {
      const message = file.message(`différence avec la source (${fichier}:${ecart.ligneSource}) : source « ${ecart.source} », édition « ${ecart.edition} » — ${ecart.raison} ; contexte : ${ecart.contexte}`, {
        place: { line: ecart.ligne ?? 1, column: 1 }, ruleId: 'fidelite', source: 'remark-fidelite',
      });
      message.fatal = true;
    }
  };
}
