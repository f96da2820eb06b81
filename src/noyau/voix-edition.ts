/**
 * The directives whose words are the edition's own, not the source's: `:lacune[…]` (what the source
 * lacks) and `:remarque[…]` (a short remark of the editors, e.g. on a heading whose place is
 * uncertain). The fidelity check skips them, the persons and dates plugins do not read them, and the
 * plain text shows them in brackets.
 */
export const directivesDeLEdition: ReadonlySet<string> = new Set(['lacune', 'remarque']);

/** Whether a node is one of the edition's own directives. */
export function estVoixDeLEdition(node: { type: string; name?: unknown }): boolean {
  return (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && directivesDeLEdition.has(node.name as string);
}
