// The per-token facts a Reading holds, and the lookups every rule uses on them. Split from
// reading.ts so that cues.ts can read them while readTokens is still building a Reading.
//
//   isCap(r, 3)  → does token 3 start with a capital?   low(r, 3) → its lower-case form
import type { Tokens } from '../pipeline/tokens.js';
import { straightLower } from '../util/lower.js';
import type { CueForm } from '../lexicon/cue-verbs.js';
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
  SENTENCE_START: 2048, // the first token of a sentence (set by readTokens)
} as const;

/** The tokens of a run with their lower-case forms, flags and out-of-context cue forms. */
export interface TokenView {
  tokens: Tokens;
  /** The flags of token i are flags[off + i]: the paragraphs of a document share one array (a typed
   *  array per paragraph costs ~200 bytes of objects, and a 20 MB article has 200,000 paragraphs). */
  flags: Uint16Array;
  off: number;
  /** The words that have a cue reading, by off + token index (read with cueOf). Sparse: few words are
   *  cues, and a 20 MB article has millions of tokens; one map serves a document's paragraphs. */
  cue: ReadonlyMap<number, TokenCue>;
}

/** A word's cue readings: out of context ("said" → say, finite), inside running text, right after a subject. */
export interface TokenCue {
  form: CueForm;
  /** "the call" → null, "officials warn" → warn. */
  inText: CueForm | null;
  /** "the nominee riffed" → riff. */
  afterSubject: CueForm | null;
}

/** The flags the closed-class word lists give a lower-case word, looked up once: "the" → DETERMINER | NP_STOP. */
const WORD_FLAGS = new Map<string, number>();
const addFlag = (words: Iterable<string>, flag: number) => { for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | flag); };
addFlag(Object.keys(SUBJECT_PRONOUNS), F.PRONOUN);
addFlag(DETERMINERS, F.DETERMINER);
addFlag(VERB_FILLERS, F.FILLER);
addFlag(TIME_WORDS, F.TIME);
addFlag(NP_STOPS, F.NP_STOP);

/** A token of ASCII letters only, the common case, read without Unicode classes. */
const ASCII_WORD = /^[A-Za-z]+$/;

export function flagsOf(text: string, low: string): number {
  let f = WORD_FLAGS.get(low) ?? 0;
  const c = text.charCodeAt(0);
  if (ASCII_WORD.test(text)) {
    f |= F.WORD | F.LETTERS;
    if (c >= 65 && c <= 90) f |= F.CAP;
    else if (text.length >= 5 && text.endsWith('ly') && /^[a-z]+$/.test(text) && !ADVERB_LOOKALIKES.has(text)) f |= F.ADVERB; // "forcefully", not "family"
    return f;
  }
  if (/[\p{L}\p{N}]/u.test(text)) f |= F.WORD;
  if (/^\p{Lu}/u.test(text)) f |= F.CAP;
  if (/^['’]s?$/i.test(text)) f |= F.POSSESSIVE;
  if (/^(?:-{1,3}|[—–―])$/.test(text)) f |= F.DASH;
  if (/^\p{L}+$/u.test(text)) f |= F.LETTERS;
  return f;
}

/** Object pronouns an acronym may spell ("US"), besides the words of the lists above. */
const OBJECT_FORMS = new Set(['us', 'me', 'him', 'them', 'her']);

/**
 * The lower-case form the rules read, curly apostrophes made straight. A word in capitals that spells
 * a function word is an acronym, and keeps its capitals so no list takes it for that word: "WHO
 * Director-General Tedros" (not the pronoun "who"), "told US officials" (not "us").
 */
export function readingLower(t: string): string {
  const l = straightLower(t);
  return l !== t && t.length >= 2 && ALL_CAPS.test(t) && (WORD_FLAGS.has(l) || OBJECT_FORMS.has(l)) ? t : l;
}
const ALL_CAPS = /^[A-Z]+$/;

// Lookups by index; out of range they answer '' or false, as the rules expect at paragraph edges.
// low(r, i): the lower-case form (readingLower), computed when asked (not kept per token:
// straightLower shares the token's own string or one memoised copy per word).
export const low = (r: TokenView, i: number): string => {
  const t = r.tokens.text(i);
  return t === undefined ? '' : readingLower(t);
};
export const has = (r: TokenView, i: number, flag: number): boolean => i >= 0 && i < r.tokens.length && (r.flags[r.off + i] & flag) !== 0;
/** The cue readings of token i, if it has any (none out of range). */
export const cueOf = (r: TokenView, i: number): TokenCue | undefined => (i >= 0 && i < r.tokens.length ? r.cue.get(r.off + i) : undefined);
export const text = (r: TokenView, i: number): string => r.tokens.text(i) ?? '';
export const isWord = (r: TokenView, i: number) => has(r, i, F.WORD);
export const isCap = (r: TokenView, i: number) => has(r, i, F.CAP);
export const isPossessive = (r: TokenView, i: number) => has(r, i, F.POSSESSIVE);
export const isPronoun = (r: TokenView, i: number) => has(r, i, F.PRONOUN);
export const isDash = (r: TokenView, i: number) => has(r, i, F.DASH);
export const isAdverb = (r: TokenView, i: number) => has(r, i, F.ADVERB);
