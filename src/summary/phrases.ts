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
import type { Token } from '../types.js';
import { PHRASE_BREAKERS, WEAK_WORDS } from '../lexicon/stopwords.js';
import { isAcronym, normalize } from './terms.js';

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
  tokens: Token[];
  /** True when the first token opens its sentence, so its capital letter says nothing. */
  sentenceInitial: boolean;
}

const isWordToken = (t: string) => /^\p{L}/u.test(t);
const capitalised = (t: string) => /^\p{Lu}/u.test(t);

/** Can this token be part of a noun phrase at all? */
function canJoin(text: string): boolean {
  if (!isWordToken(text)) return false;
  const w = normalize(text);
  if (!isAcronym(text) && PHRASE_BREAKERS.has(w)) return false;
  if (!capitalised(text) && w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w)) return false; // adverbs
  return true;
}

/**
 * Splits the run tokens[a, b) of joinable tokens where it stops being one noun phrase; the pieces
 * are token ranges [s, e). Indexes, not token lookups: this runs for every token of the body.
 */
function splitRun(tokens: readonly Token[], a: number, b: number, initial: (i: number) => boolean): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = -1; // the piece being built is tokens[from, to); -1: none
  let to = -1;
  const flush = () => { if (from >= 0) pieces.push([from, to]); from = -1; };
  for (let j = a; j < b; j++) {
    const text = tokens[j].text;
    const lower = !capitalised(text);
    const w = normalize(text);
    // A lower-case word in -ed is an adjective only when it opens the run, before another lower-case
    // word, after a determiner, preposition or possessive: "the disputed election", "Lukashenko's
    // disputed election" yes; "supporters protested President", "Blair provoked dissent" no.
    if (lower && w.endsWith('ed') && w.length > 4) {
      const after = j + 1 < b ? tokens[j + 1] : undefined;
      const before = tokens[j - 1];
      const adjectival = from < 0 && after && !capitalised(after.text) && (!before || ADJECTIVE_CONTEXT.has(normalize(before.text)));
      if (!adjectival) { flush(); continue; }
    }
    // A word in -ing followed by an object is a verb: "waving the flags".
    if (lower && w.endsWith('ing') && w.length > 5) {
      const after = tokens[j + 1];
      if (after && OBJECT_STARTERS.has(normalize(after.text))) { flush(); continue; }
    }
    // Lower case then a capital starts a new name: "opposition supporters | President Lukashenko".
    if (from >= 0 && !capitalised(tokens[to - 1].text) && !lower && !initial(j)) flush();
    if (from < 0) from = j;
    to = j + 1;
  }
  flush();
  return pieces;
}

/**
 * Keyphrase candidates of one sentence's tokens, at most MAX_PHRASE_WORDS words each. `edges` holds
 * the offsets where a named-entity mention starts or ends: a phrase never crosses one, so
 * "ambassador to Slovakia Igor Leshchenya" gives "Slovakia" and "Igor Leshchenya", not one phrase.
 */
export function candidatePhrases(tokens: readonly Token[], edges: ReadonlySet<number> = new Set()): Phrase[] {
  const out: Phrase[] = [];
  // "to impose sanctions" → "impose" is a verb; "returned to power." → "power" is not (nothing follows).
  const isVerbAfterMarker = (i: number) => {
    const t = tokens[i];
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    return !!before && VERB_MARKERS.has(normalize(before.text)) && !capitalised(t.text) && !!after && isWordToken(after.text);
  };
  /** Does token i open its sentence (a leading quotation mark aside)? Its capital then says nothing. */
  const initial = (i: number) => i === 0 || (i === 1 && !isWordToken(tokens[0].text));
  let runStart = -1; // the run is tokens[runStart, i)
  const flush = (i: number) => {
    if (runStart < 0) return;
    for (const [s, e] of splitRun(tokens, runStart, i, initial)) {
      // Vague words off both edges: "new elections" → "elections", "people" → nothing.
      let a = s;
      let b = e;
      while (a < b && WEAK_WORDS.has(normalize(tokens[a].text))) a++;
      while (b > a && WEAK_WORDS.has(normalize(tokens[b - 1].text))) b--;
      if (a === b || b - a > MAX_PHRASE_WORDS) continue;
      out.push({ tokens: tokens.slice(a, b), sentenceInitial: initial(a) });
    }
    runStart = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!canJoin(t.text) || isVerbAfterMarker(i)) { flush(i); continue; }
    if (runStart >= 0 && edges.has(t.start)) flush(i);
    if (runStart < 0) runStart = i;
  }
  flush(tokens.length);
  return out;
}
