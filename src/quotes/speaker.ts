// The speaker and cue of one quote, read from the clause around it.
//
//   "Q," Lukashenko said.                        → after: phrase then cue
//   "Q," said Lukashenko.                        → after: cue then phrase
//   "Q," Maria Kolesnikova, the ..., told ...    → after: appositive skipped
//   "Q" — Brian Fallon                            → after: dash sign-off
//   Merkel told Putin that ... must "Q"          → before: nearest cue, its subject
//   She denied ... and vowed that ... "Q"        → before: coordination → the clause subject
//   Fallon responded, calling it "Q"             → before: participle → the clause subject
//   an architect who said "Q"                    → before: relative pronoun → its antecedent
//   Trump's claim that "Q"                        → before: noun cue → the possessor
//   according to the senator, "Q"                → before: the phrase after "according to"
//   PENCE: "Q"                                   → label before a colon
import type { Token } from '../types.js';
import {
  clauseSubject, cueAt, isAccordingTo, isCap, isDash, isPossessive, isPronoun, isWord, low, npLeft, npRight,
  possessedNounCue, skipAppositiveRight, skipFillersLeft, skipFillersRight, type Phrase,
} from './phrases.js';
import { NP_STOPS, TIME_WORDS } from '../lexicon/speaker-words.js';

export interface Found {
  subject: Phrase | null;
  /** Token range of the cue. */
  cue: Phrase | null;
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', "'s", 'get', 'got', 'gets']);

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
    if (np && !TIME_WORDS.has(low(tokens[np.s]))) return { subject: np, cue: { s: k, e: k + 1 } };
    return null;
  }
  if (NP_STOPS.has(low(tokens[k])) && !isCap(tokens[k])) return null;
  const np = npRight(tokens, k, hi);
  if (!np) return null;
  let j = skipFillersRight(tokens, np.e, hi);
  j = skipAppositiveRight(tokens, j, hi);
  j = skipFillersRight(tokens, j, hi);
  const cue = cueAt(tokens, j, -1);
  if (cue && cue.form !== 'ing') return { subject: np, cue: { s: j, e: j + 1 } };
  if (isAccordingTo(tokens, j)) return null;
  // "Q" — Brian Fallon: a sign-off names the speaker without a verb.
  if (dash >= 0 && isCap(tokens[np.s]) && (np.e >= hi || /^[(.]$/.test(tokens[np.e].text))) {
    return { subject: np, cue: { s: dash, e: dash + 1 } };
  }
  return null;
}

/** The subject of the cue verb at c, looking left within [lo, c). */
export function subjectOf(tokens: Token[], c: number, lo: number, participle: boolean): Phrase | null {
  const j = skipFillersLeft(tokens, c - 1, lo);
  if (j < lo) {
    // "Said Smith: ..." / "Continued Stone: ..." — an inverted cue at the clause start.
    return npRight(tokens, c + 1, Math.min(tokens.length, c + 12));
  }
  const w = low(tokens[j]);
  if (w === 'and' || w === 'but' || w === 'or' || w === 'then') return clauseSubject(tokens, lo, c);
  if (w === ',') {
    if (participle) return clauseSubject(tokens, lo, c);
    // "X, the campaign manager of ..., told": the phrase before the previous comma.
    let p = j - 1;
    while (p > lo && p > j - 30 && tokens[p].text !== ',') p--;
    if (p > lo && tokens[p].text === ',') {
      const np = npLeft(tokens, skipFillersLeft(tokens, p - 1, lo), lo);
      if (np) return np;
    }
    return clauseSubject(tokens, lo, c);
  }
  if (w === 'who' || w === 'which' || w === 'that') {
    let k = j - 1;
    if (tokens[k]?.text === ',') k--;
    return npLeft(tokens, k, lo);
  }
  if (participle) {
    const np = npLeft(tokens, j, lo);
    // "Trump's spokesman, saying" is rare; "as saying" / "by saying" mean the clause subject.
    return np && np.e === c ? np : clauseSubject(tokens, lo, c);
  }
  return npLeft(tokens, j, lo) ?? clauseSubject(tokens, lo, c);
}

/** Is the cue at c a passive or reduced relative ("was accused", "in prison accused of")? */
function passiveUse(tokens: Token[], c: number, lo: number, passive: boolean): boolean {
  const prev = low(tokens[c - 1]);
  if (BE.has(prev) && /(?:ed|en|told|said|asked)$/.test(low(tokens[c]))) return true;
  if (!passive) return false;
  const next = low(tokens[c + 1]);
  return c - 1 >= lo && /^[a-z]+$/.test(tokens[c - 1].text) && !isPronoun(tokens[c - 1]) && ['of', 'as', 'by'].includes(next);
}

/** The nearest cue before the quote, in [lo, open), and its subject. */
export function speakerBefore(tokens: Token[], lo: number, open: number): Found | null {
  for (let c = open - 1; c >= lo; c--) {
    if (isAccordingTo(tokens, c)) {
      const np = npRight(tokens, c + 2, open);
      if (np) return { subject: np, cue: { s: c, e: c + 2 } };
      continue;
    }
    if (possessedNounCue(tokens, c)) {
      return { subject: npLeft(tokens, c - 2, lo), cue: { s: c, e: c + 1 } };
    }
    const cf = cueAt(tokens, c, lo);
    if (!cf) continue;
    if (passiveUse(tokens, c, lo, !!cf.entry.passive)) continue;
    const subject = subjectOf(tokens, c, lo, cf.form === 'ing');
    return { subject, cue: { s: c, e: c + 1 } };
  }
  // "PENCE: "..."" and "Trump on Twitter: "..."": a label before a colon.
  const colon = open - 1;
  if (colon >= lo && tokens[colon].text === ':' && colon - lo <= 6) {
    const np = clauseSubject(tokens, lo, colon);
    if (np && isCap(tokens[np.s])) return { subject: np, cue: { s: colon, e: colon + 1 } };
  }
  return null;
}

/** The speaker of the clause [lo, hi) that has no quote: "Smith said the plan would fail." → Smith. */
export function clauseSpeaker(tokens: Token[], lo: number, hi: number): Found | null {
  // A paragraph that ends in a colon introduces the next one: "Stated Stone:".
  for (let c = lo; c < hi; c++) {
    if (isAccordingTo(tokens, c)) {
      const np = npRight(tokens, c + 2, hi);
      if (np) return { subject: np, cue: { s: c, e: c + 2 } };
    }
    const cf = cueAt(tokens, c, lo);
    if (!cf || cf.form === 'ing' || passiveUse(tokens, c, lo, !!cf.entry.passive)) continue;
    const subject = subjectOf(tokens, c, lo, false);
    if (subject) return { subject, cue: { s: c, e: c + 1 } };
  }
  // A transcript label at the clause start: "PENCE: Well, ...".
  for (let c = lo; c < Math.min(hi, lo + 5); c++) {
    if (tokens[c].text === ':' && c > lo && isCap(tokens[lo]) && tokens.slice(lo, c).every((t) => isWord(t) && (isCap(t) || isPossessive(t)))) {
      return { subject: { s: lo, e: c }, cue: { s: c, e: c + 1 } };
    }
  }
  return null;
}
