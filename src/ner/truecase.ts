// Headlines in title case ("EU Leaders Urge Putin to Push for Talks") capitalise every word, which a
// tagger trained on news prose reads as a string of names. Before tagging, such words go back to lower
// case when running news text almost never capitalises them mid-sentence:
//
//   EU Leaders Urge Putin to Push for Talks in Belarus Over Disputed Vote
//   -> EU leaders urge Putin to push for talks in Belarus over disputed vote
//
// Only the words handed to the tagger change; offsets and the text itself stay as they were. The
// tagger's training data (CoNLL) has no title-case headlines, so this runs in findEntities only.

import { hashString } from './hash.js';
import type { NerResources } from './features.js';

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const LONG_WORD = /^\p{L}{4,}$/u;

/** Is this a title-case line: most longer words capitalised, but not everything in capitals? */
export function isTitleCase(words: string[]): boolean {
  let long = 0;
  let capital = 0;
  for (const w of words) {
    if (!LONG_WORD.test(w)) continue;
    long++;
    if (CAPITALISED.test(w)) capital++;
  }
  return long >= 3 && capital >= 0.8 * long;
}

/**
 * Lower-cases the words of a title-case headline that news prose writes in lower case (capBin 0-1).
 * Only for lines known to be headlines (title, heading, related-article blocks): in a results table
 * "Guy Forget ( France ) beat ..." is capitalised because it is full of names.
 */
export function truecaseHeadline(res: NerResources, words: string[]): string[] {
  {
    if (!isTitleCase(words)) return words;
    return words.map((w, i) => {
      if (i === 0 || !CAPITALISED.test(w)) return w;
      const lower = w.toLowerCase();
      const bin = res.capBins.get(hashString(lower), 0); // 1 + bin; 0 = unknown word
      return bin === 1 || bin === 2 ? lower : w;
    });
  }
}
