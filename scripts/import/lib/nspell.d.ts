// Minimal types for nspell (the package ships none).
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
  }
  function nspell(dictionary: { aff: Uint8Array; dic?: Uint8Array }): NSpell;
  export default nspell;
}
