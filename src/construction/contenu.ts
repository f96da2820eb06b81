/**
 * Where the edition's content lives: `content/` (texts in `textes/`, persons, sources…), or the folder
 * named by the CONTENU_DIR environment variable. The benchmark builds a synthetic dossier fifty
 * times larger from another folder; everything that reads content files (the collections, the
 * content check, the persons register) must find them through here.
 */
import { join } from 'node:path';

/** The content root, relative to the project (scripts join it to the project's folder). */
export const CONTENU = process.env.CONTENU_DIR ?? 'content';

/** A path inside the content root: `contenu('textes')` → `content/textes`. */
export function contenu(...parties: string[]): string {
  return join(CONTENU, ...parties);
}
