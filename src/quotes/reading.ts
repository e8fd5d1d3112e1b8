// One reading of a body paragraph: its tokens read once into the forms and flags every attribution
// rule asks about (lower-case form, cue form and its readings in context, pronoun/determiner/filler/
// time flags, sentence bounds), so no rule lower-cases a word twice or reads a cue again.
//
//   "...," she went on.  → low ["...", ",", "she", "went", "on", "."], she: PRONOUN, went: cue "go" (with "on")
import type { Token } from '../types.js';
import { cueForm, type CueForm } from '../lexicon/cue-verbs.js';
import { readCue } from './cues.js';
import { F, flagsOf, type TokenView } from './token-view.js';

export { F, has, isAdverb, isCap, isDash, isPossessive, isPronoun, isWord, low, text } from './token-view.js';

/** One body paragraph (or any run of tokens), read once. */
export interface Reading extends TokenView {
  block: number;
  start: number;
  end: number;
  /** The cue at each token inside running text ("the call" → null, "officials warn" → warn). */
  inText: Array<CueForm | null>;
  /** The cue at each token right after a subject phrase ("the nominee riffed"). */
  afterSubject: Array<CueForm | null>;
  sentStart: Uint8Array;
  /** For each token, the index of the first token of its sentence (and just after its last). */
  sentFrom: Uint32Array;
  sentTo: Uint32Array;
}

/** Reads tokens once; `starts` are the token indices where sentences begin (the first is 0). */
export function readTokens(tokens: Token[], starts: number[], where: { block: number; start: number; end: number }): Reading {
  const n = tokens.length;
  const view: TokenView = { tokens, low: new Array<string>(n), flags: new Uint16Array(n), cue: new Array<CueForm | undefined>(n) };
  for (let i = 0; i < n; i++) {
    const text = tokens[i].text;
    view.low[i] = text.toLowerCase().replace(/’/g, "'");
    view.flags[i] = flagsOf(text, view.low[i]);
    view.cue[i] = view.flags[i] & F.LETTERS ? cueForm(text) : undefined;
  }
  // The context readings need the neighbours' flags, so they come in a second pass; most tokens
  // have no cue form and cost nothing here.
  const inText = new Array<CueForm | null>(n).fill(null);
  const afterSubject = new Array<CueForm | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    if (!view.cue[i]) continue;
    inText[i] = readCue(view, i, -1, false);
    afterSubject[i] = readCue(view, i, -1, true);
  }
  const sentStart = new Uint8Array(n);
  const sentFrom = new Uint32Array(n);
  const sentTo = new Uint32Array(n);
  starts.forEach((s, k) => {
    const e = k + 1 < starts.length ? starts[k + 1] : n;
    sentStart[s] = 1;
    for (let i = s; i < e; i++) { sentFrom[i] = s; sentTo[i] = e; }
  });
  return { ...where, ...view, inText, afterSubject, sentStart, sentFrom, sentTo };
}

/** The cue at token i inside running text, never at a clause start. */
export const cueInText = (r: Reading, i: number): CueForm | null => r.inText[i] ?? null;

/** The cue at token i right after a subject phrase: no subject check needed ("the nominee riffed"). */
export const cueAfterSubject = (r: Reading, i: number): CueForm | null => r.afterSubject[i] ?? null;
