// One reading of a body paragraph: its tokens read once into the forms and flags every attribution
// rule asks about (lower-case form, cue form and its readings in context, pronoun/determiner/filler/
// time flags, sentence bounds), so no rule lower-cases a word twice or reads a cue again.
//
//   "...," she went on.  → low ["...", ",", "she", "went", "on", "."], she: PRONOUN, went: cue "go" (with "on")
import type { Tokens } from '../pipeline/tokens.js';
import { cueForm, type CueForm } from '../lexicon/cue-verbs.js';
import { readCue } from './cues.js';
import { cueOf, F, flagsOf, has, readingLower, type TokenCue, type TokenView } from './token-view.js';

/** Does a sentence start at token i? */
export const startsSentence = (r: Reading, i: number): boolean => has(r, i, F.SENTENCE_START);

export { cueOf, F, has, isAdverb, isCap, isDash, isPossessive, isPronoun, isWord, low, text } from './token-view.js';

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

/** Where a Reading keeps its per-token facts: the flags from `off` on and the cue map, shared by the
 *  paragraphs of a document (bodyParagraphs makes one; a lone run of tokens gets its own). */
export interface ReadingStore {
  flags: Uint16Array;
  off: number;
  cue: Map<number, TokenCue>;
  /** What a spelling's flags and out-of-context cue form are, worked out once per distinct spelling. */
  words: Map<string, WordFacts>;
}

/** The facts of a spelling that do not depend on its neighbours. */
interface WordFacts {
  flags: number;
  form: CueForm | undefined;
}

/** An empty store for `n` tokens. */
export const newStore = (n: number): ReadingStore => ({ flags: new Uint16Array(n), off: 0, cue: new Map(), words: new Map() });

/** Reads tokens once; `starts` are the token indices where sentences begin (the first is 0). */
export function readTokens(tokens: Tokens, starts: number[], where: { block: number; start: number; end: number }, store?: ReadingStore): Reading {
  const n = tokens.length;
  const { flags, off, cue, words } = store ?? newStore(n);
  const view: TokenView = { tokens, flags, off, cue };
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const text = tokens.text(i);
    let facts = words.get(text);
    if (!facts) {
      const lower = readingLower(text);
      const f = flagsOf(text, lower);
      facts = { flags: f, form: f & F.LETTERS ? cueForm(lower) : undefined };
      words.set(text, facts);
    }
    flags[off + i] = facts.flags;
    const form = facts.form;
    if (form) {
      cue.set(off + i, { form, inText: null, afterSubject: null });
      if (first < 0) first = i;
      last = i;
    }
  }
  // The readings in context need the neighbours' flags, so they come in a second pass over the few
  // tokens that have a cue form.
  for (let i = first; first >= 0 && i <= last; i++) {
    const c = cue.get(off + i);
    if (!c) continue;
    c.inText = readCue(view, i, -1, false);
    c.afterSubject = readCue(view, i, -1, true);
  }
  for (const s of starts) if (s < n) flags[off + s] |= F.SENTENCE_START;
  // Exactly as long as it needs to be (a copy and a push would leave spare room in every paragraph).
  const sentBounds = starts.length === 1 ? [starts[0], n] : starts.concat(n);
  // One literal with every field, so all Readings share one object shape (a spread builds each
  // object property by property, which costs memory and speed over a million tokens).
  return { block: where.block, start: where.start, end: where.end, tokens, flags, off, cue, sentBounds };
}

/** The cue at token i inside running text, never at a clause start. */
export const cueInText = (r: Reading, i: number): CueForm | null => cueOf(r, i)?.inText ?? null;

/** The cue at token i right after a subject phrase: no subject check needed ("the nominee riffed"). */
export const cueAfterSubject = (r: Reading, i: number): CueForm | null => cueOf(r, i)?.afterSubject ?? null;
