// The speaker of a quote from the words right after it.
//
//   "Q," Lukashenko said.                        → phrase then cue
//   "Q," said Lukashenko.                        → cue then phrase
//   "Q," Maria Kolesnikova, the ..., told ...    → appositives skipped
//   "Q," as a Homeland Security memo put it.     → "as" clause
//   "Q" — Brian Fallon                            → dash sign-off
//   "Q" to drive up the stock price, she said.   → sentence-final tag (speakerTail)
import { isAccordingTo, npLeft, npRight, skipAppositiveRight, skipFillersLeft, skipFillersRight } from './phrases.js';
import { cueAt, cueInText, cueAfterSubject } from './cues.js';
import { isCap, isDash, isPronoun, isWord, low, type Reading } from './reading.js';
import { NP_STOPS, TIME_WORDS } from '../lexicon/speaker-words.js';
import { BARE_TAG_SUBJECTS, RELATIVES } from '../lexicon/clause-words.js';
import { cueEnd } from '../lexicon/cue-verbs.js';
import type { Found } from './subject.js';

/** Cue then subject, or subject then cue, right after a quote: [a, hi) is the rest of the clause. */
export function speakerAfter(r: Reading, a: number, hi: number): Found | null {
  let k = a;
  let dash = -1;
  while (k < hi && (/^[,]$/.test(r.tokens[k].text) || isDash(r, k))) { if (isDash(r, k)) dash = k; k++; }
  if (k >= hi) return null;
  if (isAccordingTo(r, k)) {
    const np = npRight(r, k + 2, hi);
    return np ? { subject: np, cue: { s: k, e: k + 2 } } : null;
  }
  const cf = cueAt(r, k, a);
  if (cf && cf.form !== 'ing') {
    // "...," said Smith  /  "...," says the senator, "..."
    const s = skipFillersRight(r, cueEnd(cf, k), hi);
    const np = npRight(r, s, hi);
    if (np && !TIME_WORDS.has(low(r, np.e - 1))) return { subject: np, cue: { s: k, e: cueEnd(cf, k) } };
    return null;
  }
  // ""...," as a Homeland Security memo put it." / ""...," as he said."
  if (low(r, k) === 'as' && k + 1 < hi) {
    const np = npRight(r, k + 1, hi);
    if (np) {
      const j = skipFillersRight(r, np.e, hi);
      const cf = cueAfterSubject(r, j);
      if (cf && cf.form !== 'ing') return { subject: np, cue: { s: j, e: cueEnd(cf, j) } };
    }
    return null;
  }
  if (NP_STOPS.has(low(r, k)) && !isCap(r, k) && !isPronoun(r, k)) return null;
  const np = npRight(r, k, hi);
  if (!np) return null;
  let j = skipFillersRight(r, np.e, hi);
  const cue = cueAfterSubject(r, j);
  // A bare form only after a plural or I/we/they/you: ""...," officials say" but not "a Donald Trump tweet".
  const plural = BARE_TAG_SUBJECTS.has(low(r, np.e - 1)) || /[a-z]s$/.test(r.tokens[np.e - 1].text);
  if (cue && (cue.form === 'finite' || (cue.form === 'base' && (plural || cue.entry.samePast)))) return { subject: np, cue: { s: j, e: cueEnd(cue, j) } };
  // "X, the attorney general of Oklahoma, one of the states suing ..., said": appositives, however many.
  if (r.tokens[j]?.text === ',') {
    for (let m = j + 1; m < hi && m < j + 45; m++) {
      if (/^[;?!"“”«»]$/.test(r.tokens[m].text) || (r.tokens[m].text === '.' && r.tokens[m + 1]?.text !== ',')) break;
      const cf = cueInText(r, m);
      // "policies, which he said had harmed ...": a relative clause with a speaker of its own.
      if (cf && RELATIVES.has(low(r, j + 1)) && r.tokens[m - 1].text !== ',') break;
      if (cf && cf.form !== 'ing' && !RELATIVES.has(low(r, m - 1)) && (r.tokens[m - 1].text === ',' || isWord(r, m - 1))) {
        if (!(r.tokens.slice(j + 1, m).some((t) => t.text === ',') || m - j <= 12)) break;
        // ""in homage to" Lazar, Song wrote": a bare name right before the verb is its subject.
        // "Any "cleareyed" interpretation of Mr. Kerry's actions, said Michael Kofman, ...": inverted.
        if (r.tokens[m - 1].text === ',' && isCap(r, m + 1) && !TIME_WORDS.has(low(r, m + 1)) && !cf.entry.object) {
          const inv = npRight(r, cueEnd(cf, m), hi);
          if (inv) return { subject: inv, cue: { s: m, e: cueEnd(cf, m) } };
        }
        const near = r.tokens[m - 1].text !== ',' ? npLeft(r, skipFillersLeft(r, m - 1, j + 1), j + 1) : null;
        if (near && near.s >= j + 1 && r.tokens[near.s - 1].text === ',' && isCap(r, near.s) && near.e - near.s <= 3) return { subject: near, cue: { s: m, e: cueEnd(cf, m) } };
        return { subject: np, cue: { s: m, e: cueEnd(cf, m) } };
      }
    }
  }
  j = skipAppositiveRight(r, j, hi);
  if (isAccordingTo(r, j)) return null;
  // "Q" — Brian Fallon: a sign-off names the speaker without a verb.
  if (dash >= 0 && isCap(r, np.s) && (np.e >= hi || /^[(.]$/.test(r.tokens[np.e].text))) {
    return { subject: np, cue: { s: dash, e: dash + 1 } };
  }
  return null;
}

/** A sentence-final speech tag after the quote: ""Q" to drive up the stock price, she said." */
export function speakerTail(r: Reading, a: number, hi: number): Found | null {
  for (let k = a; k < hi; k++) {
    if (r.tokens[k].text !== ',') continue;
    const f = speakerAfter(r, k + 1, hi);
    if (f?.cue && f.subject && low(r, f.cue.e) !== 'that' && cueInText(r, f.cue.s)) return f;
  }
  return null;
}

