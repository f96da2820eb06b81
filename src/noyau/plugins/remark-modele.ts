/**
 * remark-modele: the model of the text collected in one walk, once every plugin before it has marked
 * what it found on the tree: passages (`data.passage`, remark-passages), entity mentions
 * (`data.entite`, remark-evenements and remark-personnes), dates (`data.date`, remark-dates), corrections and words kept
 * as printed (`data.correction`, `data.sic`, remark-edition), the edition's own words (`:lacune`,
 * `:remarque`) and the works cited (`:oeuvre`). The walk is the same for every kind of mark: the enclosing
 * passage (or heading), its plain text, the mark's offsets in it, the sentence around it. A new kind
 * of mark needs no new walk.
 *
 * It also records the headings and the notes (number, calls, the passages that call them, lacunae),
 * and runs before remark-notes, which moves the notes to the end of the text.
 */
import type { FootnoteDefinition, FootnoteReference, Heading, Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { plainTextCollapsed, sentenceBounds } from '../arbre.ts';
import type { Correction, DateMentionnee, Lacune, Lieu, Mention, Note, Oeuvre, Remarque, Sic, Titre } from '../modele.ts';
import { texteDe } from '../passages/reperage.ts';
import { estVoixDeLEdition } from '../voix-edition.ts';
import { callId, noteId } from './remark-notes.ts';

/** A directive named `nom` (`:lacune`, `:remarque`, `:oeuvre`). */
const estDirective = (node: Node, nom: string) => (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && (node as { name?: string }).name === nom;

/** A node some plugin marked as something the model records, the edition's own words, or a work cited. */
const estMarque = (node: Node) => Boolean(node.data?.entite || node.data?.date || node.data?.correction || node.data?.sic) || estVoixDeLEdition(node) || estDirective(node, 'oeuvre');

const MOT = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;

export default function remarkModele() {
  return function transform(tree: Root, file: VFile) {
    const mentions: Mention[] = [];
    const dates: DateMentionnee[] = [];
    const corrections: Correction[] = [];
    const titres: Titre[] = [];
    const lacunes: Lacune[] = [];
    const remarques: Remarque[] = [];
    const sics: Sic[] = [];
    const oeuvres: Oeuvre[] = [];
    const notes = new Map<string, Note>();
    const lignesSource = file.data.lignesSourceDesCorrections ?? [];
    let mots = 0;

    // Headings first, in order: a heading inside a passage (an extract's title) is placed in it.
    const rangs = new Map<Node, number>();
    visit(tree, 'heading', (node: Heading) => {
      rangs.set(node, titres.length);
      titres.push({ profondeur: node.depth, texte: texteDe(node), id: '', ligne: node.position?.start.line ?? 1 });
    });

    /**
     * Every mark inside `bloc` (a passage, or a heading outside passages), with its place in the
     * block's plain text; a heading inside a passage (an extract's title) is placed in it too.
     */
    const relever = (bloc: Node, ou: Pick<Lieu, 'passage' | 'titre'>) => {
      const { text, spans, blocks } = plainTextCollapsed(bloc, (n) => estMarque(n) || (n !== bloc && rangs.has(n)));
      mots += text.match(MOT)?.length ?? 0;
      // In reading order: a mark inside another (a name in an event's name) comes after it.
      for (const [node, { start, end }] of [...spans].sort((a, b) => a[1].start - b[1].start || b[1].end - a[1].end)) {
        if (rangs.has(node)) {
          Object.assign(titres[rangs.get(node)!]!, { passage: ou.passage, debut: start, fin: end });
          continue;
        }
        const { from, to } = sentenceBounds(text, start, end, blocks);
        const lieu: Lieu = { ...ou, debut: start, fin: end, phrase: text.slice(from, to), debutPhrase: from };
        // The edition's own words, in brackets in the plain text.
        if (estVoixDeLEdition(node)) {
          (estDirective(node, 'lacune') ? lacunes : remarques).push({ ...lieu, texte: text.slice(start + 1, end - 1) });
          continue;
        }
        if (estDirective(node, 'oeuvre')) {
          oeuvres.push({ ...lieu, texte: text.slice(start, end) });
          continue;
        }
        const { entite, date, correction, sic } = node.data!;
        if (sic) sics.push({ ...lieu, mots: text.slice(start, end), ...sic });
        if (entite) mentions.push({ ...lieu, genre: entite.genre, entite: entite.id, forme: entite.forme, resolution: entite.resolution });
        if (date) dates.push({ ...lieu, ...date, mots: text.slice(start, end) });
        if (correction) {
          const ligneSource = lignesSource[Number(correction.id.slice('corr-'.length)) - 1];
          corrections.push({ ...correction, passage: ou.passage, ...(ligneSource ? { ligneSource } : {}) });
        }
      }
    };

    const appels = new Map<string, number>();
    const avecPassages = Boolean(file.data.modele?.passages);
    (function parcourir(node: Node, passage: string, dansUnTitre: boolean) {
      // A heading's marks are the heading's (or its passage's); a call there still counts.
      if (node.type === 'heading' && !passage) relever(node, { passage: '', titre: rangs.get(node)! });
      // The edition's words outside any passage (`::lacune[…]` between paragraphs).
      if (avecPassages && estVoixDeLEdition(node) && !passage && !dansUnTitre) relever(node, { passage: '' });
      if (node.type === 'footnoteReference') {
        const { label, identifier } = node as FootnoteReference;
        const numero = label ?? identifier;
        const rang = (appels.get(numero) ?? 0) + 1;
        appels.set(numero, rang);
        const note = noteDe(numero);
        note.appels.push(callId(numero, rang));
        if (passage && !note.appelee.includes(passage)) note.appelee.push(passage);
        return;
      }
      const id = node.data?.passage;
      if (id && id !== passage) {
        relever(node, { passage: id });
        if (node.type === 'footnoteDefinition') {
          const note = noteDe(id.slice('note-'.length));
          note.texte = texteDe(node as FootnoteDefinition);
          note.lacunes = lacunes.filter((l) => l.passage === id).map((l) => l.texte);
        }
      }
      if ('children' in node) for (const child of node.children as Node[]) parcourir(child, id ?? passage, dansUnTitre || node.type === 'heading');
    })(tree, '', false);

    function noteDe(label: string): Note {
      let note = notes.get(label);
      if (!note) notes.set(label, (note = { numero: label, id: noteId(label), appels: [], appelee: [], texte: '', lacunes: [] }));
      return note;
    }

    // In a document without a ledger (a fixture), the places are not passages: collect them by block.
    if (!avecPassages) for (const child of tree.children) if (child.type !== 'heading') relever(child, { passage: '' });

    file.data.modele = {
      passages: [], passagesRetires: [], passagesDeplaces: [],
      ...file.data.modele,
      notes: [...notes.values()],
      titres, mentions, dates, corrections, lacunes, remarques, sics, oeuvres, mots,
    };
  };
}
