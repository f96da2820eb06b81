/**
 * The edition's pipeline for unit tests: a document rendered with the real persons register (or
 * the options given), as the build renders a text.
 */
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { lireContenu, type Contenu } from '../../src/construction/contenu.ts';
import { rendreMarkdown, traiterMarkdown, type OptionsPipeline } from '../../src/noyau/pipeline.ts';

/** The project's content folder, read once per test file. */
export const RACINE_CONTENU = join(import.meta.dirname, '..', '..', 'content');
let contenu: Contenu | undefined;
export function contenuReel(): Contenu {
  contenu ??= lireContenu(RACINE_CONTENU);
  return contenu;
}

/** Render a document; the first fatal message is thrown (`VFileMessage`). */
export function rendre(markdown: string, chemin = 'document.md', options: Partial<OptionsPipeline> = {}): Promise<VFile> {
  return rendreMarkdown(markdown, chemin, { personnes: contenuReel().repertoire, ...options });
}

/** Process a document; every message stays on the file. */
export function traiter(markdown: string, chemin = 'document.md', options: Partial<OptionsPipeline> = {}): Promise<VFile> {
  return traiterMarkdown(markdown, chemin, { personnes: contenuReel().repertoire, ...options });
}
