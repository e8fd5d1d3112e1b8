// The lower-case form of a token with curly apostrophes made straight, as the quote and coreference
// stages compare words: "Lukashenko" → "lukashenko", "Putin’s" → "putin's", "said" → "said" (the
// same string, no copy: most tokens are lower case already, and a 20 MB article has millions).
// The others are memoised, so every token of a capitalised word shares one lower-case string.
// (Memoising all would cost time: a Map lookup per token costs more than the test below.)
import { memoize } from './memo.js';

/** A token with nothing to lower-case or straighten: "said", "2020", ",". */
const PLAIN = /^[a-z0-9.,;:!?'"()%$&-]*$/;

const lowered = memoize((word: string): string => {
  const l = word.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l === word ? word : l;
});

export function straightLower(word: string): string {
  return PLAIN.test(word) ? word : lowered(word);
}
