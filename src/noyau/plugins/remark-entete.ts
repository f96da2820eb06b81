/**
 * remark-entete: a text's front matter (the `yaml` node of remark-frontmatter), checked against the
 * collection's schema (src/noyau/entete.ts) and put on `file.data.entete` for the plugins after it.
 * A document without front matter (a fixture) has none; a bad one stops the build at the offending
 * value, every problem listed.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { lireEnTete, placeDansLEnTete, schemaTexte, type EnTete } from '../entete.ts';

declare module 'vfile' {
  interface DataMap {
    /** The text's front matter, checked (remark-entete). */
    entete: EnTete;
    /** Where a value of the front matter stands, for the plugins' messages about it (remark-entete). */
    placeDansLEnTete: (chemin: readonly (string | number)[]) => { line: number; column: number };
  }
}

export default function remarkEntete() {
  return function transform(tree: Root, file: VFile) {
    const yaml = tree.children.find((node) => node.type === 'yaml');
    if (!yaml) return;
    const premiereLigne = (yaml.position?.start.line ?? 1) + 1;
    const lecture = lireEnTete(yaml.value, schemaTexte, premiereLigne);
    if (lecture.ok) {
      file.data.entete = lecture.donnees;
      file.data.placeDansLEnTete = (chemin) => placeDansLEnTete(yaml.value, chemin, premiereLigne);
      return;
    }
    const [premier, ...autres] = lecture.problemes;
    for (const p of autres) file.message(p.raison, { place: { line: p.ligne, column: p.colonne }, ruleId: 'entete', source: 'remark-entete' }).fatal = true;
    file.fail(premier!.raison, { place: { line: premier!.ligne, column: premier!.colonne }, ruleId: 'entete', source: 'remark-entete' });
  };
}
