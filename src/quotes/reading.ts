// One reading of a body paragraph: its tokens read once into the forms and flags every attribution
// rule asks about (lower-case form, cue form, pronoun/determiner/filler/time flags, sentence bounds),
// so no rule lower-cases a word twice or looks the cue lexicon up again for the same token.
//
//   "...," she went on.  → low ["...", ",", "she", "went", "on", "."], she: PRONOUN, went: cue "go"
import type { Token } from '../types.js';
import { cueForm, type CueForm } from '../lexicon/cue-verbs.js';
import { ADVERB_LOOKALIKES, DETERMINERS, NP_STOPS, SUBJECT_PRONOUNS, TIME_WORDS, VERB_FILLERS } from '../lexicon/speaker-words.js';

/** Token flags, one bit each. */
export const F = {
  WORD: 1, // holds a letter or digit
  CAP: 2, // starts with a capital: "Lukashenko", "The"
  POSSESSIVE: 4, // "'s", "’", "s" after an apostrophe split
  PRONOUN: 8, // a subject pronoun that can speak: he, she, they, it, we, i, you
  DASH: 16, // -, --, —, –
  ADVERB: 32, // a lower-case -ly word that is no noun: "forcefully", not "family"
  DETERMINER: 64, // opens a noun phrase: "the", "his", "two"
  FILLER: 128, // between a subject and its verb: "also", "has", "Tuesday"
  TIME: 256, // time words: "Tuesday", "morning", "last"
  NP_STOP: 512, // cannot belong to a speaker phrase: "is", "and", "of"
  LETTERS: 1024, // letters only: a candidate cue verb
} as const;

/** One body paragraph (or any run of tokens), read once. */
export interface Reading {
  block: number;
  start: number;
  end: number;
  tokens: Token[];
  /** Lower-case forms, curly apostrophes made straight. */
  low: string[];
  flags: Uint16Array;
  /** The cue lexicon's reading of each word, out of context ("said" → say, finite). */
  cue: Array<CueForm | undefined>;
  sentStart: Uint8Array;
  /** For each token, the index of the first token of its sentence (and just after its last). */
  sentFrom: Uint32Array;
  sentTo: Uint32Array;
  /** Memo of the context-dependent cue readings that do not depend on a clause start (see cues.ts). */
  memo: { inText: Array<CueForm | null | undefined>; afterSubject: Array<CueForm | null | undefined> };
}

function flagsOf(text: string, low: string): number {
  let f = 0;
  if (/[\p{L}\p{N}]/u.test(text)) f |= F.WORD;
  if (/^\p{Lu}/u.test(text)) f |= F.CAP;
  if (/^['’]s?$/i.test(text)) f |= F.POSSESSIVE;
  if (low in SUBJECT_PRONOUNS) f |= F.PRONOUN;
  if (/^(?:-{1,3}|[—–―])$/.test(text)) f |= F.DASH;
  if (/^[a-z]{3,}ly$/.test(text) && !ADVERB_LOOKALIKES.has(text)) f |= F.ADVERB;
  if (DETERMINERS.has(low)) f |= F.DETERMINER;
  if (VERB_FILLERS.has(low)) f |= F.FILLER;
  if (TIME_WORDS.has(low)) f |= F.TIME;
  if (NP_STOPS.has(low)) f |= F.NP_STOP;
  if (/^\p{L}+$/u.test(text)) f |= F.LETTERS;
  return f;
}

/** Reads tokens once; `starts` are the token indices where sentences begin (the first is 0). */
export function readTokens(tokens: Token[], starts: number[], where: { block: number; start: number; end: number }): Reading {
  const n = tokens.length;
  const low = new Array<string>(n);
  const flags = new Uint16Array(n);
  const cue = new Array<CueForm | undefined>(n);
  for (let i = 0; i < n; i++) {
    const text = tokens[i].text;
    low[i] = text.toLowerCase().replace(/’/g, "'");
    flags[i] = flagsOf(text, low[i]);
    cue[i] = flags[i] & F.LETTERS ? cueForm(text) : undefined;
  }
  const sentStart = new Uint8Array(n);
  const sentFrom = new Uint32Array(n);
  const sentTo = new Uint32Array(n);
  starts.forEach((s, k) => {
    const e = k + 1 < starts.length ? starts[k + 1] : n;
    sentStart[s] = 1;
    for (let i = s; i < e; i++) { sentFrom[i] = s; sentTo[i] = e; }
  });
  return {
    ...where, tokens, low, flags, cue, sentStart, sentFrom, sentTo,
    memo: { inText: new Array(n), afterSubject: new Array(n) },
  };
}

// Lookups by index; out of range they answer '' or false, as the rules expect at paragraph edges.
export const low = (r: Reading, i: number): string => r.low[i] ?? '';
export const has = (r: Reading, i: number, flag: number): boolean => i >= 0 && i < r.flags.length && (r.flags[i] & flag) !== 0;
export const text = (r: Reading, i: number): string => r.tokens[i]?.text ?? '';
export const isWord = (r: Reading, i: number) => has(r, i, F.WORD);
export const isCap = (r: Reading, i: number) => has(r, i, F.CAP);
export const isPossessive = (r: Reading, i: number) => has(r, i, F.POSSESSIVE);
export const isPronoun = (r: Reading, i: number) => has(r, i, F.PRONOUN);
export const isDash = (r: Reading, i: number) => has(r, i, F.DASH);
export const isAdverb = (r: Reading, i: number) => has(r, i, F.ADVERB);
