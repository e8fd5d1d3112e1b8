// A wire story's sign-off: the last line of the article is one word in capitals that the story never
// uses elsewhere ("REUTER", "AP", "ENDS"). It names the agency or ends the copy; it mentions no one, and a
// tagger that sees a lone capitalised word guesses a person. Decided by position and form, not by a list:
//
//   "... SOLBAKKEN SAID." / "REUTER"   -> the last sentence is a sign-off: no entity in it
//   "... said Smith." / "Smith"        -> not a sign-off: the word is used in the story

import type { Sentence } from '../types.js';

const LETTERS = /\p{L}/u;
const CAPITALS = /^\p{Lu}{2,}\.?$/u;

/** Index of the sentence that is the article's sign-off, or -1. */
export function signOffSentence(sentences: Sentence[]): number {
  const last = sentences.length - 1;
  if (last < 1) return -1;
  const words = sentences[last].tokens.filter((t) => LETTERS.test(t.text));
  if (words.length !== 1 || !CAPITALS.test(words[0].text)) return -1;
  const word = words[0].text.replace(/\.$/, '').toLowerCase();
  for (let s = 0; s < last; s++) for (const t of sentences[s].tokens) if (t.text.toLowerCase().replace(/\.$/, '') === word) return -1;
  return last;
}
