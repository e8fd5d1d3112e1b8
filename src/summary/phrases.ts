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

/** Splits one run of joinable tokens where it stops being one noun phrase. */
function splitRun(run: Token[], next: (t: Token) => Token | undefined, tokenBefore: (t: Token) => Token | undefined, firstIndex: boolean[]): Token[][] {
  const pieces: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => { if (cur.length) pieces.push(cur); cur = []; };
  run.forEach((t, k) => {
    const lower = !capitalised(t.text);
    const w = normalize(t.text);
    // A lower-case word in -ed is an adjective only when it opens the run, before another lower-case
    // word, after a determiner, preposition or possessive: "the disputed election", "Lukashenko's
    // disputed election" yes; "supporters protested President", "Blair provoked dissent" no.
    if (lower && w.endsWith('ed') && w.length > 4) {
      const after = run[k + 1];
      const before = tokenBefore(t);
      const adjectival = !cur.length && after && !capitalised(after.text) && (!before || ADJECTIVE_CONTEXT.has(normalize(before.text)));
      if (!adjectival) { flush(); return; }
    }
    // A word in -ing followed by an object is a verb: "waving the flags".
    if (lower && w.endsWith('ing') && w.length > 5) {
      const after = next(t);
      if (after && OBJECT_STARTERS.has(normalize(after.text))) { flush(); return; }
    }
    // Lower case then a capital starts a new name: "opposition supporters | President Lukashenko".
    const prev = cur[cur.length - 1];
    if (prev && !capitalised(prev.text) && !lower && !firstIndex[k]) flush();
    cur.push(t);
  });
  flush();
  return pieces;
}

/** Drops vague words from both edges: "new elections" → "elections", "people" → nothing. */
function trimWeak(words: Token[]): Token[] {
  let a = 0;
  let b = words.length;
  while (a < b && WEAK_WORDS.has(normalize(words[a].text))) a++;
  while (b > a && WEAK_WORDS.has(normalize(words[b - 1].text))) b--;
  return words.slice(a, b);
}

/**
 * Keyphrase candidates of one sentence's tokens, at most MAX_PHRASE_WORDS words each. `edges` holds
 * the offsets where a named-entity mention starts or ends: a phrase never crosses one, so
 * "ambassador to Slovakia Igor Leshchenya" gives "Slovakia" and "Igor Leshchenya", not one phrase.
 */
export function candidatePhrases(tokens: readonly Token[], edges: ReadonlySet<number> = new Set()): Phrase[] {
  const out: Phrase[] = [];
  const index = new Map<Token, number>(tokens.map((t, i) => [t, i]));
  // "to impose sanctions" → "impose" is a verb; "returned to power." → "power" is not (nothing follows).
  const isVerbAfterMarker = (i: number) => {
    const t = tokens[i];
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    return !!before && VERB_MARKERS.has(normalize(before.text)) && !capitalised(t.text) && !!after && isWordToken(after.text);
  };
  const next = (t: Token) => tokens[(index.get(t) ?? -2) + 1];
  const prev = (t: Token) => tokens[(index.get(t) ?? 0) - 1];
  let run: Token[] = [];
  const flush = () => {
    if (!run.length) return;
    const firstIndex = run.map((t) => index.get(t) === 0 || (index.get(t) === 1 && !isWordToken(tokens[0].text)));
    for (const piece of splitRun(run, next, prev, firstIndex)) {
      const words = trimWeak(piece);
      if (!words.length || words.length > MAX_PHRASE_WORDS) continue;
      const i0 = index.get(words[0])!;
      out.push({ tokens: words, sentenceInitial: i0 === 0 || (i0 === 1 && !isWordToken(tokens[0].text)) });
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (!canJoin(t.text) || isVerbAfterMarker(i)) { flush(); return; }
    if (run.length && edges.has(t.start)) flush();
    run.push(t);
  });
  flush();
  return out;
}
