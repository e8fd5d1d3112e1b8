// Tokens → index terms, the unit of every TF-IDF vector and of the background frequency table.
// One function decides it for the runtime and for scripts/build-idf.mjs, so the two always agree.
//
//   "Sanctions" → "sanction"   "protesters" → "protester"   "crises" → "crise"   "Belarus" → "belarus"
//   "U.S." → "u.s"   "US" → "us" (an acronym, kept)   "us" → null (a stopword)   "2020" → null
import type { Tokens } from '../pipeline/tokens.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { memoize } from '../util/memo.js';

/** Words whose final "s" is no plural: the S-stemmer below must leave them alone. */
const NOT_PLURAL = new Set(['news', 'series', 'species', 'means', 'politics', 'economics', 'physics', 'athletics', 'mathematics', 'always', 'perhaps', 'whereas', 'this', 'has', 'was', 'its', 'his', 'yes', 'less', 'unless', 'thus', 'plus', 'bus', 'gas', 'chaos', 'canvas', 'atlas', 'lens', 'alias', 'bias']);

/**
 * Harman's S-stemmer (1991): folds plurals only, so it never merges "organ" with "organization".
 *   "policies" → "policy", "sanctions" → "sanction", "crisis" → "crisis", "taxes" → "taxe"
 */
export function stem(word: string): string {
  if (word.length <= 3 || NOT_PLURAL.has(word)) return word;
  if (word.endsWith('ies') && !/[ae]ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (word.endsWith('es') && !/[aeo]es$/.test(word) && /(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:us|ss|is|'s)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower case, curly apostrophe folded, final abbreviation stop dropped: "U.S." → "u.s". */
export function normalizeWord(text: string): string {
  let s = text;
  if (s.includes('’')) s = s.replace(/’/g, "'");
  if (s.endsWith('.')) s = s.slice(0, -1);
  return s.toLowerCase();
}

/** normalizeWord, memoised (see util/memo.ts). */
export const normalize = memoize(normalizeWord);

/** An acronym in capitals ("US", "EU", "CSTO") is a name even when its lower case is a stopword. */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text);
}

/**
 * The index term of a token whose normal form is `word`, or null for stopwords, numbers and
 * punctuation. The one place that decides it (summary/words.ts keeps its answer per word).
 */
export function termOfWord(text: string, word: string): string | null {
  if (!/^\p{L}/u.test(text)) return null; // numbers ("2020", "6,700", "1.13bn") and punctuation
  if (!isAcronym(text) && STOPWORDS.has(word)) return null;
  if (word.length < 2) return null;
  return stem(word);
}

/** The index term of a token, or null for stopwords, numbers and punctuation. Memoised (see util/memo.ts). */
export const termOf = memoize((text: string): string | null => termOfWord(text, normalize(text)));

/** Terms of a run of tokens, in order, with repeats: the bag a TF vector is counted from. */
export function termsOf(tokens: Tokens): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const term = termOf(tokens.text(i));
    if (term) out.push(term);
  }
  return out;
}
