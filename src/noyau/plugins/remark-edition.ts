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
 * Every correction is recorded on its node (`data.correction`), where remark-modele collects it with
 * its passage. An unknown directive, or a correction without its source form or reason, stops the
 * build with the file and line.
 */
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Correction } from '../modele.ts';

/** What remark-edition records on a `:corr` node; the passage is known later (remark-modele). */
export type CorrectionDuNoeud = Omit<Correction, 'passage' | 'ligneSource'>;

declare module 'unist' {
  interface Data {
    /** A declared correction (remark-edition). */
    correction?: CorrectionDuNoeud;
  }
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
    let corrections = 0;
    visit(tree, (node) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const directive = node as Directive;
      const data = (directive.data ??= {});
      const attributes = directive.attributes ?? {};

      if (directive.name === 'corr') {
        if (directive.type !== 'textDirective') {
          file.fail(`\`corr\` en bloc (${directive.type}) : une correction s’écrit dans la ligne, \`:corr[…]{source="…" motif="…"}\``, { place: directive.position, ruleId: 'corr', source: 'remark-edition' });
        }
        const source = attributes.source;
        const motif = attributes.motif;
        if (source == null || !motif) {
          file.fail(`correction sans ${source == null ? '`source`' : '`motif`'} : \`:corr[corrigé]{source="forme source" motif="raison"}\` est attendu`, { place: directive.position, ruleId: 'corr', source: 'remark-edition' });
        }
        const id = `corr-${++corrections}`;
        const corrige = toString(directive);
        data.correction = { id, source: source!, corrige, motif: motif!, ligne: directive.position?.start.line ?? 1, colonne: directive.position?.start.column ?? 1 };
        data.hName = corrige ? 'ins' : 'span';
        data.hProperties = { className: ['corr'], id, title: `Correction : « ${source} » dans la source (${motif})` };
        if (!corrige) data.hChildren = [{ type: 'text', value: '' }];
        return;
      }

      // `:date[…]{iso="…"}` and `:nondate[…]` mark or unmark a date by hand: checked and rendered by remark-dates.
      if ((directive.name === 'date' || directive.name === 'nondate') && directive.type === 'textDirective') return;

      // `:personne[Nom]{id="…"}` and `:evenement[mots]{id="…"}` (who or what a place designates) are
      // remark-personnes' and remark-evenements' to render and check.
      if (directive.name === 'personne' || directive.name === 'evenement') return;

      if (directive.name === 'lacune') {
        data.hName = lacuneKinds[directive.type];
        data.hProperties = { className: ['lacune'] };
        return;
      }

      const structure = structures[directive.name];
      if (!structure || !structure.kinds.includes(directive.type)) {
        const known = ['corr', 'lacune', ':date', ':nondate', ':personne', ':evenement', ...Object.keys(structures)].join(', ');
        file.fail(`directive inconnue \`${directive.name}\` (${directive.type}) : une de celles-ci est attendue : ${known}`, { place: directive.position, ruleId: 'directive', source: 'remark-edition' });
      }
      data.hName = structure.tagName;
      data.hProperties = { className: [structure.className] };
    });
  };
}
