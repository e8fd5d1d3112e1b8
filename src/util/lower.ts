// The lower-case form of a token with curly apostrophes made straight, as the quote and coreference
// stages compare words: "Lukashenko" → "lukashenko", "Putin’s" → "putin's", "said" → "said" (the
// same string, no copy).
//
// Memoised: a 20 MB article has millions of tokens but few distinct words, and the token texts are
// shared strings (see string-pool.ts), so each distinct word is lower-cased once and every token of
// it shares one lower-case string. Bounded, and cleared when full, so memory stays flat over a corpus.

const MAX_ENTRIES = 1 << 16;
let memo = new Map<string, string>();

/** A token with nothing to lower-case or straighten: "said", "2020", ",". */
const PLAIN = /^[a-z0-9.,;:!?'"()%$&-]*$/;

export function straightLower(word: string): string {
  let low = memo.get(word);
  if (low !== undefined) return low;
  if (PLAIN.test(word)) low = word;
  else {
    const l = word.toLowerCase();
    low = l.includes('’') ? l.replace(/’/g, "'") : l === word ? word : l;
  }
  if (memo.size >= MAX_ENTRIES) memo = new Map();
  memo.set(word, low);
  return low;
}
