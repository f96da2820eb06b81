/**
 * Line-end hyphens: decide whether a word split at a line end ("com-" / "plicité") is one word to
 * rejoin, or a real compound whose hyphen stays ("Eux-" / "mêmes", "Avez-" / "vous", "dit-" / "il",
 * "trotskyste-" / "zinoviéviste").
 *
 * The decision uses, in this order (the first rule that speaks wins):
 *   1. capitalised right part ("Grande-" / "Bretagne", "Léniniste-" / "Staliniène"): a compound of
 *      names, keep;
 *   2. the corpus itself: the hyphenated form printed mid-line elsewhere → keep; else the joined form
 *      printed elsewhere (as a word, or as part of a compound) → join;
 *   3. the French dictionary (dictionary-fr + nspell): joined form known and hyphenated not → join;
 *      hyphenated known and joined not → keep; both known → keep (flagged as unsure);
 *   4. verb–pronoun and other enclitic forms (-vous, -il, -t-il, -même(s), -ci, -là…) → keep;
 *   5. both halves are words (dictionary or corpus) and the joined form is not → keep;
 *   6. otherwise join (most line-end hyphens are typesetting splits, names included: "Boukha-" /
 *      "rine").
 * No word is special-cased. Loading the dictionary costs seconds: it is loaded once per process.
 */
import dictionary from 'dictionary-fr';
import nspell from 'nspell';

/** Decides a word split at a line end: rejoin it, or keep its hyphen. */
export type HyphenJoiner = (left: string, right: string) => 'join' | 'keep';

/** Why a decision was taken (rules above). */
export type HyphenReason =
  | 'not-a-split'
  | 'capitalised-compound'
  | 'corpus-hyphenated'
  | 'corpus-joined'
  | 'dictionary-joined'
  | 'dictionary-hyphenated'
  | 'dictionary-both'
  | 'enclitic'
  | 'compound-of-words'
  | 'default-join';

/** One decision, with the forms considered. */
export interface HyphenDecision {
  left: string;
  right: string;
  decision: 'join' | 'keep';
  reason: HyphenReason;
  joined: string;
  hyphenated: string;
  /** True when the rules could not really tell (reported for human review). */
  unsure: boolean;
}

/** A joiner that can also explain itself and keeps a log of what it decided. */
export type ExplainingHyphenJoiner = HyphenJoiner & {
  explain(left: string, right: string): HyphenDecision;
  log: HyphenDecision[];
};

interface Speller {
  correct(word: string): boolean;
}

let spellerPromise: Promise<Speller> | undefined;

/** The French speller, loaded once per process. */
export function loadSpeller(): Promise<Speller> {
  spellerPromise ??= Promise.resolve().then(() => nspell(dictionary));
  return spellerPromise;
}

const LETTER = /\p{L}/u;
const APOSTROPHES = /['’]/;
/** Enclitic second parts: subject pronouns after a verb, -t-il, -même(s), -ci, -là, object pronouns. */
const ENCLITIC =
  /^(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles|ce|moi|toi|lui|leur|leurs|le|la|les|y|en|même|mêmes|ci|là)$/u;

/** Letters (with internal hyphens) at the start of a token: "plicité)," → "plicité", "t-il ?" → "t-il". */
function leadingWord(token: string): string {
  const m = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/u.exec(token.replace(/^[^\p{L}]+/u, ''));
  return m ? m[0] : '';
}

/**
 * Split the left token ("l’intro-", "trotskistes-zi-", "«spé-") into the compound prefix kept as is
 * ("trotskistes-") and the fragment that the split cut ("zi").
 */
function leftParts(token: string): { prefix: string; fragment: string } {
  let word = token.replace(/-$/, '');
  // The word is what follows the last character that is neither a letter nor a hyphen
  // ("lettre,ra-" → "ra", "l’intro-" → "intro", "«spé-" → "spé").
  const pieces = word.split(/[^\p{L}\p{M}-]+/u);
  word = (pieces[pieces.length - 1] ?? '').replace(/^-+/, '');
  const lastHyphen = word.lastIndexOf('-');
  return lastHyphen < 0
    ? { prefix: '', fragment: word }
    : { prefix: word.slice(0, lastHyphen + 1), fragment: word.slice(lastHyphen + 1) };
}

/** Word tokens of a text, lowercased, elisions removed ("d’eux-mêmes" → "eux-mêmes"). */
function tokensOf(line: string): string[] {
  const out: string[] = [];
  for (const raw of line.split(/[^\p{L}\p{M}'’-]+/u)) {
    const parts = raw.split(APOSTROPHES);
    const token = (parts[parts.length - 1] ?? '').replace(/^-+|-+$/g, '').toLowerCase();
    if (token && LETTER.test(token)) out.push(token);
  }
  return out;
}

/** Counts of the words printed whole in the corpus (fragments at hyphenated line ends excluded). */
interface CorpusIndex {
  /** Whole tokens, hyphenated ones included ("eux-mêmes"). */
  tokens: Map<string, number>;
  /** Words, including each part of a hyphenated compound ("trotskiste-zinoviéviste" → both). */
  words: Map<string, number>;
}

function indexCorpus(corpus: string): CorpusIndex {
  const tokens = new Map<string, number>();
  const words = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const lines = corpus.split(/\r?\n/);
  let previousEndedSplit = false;
  for (const rawLine of lines) {
    const line = rawLine.trimEnd();
    if (line.trim() === '') continue; // blank lines do not break a split word (page breaks)
    let toks = tokensOf(line);
    const endsSplit = /\p{L}-$/u.test(line);
    if (previousEndedSplit) toks = toks.slice(1); // first token is the end of a split word
    if (endsSplit) toks = toks.slice(0, -1); // last token is the start of a split word
    previousEndedSplit = endsSplit;
    for (const t of toks) {
      bump(tokens, t);
      for (const part of t.split('-')) if (part) bump(words, part);
    }
  }
  return { tokens, words };
}

function known(speller: Speller, word: string): boolean {
  if (!word) return false;
  const lower = word.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  return speller.correct(word) || speller.correct(lower) || speller.correct(capitalised);
}

/**
 * Create the joiner for one corpus (the text of all the sources: the more text, the more evidence).
 * The returned function is a plain {@link HyphenJoiner}; it also has `explain` and a `log`.
 */
export async function createHyphenJoiner(corpus: string): Promise<ExplainingHyphenJoiner> {
  const speller = await loadSpeller();
  const index = indexCorpus(corpus);
  const isWord = (w: string) =>
    w.length >= 2 && (known(speller, w) || (index.words.get(w.toLowerCase()) ?? 0) > 0);

  function explain(left: string, right: string): HyphenDecision {
    const { prefix, fragment } = leftParts(left);
    const rightWord = leadingWord(right);
    const joined = prefix + fragment + rightWord;
    const hyphenated = prefix + fragment + '-' + rightWord;
    const decide = (decision: 'join' | 'keep', reason: HyphenReason, unsure = false): HyphenDecision => ({
      left,
      right,
      decision,
      reason,
      joined,
      hyphenated,
      unsure,
    });

    if (!fragment || !rightWord || !/\p{L}-$/u.test(left)) return decide('keep', 'not-a-split');

    // 1. A capitalised second part: a compound of names ("Grande-Bretagne", "Zinoviev-Trotsky").
    if (/^\p{Lu}/u.test(rightWord)) return decide('keep', 'capitalised-compound');

    // Euphonic -t- ("a-t-" / "elle"): "t" + "elle" would make the word "telle".
    if (/-$/.test(prefix) && fragment === 't' && /^(?:il|elle|on)s?$/u.test(rightWord.toLowerCase())) {
      return decide('keep', 'enclitic');
    }

    // 2. The corpus: how is this word printed where no line end splits it?
    const lastJoined = (fragment + rightWord).toLowerCase();
    const lastHyphenated = (fragment + '-' + rightWord).toLowerCase();
    const hyphenCount =
      (index.tokens.get(lastHyphenated) ?? 0) +
      [...index.tokens.keys()].filter((t) => t !== lastHyphenated && t.includes('-') && hasPart(t, lastHyphenated))
        .length;
    const joinedCount = index.words.get(lastJoined) ?? 0;
    if (hyphenCount > 0) return decide('keep', 'corpus-hyphenated', joinedCount > 0);
    if (joinedCount > 0) return decide('join', 'corpus-joined');

    // 3. The dictionary.
    const joinedKnown = known(speller, fragment + rightWord);
    const hyphenKnown = known(speller, fragment + '-' + rightWord);
    if (joinedKnown && !hyphenKnown) return decide('join', 'dictionary-joined');
    if (hyphenKnown && !joinedKnown) return decide('keep', 'dictionary-hyphenated');
    if (hyphenKnown && joinedKnown) return decide('keep', 'dictionary-both', true);

    // 4. Verb–pronoun and other enclitic forms, which the dictionary does not list.
    if (ENCLITIC.test(rightWord.toLowerCase())) return decide('keep', 'enclitic');

    // 5. Two words that make no word when glued together: a compound.
    if (isWord(fragment) && isWord(rightWord)) return decide('keep', 'compound-of-words', true);

    // 6. Default: a typesetting split (names the dictionary does not know, rare words).
    return decide('join', 'default-join', true);
  }

  const log: HyphenDecision[] = [];
  const joiner = ((left: string, right: string) => {
    const d = explain(left, right);
    log.push(d);
    return d.decision;
  }) as ExplainingHyphenJoiner;
  joiner.explain = explain;
  joiner.log = log;
  return joiner;
}

/** True when the hyphenated compound `token` contains `sub` as a run of whole parts. */
function hasPart(token: string, sub: string): boolean {
  return `-${token}-`.includes(`-${sub}-`);
}
