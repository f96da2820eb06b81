import type { Plugin } from 'vite';

/**
 * A Vite plugin for the browser build: no module-preload helper. Vite wraps every dynamic import in
 * its helper (about 1.7 KB, loaded with the page that holds the import) even when there is nothing
 * to preload; the edition's one dynamic import (src/navigateur/premier-geste.ts, the text pages'
 * enhancements, whose styles travel inside their script) has nothing to preload, and its loader must
 * stay small. With `modulePreload: false`, the wrapped call becomes the plain `import()` it wraps.
 * Should Vite's output change, nothing breaks: the helper stays, and `npm run bench` shows its weight.
 */
export default function sansPrechargement(): Plugin {
  return {
    name: 'sans-prechargement',
    applyToEnvironment: (environnement) => environnement.config.consumer === 'client',
    configEnvironment: (_nom, config) => (config.consumer === 'client' ? { build: { modulePreload: false } } : undefined),
    renderChunk(code) {
      if (!code.includes('__VITE_PRELOAD__')) return null;
      const deballe = code.replace(/__vitePreload\(\(\) => (import\("[^"]+"\)), __VITE_PRELOAD__\)/g, '$1');
      if (deballe === code) return null;
      const sansAide = deballe.includes('__vitePreload(') ? deballe : deballe.replace(/^import \{ \w+ as __vitePreload \} from "[^"]+";\n/m, '');
      return { code: sansAide, map: null };
    },
  };
}
