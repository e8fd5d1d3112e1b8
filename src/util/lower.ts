// The lower-case form of a token with curly apostrophes made straight, as the quote and coreference
// stages compare words: "Lukashenko" → "lukashenko", "Putin’s" → "putin's", "said" → "said" (the
// same string, no copy).
//
// Memoised: a 20 MB article has millions of tokens but few distinct words, and the token texts are
// shared strings (see string-pool.ts), so each distinct word is lower-cased once and every token of
// it shares one lower-case string. Bounded (see memo.ts), so memory stays flat over a corpus.
import { memoize } from './memo.js';

/** A token with nothing to lower-case or straighten: "said", "2020", ",". */
const PLAIN = /^[a-z0-9.,;:!?'"()%$&-]*$/;

export const straightLower = memoize((word: string): string => {
  if (PLAIN.test(word)) return word;
  const l = word.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l === word ? word : l;
});
