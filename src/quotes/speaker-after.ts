// The speaker of a quote from the words right after it.
//
//   "Q," Lukashenko said.                        → phrase then cue
//   "Q," said Lukashenko.                        → cue then phrase
//   "Q," Maria Kolesnikova, the ..., told ...    → appositives skipped
//   "Q," as a Homeland Security memo put it.     → "as" clause
//   "Q" — Brian Fallon                            → dash sign-off
//   "Q" to drive up the stock price, she said.   → sentence-final tag (speakerTail)
import { isAccordingTo, npLeft, npRight, skipAppositiveRight, skipFillersLeft, skipFillersRight } from './phrases.js';
import { cueAt } from './cues.js';
import { cueAfterSubject, cueInText, isCap, isDash, isPronoun, isWord, low, type Reading } from './reading.js';
import { NP_STOPS, TIME_WORDS } from '../lexicon/speaker-words.js';
import { AUDIENCE_FIRST, BARE_TAG_SUBJECTS, RELATIVES } from '../lexicon/clause-words.js';
import { cueEnd } from '../lexicon/cue-verbs.js';
import type { Found } from './subject.js';
import type { Phrase } from './phrases.js';
import type { CueForm } from '../lexicon/cue-verbs.js';
import { firstAnswer, type Rule } from './rule.js';
import { roleNoun } from '../lexicon/roles.js';

/** What the rules know of the words right after a quote: [a, hi) is the rest of the clause. */
interface After {
  r: Reading;
  a: number;
  hi: number;
  /** The first token past commas and dashes, and the last dash skipped (-1 if none). */
  k: number;
  dash: number;
  /** What that token opens; each rule applies to one kind. */
  opener: 'according' | 'verb' | 'as' | 'phrase' | 'none';
  /** The cue verb at k, for 'verb'. */
  cue: CueForm | null;
  /** For 'phrase': the phrase at k and the first token after it and any fillers. */
  np: Phrase | null;
  j: number;
  /** After a quotation in marks (not reported speech, whose tags "Energy and Mines Minister X said" share its reading). */
  marked: boolean;
}

function readAfter(r: Reading, a: number, hi: number, marked: boolean): After {
  let k = a;
  let dash = -1;
  // A stray closing mark after a comma is skipped: "... wall” on our border,’ she wrote."
  const stray = (i: number) => /^[’”]$/.test(r.tokens.text(i)) && r.tokens.text(i - 1) === ',';
  while (k < hi && (r.tokens.text(k) === ',' || isDash(r, k) || stray(k))) { if (isDash(r, k)) dash = k; k++; }
  const ctx: After = { r, a, hi, k, dash, opener: 'none', cue: null, np: null, j: k, marked };
  if (k >= hi) return ctx;
  if (isAccordingTo(r, k)) return { ...ctx, opener: 'according' };
  const cf = cueAt(r, k, a);
  if (cf && cf.form !== 'ing') return { ...ctx, opener: 'verb', cue: cf };
  if (low(r, k) === 'as' && k + 1 < hi) return { ...ctx, opener: 'as' };
  if (NP_STOPS.has(low(r, k)) && !isCap(r, k) && !isPronoun(r, k)) return ctx;
  const np = npRight(r, k, hi);
  return np ? { ...ctx, opener: 'phrase', np, j: skipFillersRight(r, np.e, hi) } : ctx;
}

/** Cues that in an "as" clause tell when, not who said it: "as strikes continued", "as talks began". */
const AS_CLAUSE_TIME_VERBS: ReadonlySet<string> = new Set(['continue', 'begin']);

/** Words that go on a firm's name after "and": "Morgan Grenfell and Co", "Smith and Sons". */
const FIRM_AFTER_AND: ReadonlySet<string> = new Set(['co', 'company', 'sons', 'partners', 'associates']);

/** The tags after a quote, in order; each applies to what the first word after the quote opens. */
export const AFTER_RULES: ReadonlyArray<Rule<After>> = [
  {
    id: 'after:according-to',
    reason: 'a source after the quote: ""...," according to the ministry."',
    example: '"The talks have failed," according to a senior diplomat.',
    speaker: 'a senior diplomat',
    find: ({ r, k, hi, opener }) => {
      if (opener !== 'according') return null;
      const np = npRight(r, k + 2, hi);
      return np ? { subject: np, cue: { s: k, e: k + 2 } } : null;
    },
  },
  {
    id: 'after:verb-subject',
    reason: 'an inverted tag, the verb first: ""...," said Smith." / ""...," says the senator, "...""',
    example: '"We are not afraid," said Maria Kolesnikova.',
    speaker: 'Maria Kolesnikova',
    find: ({ r, k, hi, opener, cue }) => {
      // (never "told" and its kin: ""...," told Reuters" has the audience after it, not the speaker)
      if (opener !== 'verb' || !cue || AUDIENCE_FIRST.has(cue.entry.lemma)) return null;
      const np = npRight(r, skipFillersRight(r, cueEnd(cue, k), hi), hi);
      return np && !TIME_WORDS.has(low(r, np.e - 1)) ? { subject: np, cue: { s: k, e: cueEnd(cue, k) } } : null;
    },
  },
  {
    id: 'after:as-clause',
    reason: 'an "as" clause: ""...," as a Homeland Security memo put it." / ""...," as he said."',
    example: '"A fortress of lies," as the opposition leader put it.',
    speaker: 'the opposition leader',
    find: ({ r, k, hi, opener }) => {
      if (opener !== 'as') return null;
      const np = npRight(r, k + 1, hi);
      if (!np) return null;
      const j = skipFillersRight(r, np.e, hi);
      const cf = cueAfterSubject(r, j);
      if (!cf || cf.form === 'ing') return null;
      // "... "at a critical stage", as strikes continued overnight": a verb of going on tells when, and a
      // cue with an object of its own is another event ("as it confirmed plans to buy back ...")
      const e = cueEnd(cf, j);
      if (AS_CLAUSE_TIME_VERBS.has(cf.entry.lemma) || (cf.entry.nounObject && e < hi && isWord(r, e) && low(r, e) !== 'it')) return null;
      return { subject: np, cue: { s: j, e } };
    },
  },
  {
    id: 'after:subject-verb',
    reason: 'the common news tag, subject then verb: ""...," Lukashenko said." A bare form needs a plural: ""...," officials say", not "a Donald Trump tweet"',
    example: '"They demand new elections," Lukashenko said.',
    speaker: 'Lukashenko',
    find: ({ r, opener, np, j }) => {
      if (opener !== 'phrase' || !np) return null;
      const cue = cueAfterSubject(r, j);
      const plural = BARE_TAG_SUBJECTS.has(low(r, np.e - 1)) || /[a-z]s$/.test(r.tokens.text(np.e - 1));
      if (cue && (cue.form === 'finite' || (cue.form === 'base' && (plural || cue.entry.samePast)))) return { subject: np, cue: { s: j, e: cueEnd(cue, j) } };
      return null;
    },
  },
  {
    id: 'after:coordinated-subjects',
    reason: 'two speakers joined by "and" before the verb: ""...," Nick Clegg and Jennifer Newstead said in a statement" — the first named speaks for both; one person with two titles ("chairman and chief executive Richard Parsons said") is that person',
    example: '"We will appeal," Maria Kolesnikova and Maxim Znak said in a statement.',
    speaker: 'Maria Kolesnikova',
    find: ({ r, hi, opener, np, j, marked }) => {
      // (only after marks: in reported speech the "and" is more often inside a body's name, "the Energy
      // and Mines Minister said", "Standard and Poor's noted")
      if (!marked || opener !== 'phrase' || !np || low(r, j) !== 'and') return null;
      const second = npRight(r, j + 1, hi);
      if (!second) return null;
      const v = skipFillersRight(r, second.e, hi);
      const cue = cueAfterSubject(r, v);
      if (!cue || (cue.form !== 'finite' && cue.form !== 'base')) return null;
      // each phrase must end in a name, no title: "Chairman and Chief Executive Richard Parsons said" is one
      // person with two titles, "Morgan Grenfell and Co economist Stephen Bell said" one of a firm;
      // not "an "Oh, s---" moment and deleted ... a program called"
      const named = (p: Phrase) => isCap(r, p.e - 1) && !roleNoun(r.tokens.text(p.e - 1));
      if (!named(second)) return null;
      // "analyst Jack Kirnan of Kidder Peabody and Co told": one phrase
      const subject = FIRM_AFTER_AND.has(low(r, j + 1)) ? { s: np.s, e: second.e } : named(np) ? np : second;
      return { subject, cue: { s: v, e: cueEnd(cue, v) } };
    },
  },
  {
    id: 'after:appositive',
    reason: 'appositives between the subject and its verb, however many: ""...," X, the attorney general of Oklahoma, one of the states suing ..., said"; also an inverted subject after them ("..., said Michael Kofman")',
    example: '"We will not give up," Maria Kolesnikova, a member of the opposition council, told reporters.',
    speaker: 'Maria Kolesnikova',
    find: ({ r, hi, opener, np, j }) => {
      if (opener !== 'phrase' || !np || r.tokens.text(j) !== ',') return null;
      for (let m = j + 1; m < hi && m < j + 45; m++) {
        // A mark between two capitals is a nickname's: "Del. Marcia "Cia" Price (D-Newport News), shouted".
        const nickname = /^["“”]$/.test(r.tokens.text(m)) && isCap(r, m - 1) && isCap(r, m + 1);
        if ((/^[;?!"“”«»]$/.test(r.tokens.text(m)) && !nickname) || (r.tokens.text(m) === '.' && !/^[,)]$/.test(r.tokens.text(m + 1) ?? ''))) return null;
        const cf = cueInText(r, m);
        // "policies, which he said had harmed ...": a relative clause with a speaker of its own.
        if (cf && RELATIVES.has(low(r, j + 1)) && r.tokens.text(m - 1) !== ',') return null;
        if (cf && cf.form !== 'ing' && !RELATIVES.has(low(r, m - 1)) && (r.tokens.text(m - 1) === ',' || isWord(r, m - 1))) {
          if (!(r.tokens.texts(j + 1, m).includes(',') || m - j <= 12)) return null;
          const cue = { s: m, e: cueEnd(cf, m) };
          // ""in homage to" Lazar, Song wrote": a bare name right before the verb is its subject.
          // "Any "cleareyed" interpretation of Mr. Kerry's actions, said Michael Kofman, ...": inverted.
          if (r.tokens.text(m - 1) === ',' && isCap(r, m + 1) && !TIME_WORDS.has(low(r, m + 1)) && !cf.entry.object) {
            const inv = npRight(r, cueEnd(cf, m), hi);
            if (inv) return { subject: inv, cue };
          }
          const near = r.tokens.text(m - 1) !== ',' ? npLeft(r, skipFillersLeft(r, m - 1, j + 1), j + 1) : null;
          if (near && near.s >= j + 1 && r.tokens.text(near.s - 1) === ',' && isCap(r, near.s) && near.e - near.s <= 3) return { subject: near, cue };
          return { subject: np, cue };
        }
      }
      return null;
    },
  },
  {
    id: 'after:sign-off',
    reason: 'a dash and a name sign a quote without a verb: ""..." — Brian Fallon"',
    example: 'Her answer to the president was short. "We will not give up" — Svetlana Tikhanovskaya.',
    speaker: 'Svetlana Tikhanovskaya',
    find: ({ r, hi, opener, np, j, dash }) => {
      if (opener !== 'phrase' || !np || dash < 0) return null;
      if (isAccordingTo(r, skipAppositiveRight(r, j, hi))) return null;
      // The name ends the clause, or the next quote of a list opens: ""Q1" — Ann Lee "Q2" — Tom Hart".
      return isCap(r, np.s) && (np.e >= hi || /^[(.“"]$/.test(r.tokens.text(np.e))) ? { subject: np, cue: { s: dash, e: dash + 1 } } : null;
    },
  },
];

/** The speech tag right after a quote, from [a, hi): the first of AFTER_RULES that answers. `marked`: a quotation in marks. */
export function speakerAfter(r: Reading, a: number, hi: number, marked = true): Found | null {
  return firstAnswer(AFTER_RULES, readAfter(r, a, hi, marked));
}

/** A sentence-final speech tag after the quote: ""Q" to drive up the stock price, she said." */
export function speakerTail(r: Reading, a: number, hi: number): Found | null {
  for (let k = a; k < hi; k++) {
    if (r.tokens.text(k) !== ',') continue;
    const f = speakerAfter(r, k + 1, hi);
    if (f?.cue && f.subject && low(r, f.cue.e) !== 'that' && cueInText(r, f.cue.s)) return f;
  }
  return null;
}

