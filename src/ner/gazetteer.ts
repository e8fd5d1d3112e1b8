// The gazetteer: token sequences from word lists and from the training data's own entities, each
// with a bit mask saying which lists hold it. One lookup per candidate n-gram in the tagger.
//
//   "new york" -> CITY | TRAIN_LOC     "svetlana" -> FIRST | FEMALE     "eu" -> TRAIN_ORG

import { gazetteerKey, GAZ_SEED } from './features.js';
import { hashString, mix2 } from './hash.js';
import { IntMap } from './int-map.js';

/** Bit numbers of the lists. Training-data entity types take 16 + type index (PER ORG LOC MISC). */
export const GAZ_BITS = {
  firstName: 0,
  maleName: 1,
  femaleName: 2,
  lastName: 3,
  honorific: 4,
  country: 5,
  city: 6,
  region: 7,
  demonym: 8,
  organization: 9,
  worldCity: 10,
  worldCountry: 11,
  /** simple-icons' brand names: read by span repair only, never a tagger feature (features.ts GAZ_NOT_FEATURES). */
  brand: 12,
  trainPER: 16,
  trainORG: 17,
  trainLOC: 18,
  trainMISC: 19,
} as const;

export const TRAIN_BIT_BASE = 16;
/**
 * Marks a token sequence that starts a longer entry ("new" of "new york"): matching extends an n-gram
 * only while it is still the start of some entry, so most capitalised words cost one lookup, not six.
 */
export const PREFIX_BIT = 30;
export const MAX_GAZ_TOKENS = 6;

/** Splits a list entry into tokens the way the tokeniser would: "st. louis" -> ["st.", "louis"]. */
export function entryTokens(entry: string): string[] {
  return entry
    .trim()
    .split(/\s+/)
    .flatMap((t) => (/^(.+)('s)$/i.test(t) ? [t.slice(0, -2), t.slice(-2)] : [t]))
    .filter(Boolean);
}

/** Adds every entry of `words` under `bit`. Returns the longest entry length added. */
export function addList(gaz: IntMap, words: Iterable<string>, bit: number): number {
  let longest = 0;
  for (const w of words) {
    const toks = entryTokens(w);
    if (!toks.length || toks.length > MAX_GAZ_TOKENS) continue;
    const key = gazetteerKey(toks);
    gaz.set(key, gaz.get(key, 0) | (1 << bit));
    markPrefixes(gaz, toks);
    longest = Math.max(longest, toks.length);
  }
  return longest;
}

/** Sets PREFIX_BIT on every proper prefix of an entry: ["new", "york", "city"] -> "new", "new york". */
export function markPrefixes(gaz: IntMap, toks: string[]): void {
  let h = GAZ_SEED;
  for (let i = 0; i < toks.length - 1; i++) {
    h = mix2(h, hashString(toks[i].toLowerCase()));
    gaz.set(h, gaz.get(h, 0) | (1 << PREFIX_BIT));
  }
}

/** Does the single word carry `bit` in the gazetteer? ("svetlana", femaleName) -> true */
export function wordHasBit(gaz: IntMap, word: string, bit: number): boolean {
  return (gaz.get(gazetteerKey([word]), 0) & (1 << bit)) !== 0;
}
