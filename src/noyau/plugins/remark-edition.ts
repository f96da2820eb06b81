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
  ligne: number | undefined;
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

/** Render and check the edition's directives; collect corrections. */
export default function remarkEdition(_options: Record<string, never> = emptyOptions) {
  return function transform(tree: Root, file: VFile) {
    const corrections: CorrectionDeclaree[] = [];
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
        const id = `corr-${corrections.length + 1}`;
        const corrige = toString(directive);
        corrections.push({ id, source, corrige, motif, ligne: directive.position?.start.line });
        data.hName = corrige ? 'ins' : 'span';
        data.hProperties = { className: ['corr'], id, title: `Correction : « ${source} » dans la source (${motif})` };
        if (!corrige) data.hChildren = [{ type: 'text', value: '' }];
        return;
      }

      // `:date[…]{iso="…"}` and `:nondate[…]` mark or unmark a date by hand: checked and rendered by remark-dates.
      if ((directive.name === 'date' || directive.name === 'nondate') && directive.type === 'textDirective') return;

      // `:personne[Nom]{id="…"}` (who an ambiguous name designates) is remark-personnes' to render and check.
      if (directive.name === 'personne') return;

      if (directive.name === 'lacune') {
        data.hName = lacuneKinds[directive.type];
        data.hProperties = { className: ['lacune'] };
        return;
      }

      const structure = structures[directive.name];
      if (!structure || !structure.kinds.includes(directive.type)) {
        const known = ['corr', 'lacune', ':date', ':nondate', ':personne', ...Object.keys(structures)].join(', ');
        file.fail(`Unexpected directive \`${directive.name}\` (${directive.type}), expected one of: ${known}`, { place: directive.position, ruleId: 'directive', source: 'remark-edition' });
      }
      data.hName = structure.tagName;
      data.hProperties = { className: [structure.className] };
    });
    frontmatterOf(file).corrections = corrections;
  };
}
