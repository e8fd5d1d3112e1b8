// The speaker of a quote from the words right after it.
//
//   "Q," Lukashenko said.                        → phrase then cue
//   "Q," said Lukashenko.                        → cue then phrase
//   "Q," Maria Kolesnikova, the ..., told ...    → appositives skipped
//   "Q," as a Homeland Security memo put it.     → "as" clause
//   "Q" — Brian Fallon                            → dash sign-off
//   "Q" to drive up the stock price, she said.   → sentence-final tag (speakerTail)
import type { Token } from '../types.js';
import { cueAt, isAccordingTo, isCap, isDash, isPronoun, isWord, low, npLeft, npRight, skipAppositiveRight, skipFillersLeft, skipFillersRight } from './phrases.js';
import { NP_STOPS, TIME_WORDS } from '../lexicon/speaker-words.js';
import type { Found } from './subject.js';

const SAME_PAST_VERBS = new Set(['put', 'read']);

/** Verbs whose next noun is their object, not an inverted subject: "..., told CBS News". */
const TAKES_OBJECT = new Set(['tell', 'urge', 'warn', 'inform', 'remind', 'assure', 'advise', 'accuse', 'thank', 'blame',
  'praise', 'call', 'criticize', 'criticise', 'attack', 'cite', 'encourage', 'order', 'introduce', 'describe', 'label', 'brand']);

/** Cue then subject, or subject then cue, right after a quote: [a, hi) is the rest of the clause. */
export function speakerAfter(tokens: Token[], a: number, hi: number): Found | null {
  let k = a;
  let dash = -1;
  while (k < hi && (/^[,]$/.test(tokens[k].text) || isDash(tokens[k]))) { if (isDash(tokens[k])) dash = k; k++; }
  if (k >= hi) return null;
  if (isAccordingTo(tokens, k)) {
    const np = npRight(tokens, k + 2, hi);
    return np ? { subject: np, cue: { s: k, e: k + 2 } } : null;
  }
  const cf = cueAt(tokens, k, a);
  if (cf && cf.form !== 'ing') {
    // "...," said Smith  /  "...," says the senator, "..."
    const s = skipFillersRight(tokens, k + 1, hi);
    const np = npRight(tokens, s, hi);
    if (np && !TIME_WORDS.has(low(tokens[np.e - 1]))) return { subject: np, cue: { s: k, e: k + 1 } };
    return null;
  }
  // ""...," as a Homeland Security memo put it." / ""...," as he said."
  if (low(tokens[k]) === 'as' && k + 1 < hi) {
    const np = npRight(tokens, k + 1, hi);
    if (np) {
      const j = skipFillersRight(tokens, np.e, hi);
      const cf = cueAt(tokens, j, -1, true);
      if (cf && cf.form !== 'ing') return { subject: np, cue: { s: j, e: ['put', 'point'].includes(cf.entry.lemma) ? j + 2 : j + 1 } };
    }
    return null;
  }
  if (NP_STOPS.has(low(tokens[k])) && !isCap(tokens[k]) && !isPronoun(tokens[k])) return null;
  const np = npRight(tokens, k, hi);
  if (!np) return null;
  let j = skipFillersRight(tokens, np.e, hi);
  const cue = cueAt(tokens, j, -1, true);
  // A bare form only after a plural or I/we/they/you: ""...," officials say" but not "a Donald Trump tweet".
  const plural = /^(?:i|we|they|you)$/.test(low(tokens[np.e - 1])) || /[a-z]s$/.test(tokens[np.e - 1].text);
  if (cue && (cue.form === 'finite' || (cue.form === 'base' && (plural || SAME_PAST_VERBS.has(cue.entry.lemma))))) return { subject: np, cue: { s: j, e: j + 1 } };
  // "X, the attorney general of Oklahoma, one of the states suing ..., said": appositives, however many.
  if (tokens[j]?.text === ',') {
    for (let m = j + 1; m < hi && m < j + 45; m++) {
      if (/^[;?!"“”«»]$/.test(tokens[m].text) || (tokens[m].text === '.' && tokens[m + 1]?.text !== ',')) break;
      const cf = cueAt(tokens, m, -1);
      // "policies, which he said had harmed ...": a relative clause with a speaker of its own.
      if (cf && /^(?:which|who|that)$/.test(low(tokens[j + 1])) && tokens[m - 1].text !== ',') break;
      if (cf && cf.form !== 'ing' && !/^(?:that|who|which)$/.test(low(tokens[m - 1])) && (tokens[m - 1].text === ',' || isWord(tokens[m - 1]))) {
        if (!(tokens.slice(j + 1, m).some((t) => t.text === ',') || m - j <= 12)) break;
        // ""in homage to" Lazar, Song wrote": a bare name right before the verb is its subject.
        // "Any "cleareyed" interpretation of Mr. Kerry's actions, said Michael Kofman, ...": inverted.
        if (tokens[m - 1].text === ',' && isCap(tokens[m + 1]) && !TIME_WORDS.has(low(tokens[m + 1])) && !TAKES_OBJECT.has(cf.entry.lemma)) {
          const inv = npRight(tokens, m + 1, hi);
          if (inv) return { subject: inv, cue: { s: m, e: m + 1 } };
        }
        const near = tokens[m - 1].text !== ',' ? npLeft(tokens, skipFillersLeft(tokens, m - 1, j + 1), j + 1) : null;
        if (near && near.s >= j + 1 && tokens[near.s - 1].text === ',' && isCap(tokens[near.s]) && near.e - near.s <= 3) return { subject: near, cue: { s: m, e: m + 1 } };
        return { subject: np, cue: { s: m, e: m + 1 } };
      }
    }
  }
  j = skipAppositiveRight(tokens, j, hi);
  if (isAccordingTo(tokens, j)) return null;
  // "Q" — Brian Fallon: a sign-off names the speaker without a verb.
  if (dash >= 0 && isCap(tokens[np.s]) && (np.e >= hi || /^[(.]$/.test(tokens[np.e].text))) {
    return { subject: np, cue: { s: dash, e: dash + 1 } };
  }
  return null;
}

/** A sentence-final speech tag after the quote: ""Q" to drive up the stock price, she said." */
export function speakerTail(tokens: Token[], a: number, hi: number): Found | null {
  for (let k = a; k < hi; k++) {
    if (tokens[k].text !== ',') continue;
    const f = speakerAfter(tokens, k + 1, hi);
    if (f?.cue && f.subject && low(tokens[f.cue.e]) !== 'that' && cueAt(tokens, f.cue.s, -1)) return f;
  }
  return null;
}

