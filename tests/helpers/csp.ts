/** Reading a Content-Security-Policy: what the edition's policies may and may not allow. */

/** Sources a directive may list besides `'self'`, `'none'` and hashes: nothing that runs inline code or reaches another origin. */
const PERMIS: Record<string, string[]> = {
  // Pagefind's search runs WebAssembly: compiling it is not running inline script.
  'script-src': ["'wasm-unsafe-eval'"],
  'img-src': ['data:'],
  'font-src': ['data:'],
};

/** What is wrong with a page's Content-Security-Policy, one sentence per problem. */
export function problemesCsp(politique: string): string[] {
  const directives = new Map<string, string[]>();
  for (const partie of politique.split(';')) {
    const [nom, ...sources] = partie.trim().split(/\s+/);
    if (nom) directives.set(nom.toLowerCase(), sources);
  }
  const problemes: string[] = [];
  const defaut = directives.get('default-src');
  if (!defaut) problemes.push('no default-src');
  for (const [nom, sources] of directives) {
    for (const source of sources) {
      const ok = source === "'self'" || source === "'none'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) || PERMIS[nom]?.includes(source);
      if (!ok) problemes.push(`${nom} allows ${source}`);
    }
  }
  if (!(directives.get('object-src') ?? defaut)?.includes("'none'")) problemes.push("object-src is not 'none'");
  // Not covered by default-src: must be stated.
  for (const nom of ['base-uri', 'form-action']) if (!directives.has(nom)) problemes.push(`no ${nom}`);
  return problemes;
}
