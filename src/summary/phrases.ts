// Candidate keyphrases without a part-of-speech tagger: runs of content words between stopwords and
// punctuation (RAKE, Rose et al. 2010), cut where the words stop looking like a noun phrase.
// compromise's noun phrases read a little better but cost ~20 s per MB of news; this costs ~nothing.
//
//   "urged Russian President Vladimir Putin to push for dialogue"
//        → "Russian President Vladimir Putin", "dialogue"   ("push" after "to" is a verb)
//   "protested President Alexander Lukashenko's disputed election win"
//        → "President Alexander Lukashenko", "disputed election win"
//   "moves to impose sanctions over the vote"     → "moves", "sanctions", "vote"
//   "Blair provoked dissent"                      → "Blair", "dissent" (-ed after a name: a verb)
import type { Tokens } from '../pipeline/tokens.js';
import { PHRASE_BREAKERS, WEAK_WORDS } from '../lexicon/stopwords.js';
import { ACRONYM, beginDocument, CAPITAL, LETTER, normOf, shapeOf, WordFacts, wordIds } from './words.js';

export const MAX_PHRASE_WORDS = 4;

/** Nouns in -ly that the adverb rule must not break on. */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'monopoly', 'rally', 'ally', 'anomaly', 'reply', 'belly', 'bully', 'jelly', 'folly', 'homily', 'melancholy', 'italy', 'july']);
/** Before these, a lower-case word is a verb: "to impose sanctions", "will hold talks", "didn't resign". */
const VERB_MARKERS = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'did', 'does', 'do', "n't", 'not', 'cannot']);
/** After these, a word in -ed is an adjective: "the disputed election", "Lukashenko's disputed vote". */
const ADJECTIVE_CONTEXT = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', "'s", 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of', 'in', 'on', 'for', 'with', 'by', 'from', 'against', 'over', 'about', 'into', 'and', 'or', 'as', 'some', 'many', 'more', 'most', 'no', ',', '(', '"', '“']);
/** After these, a word in -ing is a verb taking an object: "waving the flags", "calling on". */
const OBJECT_STARTERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'to', 'on', 'up', 'out', 'for', 'into', 'off', 'him', 'them', 'it', 'us']);

export interface Phrase {
  /** The tokens of the phrase, in order. */
  tokens: Tokens;
  /** True when the first token opens its sentence, so its capital letter says nothing. */
  sentenceInitial: boolean;
}

// What the rules below ask of a word, as bits per word id (summary/words.ts), worked out once per
// distinct spelling rather than once per token and rule.
const JOIN = 1; //           canJoin: may be part of a noun phrase at all
const VERB_MARKER = 2; //    "to", "will", "n't": a lower-case word after it is a verb
const ADJECTIVAL_AFTER = 4; // "the", "'s", "of": a word in -ed after it is an adjective
const OBJECT_START = 8; //   "the", "on", "them": a word in -ing before it takes an object
const ED = 16; //            lower-case, in -ed, over four letters ("disputed", not "red")
const ING = 32; //           lower-case, in -ing, over five letters ("waving", not "king")
const WEAK = 64; //          vague ("people"): off the edges of a phrase
const LETTER_START = 128; // starts with a letter (a word, not a number or a mark)
const CAPITALISED = 256; //  starts with a capital

/** Can this word (`shape` bits and normal form `w`, see words.ts) be part of a noun phrase at all? */
function canJoin(shape: number, w: string): boolean {
  if ((shape & LETTER) === 0) return false;
  if ((shape & ACRONYM) === 0 && PHRASE_BREAKERS.has(w)) return false;
  if ((shape & CAPITAL) === 0 && w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w)) return false; // adverbs
  return true;
}

const facts = new WordFacts((id) => {
  const w = normOf[id];
  const shape = shapeOf[id];
  const lower = (shape & CAPITAL) === 0;
  let bits = 0;
  if (canJoin(shape, w)) bits |= JOIN;
  if (VERB_MARKERS.has(w)) bits |= VERB_MARKER;
  if (ADJECTIVE_CONTEXT.has(w)) bits |= ADJECTIVAL_AFTER;
  if (OBJECT_STARTERS.has(w)) bits |= OBJECT_START;
  if (lower && w.endsWith('ed') && w.length > 4) bits |= ED;
  if (lower && w.endsWith('ing') && w.length > 5) bits |= ING;
  if (WEAK_WORDS.has(w)) bits |= WEAK;
  if (shape & LETTER) bits |= LETTER_START;
  if (!lower) bits |= CAPITALISED;
  return bits;
});

/**
 * Where phrases go: `add(a, b, initial)` for each candidate, the token range [a, b) of a sentence,
 * `initial` when token a opens the sentence.
 */
export type PhraseSink = (a: number, b: number, initial: boolean) => void;

/**
 * The candidate phrases of one sentence's tokens, given as word ids too (`ids`; the tokens' offsets
 * are looked at only inside a run, for the entity `edges`). Call after the ids are taken (words.ts:
 * the facts cover the words seen so far). Returns nothing: each phrase goes to `add`.
 */
export function phrasesOfIds(ids: readonly number[], tokens: Tokens, edges: ReadonlySet<number>, add: PhraseSink): void {
  const f = facts.table();
  const n = ids.length;
  // Does token i open its sentence (a leading quotation mark aside)? Its capital then says nothing.
  const opensAt1 = n > 0 && (f[ids[0]] & LETTER_START) === 0;
  let runStart = -1; // the run is tokens[runStart, i)
  for (let i = 0; i <= n; i++) {
    if (i < n) {
      const bits = f[ids[i]];
      // "to impose sanctions" → "impose" is a verb; "returned to power." → "power" is not (nothing follows).
      const verbAfterMarker = i > 0 && (f[ids[i - 1]] & VERB_MARKER) !== 0 && (bits & CAPITALISED) === 0
        && i + 1 < n && (f[ids[i + 1]] & LETTER_START) !== 0;
      if ((bits & JOIN) !== 0 && !verbAfterMarker) {
        if (runStart >= 0 && edges.size > 0 && edges.has(tokens.start(i))) { splitRun(f, ids, runStart, i, opensAt1, add); runStart = -1; }
        if (runStart < 0) runStart = i;
        continue;
      }
    }
    if (runStart >= 0) { splitRun(f, ids, runStart, i, opensAt1, add); runStart = -1; }
  }
}

/**
 * Splits the run [a, b) of joinable tokens where it stops being one noun phrase, trims vague words
 * off the pieces' edges ("new elections" → "elections", "people" → nothing) and hands each piece of
 * at most MAX_PHRASE_WORDS words to `add`.
 */
function splitRun(f: Int32Array, ids: readonly number[], a: number, b: number, opensAt1: boolean, add: PhraseSink): void {
  const n = ids.length;
  const initial = (i: number) => i === 0 || (i === 1 && opensAt1);
  let from = -1; // the piece being built is tokens[from, to); -1: none
  let to = -1;
  for (let j = a; j <= b; j++) {
    let cut = j === b;
    if (!cut) {
      const bits = f[ids[j]];
      const lower = (bits & CAPITALISED) === 0;
      // A lower-case word in -ed is an adjective only when it opens the run, before another lower-case
      // word, after a determiner, preposition or possessive: "the disputed election", "Lukashenko's
      // disputed election" yes; "supporters protested President", "Blair provoked dissent" no.
      if ((bits & ED) !== 0) {
        const adjectival = from < 0 && j + 1 < b && (f[ids[j + 1]] & CAPITALISED) === 0
          && (j === 0 || (f[ids[j - 1]] & ADJECTIVAL_AFTER) !== 0);
        if (!adjectival) cut = true;
      }
      // A word in -ing followed by an object is a verb: "waving the flags".
      if (!cut && (bits & ING) !== 0 && j + 1 < n && (f[ids[j + 1]] & OBJECT_START) !== 0) cut = true;
      if (!cut) {
        // Lower case then a capital starts a new name: "opposition supporters | President Lukashenko".
        if (from >= 0 && (f[ids[to - 1]] & CAPITALISED) === 0 && !lower && !initial(j)) { emit(f, ids, from, to, initial, add); from = -1; }
        if (from < 0) from = j;
        to = j + 1;
        continue;
      }
    }
    if (from >= 0) { emit(f, ids, from, to, initial, add); from = -1; }
  }
}

function emit(f: Int32Array, ids: readonly number[], s: number, e: number, initial: (i: number) => boolean, add: PhraseSink): void {
  let a = s;
  let b = e;
  while (a < b && (f[ids[a]] & WEAK) !== 0) a++;
  while (b > a && (f[ids[b - 1]] & WEAK) !== 0) b--;
  if (a === b || b - a > MAX_PHRASE_WORDS) return;
  add(a, b, initial(a));
}

/**
 * Keyphrase candidates of one sentence's tokens, at most MAX_PHRASE_WORDS words each. `edges` holds
 * the offsets where a named-entity mention starts or ends: a phrase never crosses one, so
 * "ambassador to Slovakia Igor Leshchenya" gives "Slovakia" and "Igor Leshchenya", not one phrase.
 */
export function candidatePhrases(tokens: Tokens, edges: ReadonlySet<number> = new Set()): Phrase[] {
  beginDocument();
  const out: Phrase[] = [];
  phrasesOfIds(wordIds(tokens), tokens, edges, (a, b, sentenceInitial) => out.push({ tokens: tokens.slice(a, b), sentenceInitial }));
  return out;
}
