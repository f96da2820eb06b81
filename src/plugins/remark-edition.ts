/**
 * remark-edition: the edition's own markup (directives), rendered and checked.
 *
 * ```md
 * Il apprit :corr[Smirnov]{source="Smimov" motif="lettre mal lue"} …
 * [^7]: :lacune[Le texte de cette note manque dans la source.]
 * :::epigraphe
 * …
 * ::signature[Boris Souvarine]
 * :::
 * ```
 *
 * becomes `<ins class="corr" id="corr-1" title="…">Smirnov</ins>`, `<span class="lacune">…</span>`,
 * `<blockquote class="epigraphe">…<p class="signature">Boris Souvarine</p></blockquote>`.
 * Every correction is recorded on `file.data.astro.frontmatter.corrections` so that the text's page
 * can list them. An unknown directive, or a correction without its source form or reason, stops the
 * build with the file and line.
 */
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { frontmatterOf } from './frontmatter.ts';

/** A declared correction of the source, as listed for readers. */
export interface CorrectionDeclaree {
  id: string;
  source: string;
  corrige: string;
  motif: string;
  /** What is corrected: a slip of the extraction, or of the printed dossier itself (README, « Principes d'édition »). */
  categorie: CategorieCorrection;
  ligne: number | undefined;
}

/**
 * The two kinds of correction, named at the start of every `motif` (« erreur d'extraction : lettre
 * mal lue »): readers must be able to tell the extraction's slips from the printed dossier's own.
 */
export const categoriesCorrection = {
  extraction: "erreur d'extraction",
  coquille: "coquille de l'imprimé",
} as const;
export type CategorieCorrection = keyof typeof categoriesCorrection;

/** The category a `motif` starts with, or undefined. */
export function categorieDuMotif(motif: string): CategorieCorrection | undefined {
  const debut = motif.replace(/’/g, "'").trim();
  return (Object.keys(categoriesCorrection) as CategorieCorrection[]).find((c) => {
    const nom = categoriesCorrection[c];
    return debut === nom || debut.startsWith(`${nom} :`) || debut.startsWith(`${nom}\u00a0:`);
  });
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** How each structural directive is rendered: element name and class. */
const structures: Record<string, { kinds: Directive['type'][]; tagName: string; className: string }> = {
  epigraphe: { kinds: ['containerDirective'], tagName: 'blockquote', className: 'epigraphe' },
  ps: { kinds: ['containerDirective'], tagName: 'div', className: 'ps' },
  dialogue: { kinds: ['containerDirective'], tagName: 'div', className: 'dialogue' },
  'extrait-image': { kinds: ['containerDirective'], tagName: 'section', className: 'extrait-image' },
  signature: { kinds: ['leafDirective'], tagName: 'p', className: 'signature' },
  suscription: { kinds: ['leafDirective'], tagName: 'p', className: 'suscription' },
  date: { kinds: ['leafDirective'], tagName: 'p', className: 'date-lettre' },
  salutation: { kinds: ['leafDirective'], tagName: 'p', className: 'salutation' },
};

const lacuneKinds: Record<Directive['type'], string> = {
  textDirective: 'span',
  leafDirective: 'p',
  containerDirective: 'div',
};

const emptyOptions = {};

/**
 * The edition's « [sic] » (or « [sic : remarque] ») right after the words kept as printed: a node of
 * its own, with no text for the remark plugins (it is not a word of the source), rendered by its
 * `data` alone.
 */
function ajouterMarqueSic(tree: Root, sic: TextDirective): void {
  const remarque = sic.attributes?.remarque?.trim();
  const marque = { type: 'marqueSic', data: { hName: 'span', hProperties: { className: ['remarque-edition'] }, hChildren: [{ type: 'text', value: remarque ? `sic : ${remarque}` : 'sic' }] } };
  visit(tree, (node) => node === sic, (_node, index, parent) => {
    if (parent && index !== undefined) parent.children.splice(index + 1, 0, { type: 'text', value: ' ' }, marque as never);
  });
}

/** Render and check the edition's directives; collect corrections. */
export default function remarkEdition(_options: Record<string, never> = emptyOptions) {
  return function transform(tree: Root, file: VFile) {
    const corrections: CorrectionDeclaree[] = [];
    const sics: TextDirective[] = [];
    const retirer: TextDirective[] = [];
    visit(tree, (node) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const directive = node as Directive;
      const data = (directive.data ??= {});
      const attributes = directive.attributes ?? {};

      if (directive.name === 'corr') {
        if (directive.type !== 'textDirective') {
          file.fail(`Unexpected \`${directive.type}\` for \`corr\`, expected an inline \`:corr[…]{source="…" motif="…"}\``, { place: directive.position, ruleId: 'corr', source: 'remark-edition' });
        }
        const source = attributes.source;
        const motif = attributes.motif;
        if (source == null || !motif) {
          file.fail(`Unexpected correction without ${source == null ? '`source`' : '`motif`'}, expected \`:corr[corrigé]{source="forme source" motif="raison"}\``, { place: directive.position, ruleId: 'corr', source: 'remark-edition' });
        }
        const categorie = categorieDuMotif(motif);
        if (!categorie) {
          file.fail(`Motif de correction sans catégorie : « ${motif} » ; il doit commencer par « ${categoriesCorrection.extraction} : » ou « ${categoriesCorrection.coquille} : » (README, « Principes d'édition »)`, { place: directive.position, ruleId: 'corr', source: 'remark-edition' });
        }
        const id = `corr-${corrections.length + 1}`;
        const corrige = toString(directive);
        corrections.push({ id, source, corrige, motif, categorie, ligne: directive.position?.start.line });
        data.hName = corrige ? 'ins' : 'span';
        data.hProperties = { className: ['corr'], id, title: `Correction : « ${source} » dans la source (${motif})` };
        if (!corrige) data.hChildren = [{ type: 'text', value: '' }];
        return;
      }

      // `:date[…]{iso="…"}` and `:nondate[…]` mark or unmark a date by hand: checked and rendered by remark-dates.
      if ((directive.name === 'date' || directive.name === 'nondate') && directive.type === 'textDirective') return;

      // `:personne[Nom]{id="…"}` (who an ambiguous name designates) is remark-personnes' to render and check.
      if (directive.name === 'personne') return;

      // `:sic[mot]{remarque="…"}`: printed as it stands, on purpose; the edition's « [sic] » follows (added below).
      if (directive.name === 'sic') {
        if (directive.type !== 'textDirective') {
          file.fail(`\`${directive.type}\` inattendu pour \`sic\` : il s'écrit dans la ligne, \`:sic[tel qu'imprimé]\` ou \`:sic[…]{remarque="…"}\``, { place: directive.position, ruleId: 'sic', source: 'remark-edition' });
        }
        if (toString(directive).trim() === '') {
          file.fail('`:sic[]` vide : il entoure les mots gardés tels qu\'imprimés', { place: directive.position, ruleId: 'sic', source: 'remark-edition' });
        }
        data.hName = 'span';
        data.hProperties = { className: ['sic'] };
        sics.push(directive as TextDirective);
        return;
      }

      // `:alinea{motif}` and `:suite{motif}` declare a paragraph break of the edition's, or a mark of the
      // source that is none, to the fidelity check (src/lib/fidelite-paragraphes.ts): nothing to show.
      if ((directive.name === 'alinea' || directive.name === 'suite') && directive.type === 'textDirective') {
        if (!attributes.motif?.trim()) {
          file.fail(`\`:${directive.name}\` sans motif : \`:${directive.name}{motif="…"}\``, { place: directive.position, ruleId: directive.name, source: 'remark-edition' });
        }
        retirer.push(directive as TextDirective);
        return;
      }

      // `:oeuvre[Dimitrov 33-4]`: a reference to a work or a collection, not a mention of its author.
      if (directive.name === 'oeuvre' && directive.type === 'textDirective') {
        data.hName = 'cite';
        data.hProperties = { className: ['oeuvre'] };
        return;
      }

      if (directive.name === 'lacune' || directive.name === 'remarque') {
        data.hName = lacuneKinds[directive.type];
        data.hProperties = { className: [directive.name === 'lacune' ? 'lacune' : 'remarque-edition'] };
        return;
      }

      const structure = structures[directive.name];
      if (!structure || !structure.kinds.includes(directive.type)) {
        const known = ['corr', 'lacune', 'remarque', 'sic', ':oeuvre', ':alinea', ':suite', ':date', ':nondate', ':personne', ...Object.keys(structures)].join(', ');
        file.fail(`Unexpected directive \`${directive.name}\` (${directive.type}), expected one of: ${known}`, { place: directive.position, ruleId: 'directive', source: 'remark-edition' });
      }
      data.hName = structure.tagName;
      data.hProperties = { className: [structure.className] };
    });
    // Words kept as printed, for the text's « Établissement du texte ».
    frontmatterOf(file).sics = sics.map((sic) => ({ mots: toString(sic), remarque: sic.attributes?.remarque?.trim() || undefined, ligne: sic.position?.start.line }));
    for (const sic of sics) ajouterMarqueSic(tree, sic);
    for (const declaration of retirer) {
      visit(tree, (node) => node === declaration, (_node, index, parent) => {
        if (parent && index !== undefined) parent.children.splice(index, 1);
      });
    }
    frontmatterOf(file).corrections = corrections;
  };
}
