// One reading of a body paragraph: its tokens read once into the forms and flags every attribution
// rule asks about (lower-case form, cue form and its readings in context, pronoun/determiner/filler/
// time flags, sentence bounds), so no rule lower-cases a word twice or reads a cue again.
//
//   "...," she went on.  → low ["...", ",", "she", "went", "on", "."], she: PRONOUN, went: cue "go" (with "on")
import type { Token } from '../types.js';
import { cueForm, type CueForm } from '../lexicon/cue-verbs.js';
import { readCue } from './cues.js';
import { F, flagsOf, type TokenCue, type TokenView } from './token-view.js';
import { straightLower } from '../util/lower.js';

/** The cue map of paragraphs without a cue word: one shared empty map. */
const NO_CUES: ReadonlyMap<number, TokenCue> = new Map();

/** Does a sentence start at token i? */
export const startsSentence = (r: Reading, i: number): boolean => (r.flags[i] & F.SENTENCE_START) !== 0;

export { F, has, isAdverb, isCap, isDash, isPossessive, isPronoun, isWord, low, text } from './token-view.js';

/** One body paragraph (or any run of tokens), read once. */
export interface Reading extends TokenView {
  block: number;
  start: number;
  end: number;
  /** Where each sentence starts, in order, and then the token count: sentence k is [sentBounds[k], sentBounds[k + 1]).
   *  A binary search finds a token's sentence (see paragraphs.ts), so no per-token array is kept.
   *  A plain array: most paragraphs have one or two sentences, and a typed array costs ~180 bytes of objects. */
  sentBounds: readonly number[];
}

/** Reads tokens once; `starts` are the token indices where sentences begin (the first is 0). */
export function readTokens(tokens: Token[], starts: number[], where: { block: number; start: number; end: number }): Reading {
  const n = tokens.length;
  let cues: Map<number, TokenCue> | null = null;
  const view: TokenView = { tokens, flags: new Uint16Array(n), cue: NO_CUES };
  for (let i = 0; i < n; i++) {
    const text = tokens[i].text;
    // Most tokens are lower-case already: they share the token's own string, and no copy is made;
    // the others share one lower-case string per distinct word.
    const lower = straightLower(text);
    view.flags[i] = flagsOf(text, lower);
    const form = view.flags[i] & F.LETTERS ? cueForm(lower) : undefined;
    if (form) (cues ??= new Map()).set(i, { form, inText: null, afterSubject: null });
  }
  // The readings in context need the neighbours' flags, so they come in a second pass over the few
  // tokens that have a cue form.
  if (cues) {
    view.cue = cues;
    for (const [i, c] of cues) {
      c.inText = readCue(view, i, -1, false);
      c.afterSubject = readCue(view, i, -1, true);
    }
  }
  const sentBounds = starts.slice();
  for (const s of starts) if (s < n) view.flags[s] |= F.SENTENCE_START;
  sentBounds.push(n);
  // One literal with every field, so all Readings share one object shape (a spread builds each
  // object property by property, which costs memory and speed over a million tokens).
  return {
    block: where.block, start: where.start, end: where.end, tokens, flags: view.flags, cue: view.cue,
    sentBounds,
  };
}

/** The cue at token i inside running text, never at a clause start. */
export const cueInText = (r: Reading, i: number): CueForm | null => r.cue.get(i)?.inText ?? null;

/** The cue at token i right after a subject phrase: no subject check needed ("the nominee riffed"). */
export const cueAfterSubject = (r: Reading, i: number): CueForm | null => r.cue.get(i)?.afterSubject ?? null;
