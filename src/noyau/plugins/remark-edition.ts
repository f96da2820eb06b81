/**
 * remark-edition: the edition's own markup (directives), rendered and checked.
 *
 * ```md
 * Il apprit :corr[Smirnov]{source="Smimov" motif="erreur d'extraction : lettre mal lue"} …
 * [^7]: :lacune[Le texte de cette note manque dans la source.]
 * Je n':sic[opportunerai]{remarque="lire peut-être « importunerai »"} personne.
 * :::epigraphe
 * …
 * ::signature[Boris Souvarine]
 * :::
 * ```
 *
 * becomes `<ins class="corr" id="corr-1" title="…">Smirnov</ins>`, `<span class="lacune">…</span>`,
 * `<span class="sic">opportunerai</span> <span class="remarque-edition">sic : lire peut-être …</span>`,
 * `<blockquote class="epigraphe">…<p class="signature">Boris Souvarine</p></blockquote>`.
 * Every correction is recorded on its node (`data.correction`), every word kept as printed too
 * (`data.sic`), where remark-modele collects them with their passage. An unknown directive, a
 * correction without its source form or a reason that names its category (README, « Principes
 * d'édition »), an empty `:sic[]`, an `:alinea` or `:suite` without its reason stop the build with
 * the file, line and column.
 */
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { categoriesCorrection, type CategorieCorrection, type Correction, type Sic } from '../modele.ts';

/** What remark-edition records on a `:corr` node; the passage is known later (remark-modele). */
export type CorrectionDuNoeud = Omit<Correction, 'passage' | 'ligneSource'>;

/** What remark-edition records on a `:sic` node; the place and the words are remark-modele's. */
export type SicDuNoeud = Pick<Sic, 'remarque' | 'ligne'>;

declare module 'unist' {
  interface Data {
    /** A declared correction (remark-edition). */
    correction?: CorrectionDuNoeud;
    /** Words kept as printed (remark-edition). */
    sic?: SicDuNoeud;
  }
}

/** The category a `motif` starts with (« erreur d'extraction : … »), or undefined. */
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
 * its own, with no text for the plugins that read the text (it is not a word of the source, and a
 * passage's plain text stays the print's: « note 7. », not « note 7 . »), rendered by its `data`
 * alone, its space included.
 */
function ajouterMarqueSic(tree: Root, sic: TextDirective): void {
  const remarque = sic.attributes?.remarque?.trim();
  const texte = remarque ? `sic : ${remarque}` : 'sic';
  const marque = {
    type: 'marqueSic',
    data: {
      hName: 'span',
      hProperties: { className: ['marque-sic'] },
      hChildren: [{ type: 'text', value: ' ' }, { type: 'element', tagName: 'span', properties: { className: ['remarque-edition'] }, children: [{ type: 'text', value: texte }] }],
    },
  };
  visit(tree, (node) => node === sic, (_node, index, parent) => {
    if (parent && index !== undefined) parent.children.splice(index + 1, 0, marque as never);
  });
}

/** Render and check the edition's directives; mark corrections and words kept as printed. */
export default function remarkEdition(_options: Record<string, never> = emptyOptions) {
  return function transform(tree: Root, file: VFile) {
    let corrections = 0;
    const sics: TextDirective[] = [];
    const retirer: TextDirective[] = [];
    visit(tree, (node) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const directive = node as Directive;
      const data = (directive.data ??= {});
      const attributes = directive.attributes ?? {};
      const ici = { place: directive.position, source: 'remark-edition' };

      if (directive.name === 'corr') {
        if (directive.type !== 'textDirective') {
          file.fail(`\`corr\` en bloc (${directive.type}) : une correction s’écrit dans la ligne, \`:corr[…]{source="…" motif="…"}\``, { ...ici, ruleId: 'corr' });
        }
        const source = attributes.source;
        const motif = attributes.motif;
        if (source == null || !motif) {
          file.fail(`correction sans ${source == null ? '`source`' : '`motif`'} : \`:corr[corrigé]{source="forme source" motif="raison"}\` est attendu`, { ...ici, ruleId: 'corr' });
        }
        const categorie = categorieDuMotif(motif);
        if (!categorie) {
          file.fail(`motif de correction sans catégorie : « ${motif} » ; il doit commencer par « ${categoriesCorrection.extraction} : » ou « ${categoriesCorrection.coquille} : » (README, « Principes d'édition »)`, { ...ici, ruleId: 'corr' });
        }
        const id = `corr-${++corrections}`;
        const corrige = toString(directive);
        data.correction = { id, source: source!, corrige, motif: motif!, categorie, ligne: directive.position?.start.line ?? 1, colonne: directive.position?.start.column ?? 1 };
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

      // `:sic[mot]{remarque="…"}`: printed as it stands, on purpose; the edition's « [sic] » follows (added below).
      if (directive.name === 'sic') {
        if (directive.type !== 'textDirective') {
          file.fail(`\`sic\` en bloc (${directive.type}) : il s'écrit dans la ligne, \`:sic[tel qu'imprimé]\` ou \`:sic[…]{remarque="…"}\``, { ...ici, ruleId: 'sic' });
        }
        if (toString(directive).trim() === '') {
          file.fail('`:sic[]` vide : il entoure les mots gardés tels qu\'imprimés', { ...ici, ruleId: 'sic' });
        }
        const remarque = attributes.remarque?.trim();
        data.sic = { ligne: directive.position?.start.line ?? 1, ...(remarque ? { remarque } : {}) };
        data.hName = 'span';
        data.hProperties = { className: ['sic'] };
        sics.push(directive as TextDirective);
        return;
      }

      // `:alinea{motif}` and `:suite{motif}` declare a paragraph break of the edition's, or a mark of the
      // source that is none, to the fidelity check (src/noyau/fidelite/paragraphes.ts): nothing to show.
      if ((directive.name === 'alinea' || directive.name === 'suite') && directive.type === 'textDirective') {
        if (!attributes.motif?.trim()) {
          file.fail(`\`:${directive.name}\` sans motif : \`:${directive.name}{motif="…"}\` est attendu`, { ...ici, ruleId: directive.name });
        }
        retirer.push(directive as TextDirective);
        return;
      }

      // `:oeuvre[Dimitrov] 33-4`: a reference to a work or a collection, not a mention of its author.
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
        const known = ['corr', 'lacune', 'remarque', 'sic', ':oeuvre', ':alinea', ':suite', ':date', ':nondate', ':personne', ':evenement', ...Object.keys(structures)].join(', ');
        file.fail(`directive inconnue \`${directive.name}\` (${directive.type}) : une de celles-ci est attendue : ${known}`, { ...ici, ruleId: 'directive' });
      }
      data.hName = structure.tagName;
      data.hProperties = { className: [structure.className] };
    });
    for (const sic of sics) ajouterMarqueSic(tree, sic);
    for (const declaration of retirer) {
      visit(tree, (node) => node === declaration, (_node, index, parent) => {
        if (parent && index !== undefined) parent.children.splice(index, 1);
      });
    }
  };
}
