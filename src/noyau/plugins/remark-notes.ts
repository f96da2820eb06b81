/**
 * remark-notes: the texts' footnotes, linked both ways with readable French ids.
 *
 * ```md
 * Kamenev[^3]. Je partis…
 *
 * [^3]: L. B. Kamenev (1883-1936)…
 * ```
 *
 * becomes a call `<sup class="appel"><a id="appel-3" href="#note-3">3</a></sup>` (a second call of
 * the same note gets `appel-3-2`) and, at the end of the text, `<section class="notes">` with
 * `<li id="note-3">`, whose back-links return to each call. Labels are the numbers printed in the
 * source and are never renumbered.
 *
 * A call without a note, a note never called, or two notes with the same label stop the build with
 * the file and line.
 */
import type { FootnoteDefinition, FootnoteReference, Paragraph, Root, RootContent } from 'mdast';
import type { Data, Node } from 'unist';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

export interface NotesOptions {
  /** Heading of the list of notes. */
  heading?: string;
  /** Accessible name of a call; `{n}` is the note's label. */
  callLabel?: string;
  /** Accessible name of a back-link; `{n}` is the label, `{k}` the call's rank when called more than once. */
  backLabel?: string;
  backLabelNth?: string;
}

const defaults: Required<NotesOptions> = {
  heading: 'Notes',
  callLabel: 'Note {n}',
  backLabel: 'Retour à l’appel de note {n}',
  backLabelNth: 'Retour à l’appel {k} de la note {n}',
};

/** A node rendered by mdast-util-to-hast from its `data` alone. */
interface RenderedNode extends Node {
  type: 'editionElement';
  data: Data & { hName: string; hProperties?: Record<string, unknown>; hChildren?: unknown[] };
  children: RootContent[];
}

/** The ids of a note and of its calls. */
export const noteId = (label: string) => `note-${label}`;
export const callId = (label: string, rank: number) => (rank === 1 ? `appel-${label}` : `appel-${label}-${rank}`);

function fill(template: string, n: string, k = 1) {
  return template.replace('{n}', n).replace('{k}', String(k));
}

function element(hName: string, hProperties: Record<string, unknown>, children: RootContent[] = [], hChildren?: unknown[]): RenderedNode {
  return { type: 'editionElement', data: { hName, hProperties, ...(hChildren ? { hChildren } : {}) }, children };
}

export default function remarkNotes(options: NotesOptions = {}) {
  const settings = { ...defaults, ...options };
  return function transform(tree: Root, file: VFile) {
    const definitions = new Map<string, FootnoteDefinition>();
    visit(tree, 'footnoteDefinition', (node) => {
      const first = definitions.get(node.label ?? node.identifier);
      if (first) {
        file.fail(`deuxième note \`${node.label}\` (la première est à la ligne ${first.position?.start.line}) : chaque numéro de note est unique`, {
          place: node.position, ruleId: 'duplicate-note', source: 'remark-notes',
        });
      }
      definitions.set(node.label ?? node.identifier, node);
    });

    // Without its definition, `[^2]` is not parsed as a call at all: it stays in the text.
    visit(tree, 'text', (node) => {
      const orphan = /\[\^([^\]\s]+)\]/.exec(node.value);
      if (orphan) {
        file.fail(`appel de la note \`${orphan[1]}\` sans note : une définition \`[^${orphan[1]}]: …\` est attendue`, {
          place: node.position, ruleId: 'missing-note', source: 'remark-notes',
        });
      }
    });

    const calls = new Map<string, number>();
    visit(tree, 'footnoteReference', (node: FootnoteReference, index, parent) => {
      const label = node.label ?? node.identifier;
      if (!definitions.has(label)) {
        file.fail(`appel de la note \`${label}\` sans note : une définition \`[^${label}]: …\` est attendue`, {
          place: node.position, ruleId: 'missing-note', source: 'remark-notes',
        });
      }
      const rank = (calls.get(label) ?? 0) + 1;
      calls.set(label, rank);
      const link = { type: 'element', tagName: 'a', properties: { id: callId(label, rank), href: `#${noteId(label)}`, ariaLabel: fill(settings.callLabel, label) }, children: [{ type: 'text', value: label }] };
      parent!.children[index!] = element('sup', { className: ['appel'] }, [], [link]) as unknown as RootContent;
      return SKIP;
    });

    for (const [label, definition] of definitions) {
      if (!calls.has(label)) {
        file.fail(`la note \`${label}\` n’est jamais appelée : un appel \`[^${label}]\` est attendu dans le texte`, {
          place: definition.position, ruleId: 'uncalled-note', source: 'remark-notes',
        });
      }
    }

    tree.children = tree.children.filter((node) => node.type !== 'footnoteDefinition');
    if (definitions.size === 0) return;

    const items = [...definitions].map(([label, definition]) => {
      const total = calls.get(label) ?? 0;
      const backs = Array.from({ length: total }, (_, i) => ({
        type: 'element', tagName: 'a',
        properties: { href: `#${callId(label, i + 1)}`, className: ['retour'], ariaLabel: total === 1 ? fill(settings.backLabel, label) : fill(settings.backLabelNth, label, i + 1) },
        children: [{ type: 'text', value: total === 1 ? '↩' : `↩${i + 1}` }],
      }));
      const children = [...definition.children] as RootContent[];
      const last = children.at(-1);
      const backLinks = element('span', { className: ['retours'] }, [], backs);
      if (last?.type === 'paragraph') (last as Paragraph).children.push({ type: 'text', value: ' ' }, backLinks as never);
      else children.push(backLinks as unknown as RootContent);
      const number = element('span', { className: ['numero-note'] }, [], [{ type: 'text', value: `${label}.` }]);
      return element('li', { id: noteId(label), className: ['note'] }, [number as unknown as RootContent, ...children]);
    });
    const heading = element('h2', { id: 'notes' }, [], [{ type: 'text', value: settings.heading }]);
    const list = element('ol', { className: ['liste-notes'] }, items as unknown as RootContent[]);
    tree.children.push(element('section', { className: ['notes'], ariaLabelledBy: 'notes' }, [heading, list] as unknown as RootContent[]) as unknown as RootContent);
  };
}
