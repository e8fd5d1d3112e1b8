// Step 2: the cue and speaker of each quote from the clause around it, and its kind. Tried in order:
// a transcript label inside the quote, a tag right after it, a sentence-final tag, a cue before it.
//
//   ""PENCE: Well, look, ..."             → PENCE (label)
//   ""...," Lukashenko said."             → after
//   ""You squeezed employees" to drive up the stock price, she said."  → tail
//   "Merkel told Putin that ... must "..."" → before
import { ARTICLES, AUXILIARIES, IRREGULAR_PASTS, TAG_OPENERS, TRANSCRIPT_HONORIFICS } from '../lexicon/clause-words.js';
import type { QuoteSpan } from './candidates.js';
import { firstAnswer, type Rule } from './rule.js';
import { isNickname } from './filters.js';
import { sentenceEndOf, sentenceStartOf, type Para } from './paragraphs.js';
import { npRight } from './phrases.js';
import { isCap, isPronoun, low, startsSentence, type Reading } from './reading.js';
import { speakerAfter, speakerTail } from './speaker-after.js';
import { speakerBefore } from './speaker-before.js';
import type { Found } from './subject.js';

const WINDOW = 80;

const words = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** A quote with the cue and speaker its own clause gives (none when it has none), and its kind. */
export interface Attributed {
  readonly quote: QuoteSpan;
  readonly found: Found | null;
  readonly kind: 'direct' | 'partial';
}

/** What the rules know of one quote and the clause around it. */
interface Around {
  r: Reading;
  q: QuoteSpan;
  /** The clause before the quote starts at lo (sentence start, or after an earlier quote), in a sentence from slo. */
  lo: number;
  slo: number;
  /** The clause after the quote ends before hi. */
  hi: number;
  /** The quote ends its sentence and the tag (if any) stands after the break: ""Q?" Smith asked." */
  near: boolean;
  /** The quote's words end with a comma, ? or !: ""...," the nominee riffed." */
  openEnded: boolean;
  /** speakerBefore, asked once: the kind of the quote needs it whatever rule wins. */
  before: () => Found | null;
}

/** How a quote's own clause names its speaker, in order; the first that answers wins. */
export const QUOTE_RULES: ReadonlyArray<Rule<Around>> = [
  {
    id: 'transcript-label',
    reason: 'a transcript label in capitals opens the quote: ""PENCE: Well, look, ...""',
    example: '"KOLESNIKOVA: We will not leave the country."',
    speaker: 'KOLESNIKOVA',
    find: ({ r, q }) => transcriptLabel(r, q.from, q.to),
  },
  {
    id: 'after',
    reason: 'a speech tag right after the quote (AFTER_RULES); after a sentence break only a bare tag counts: ""Q." Smith said." — not "She adds, "..."", nor one after a quote inside a sentence of its own ("X wrote that both were "...." Neither company responded.")',
    example: '"They demand new elections," Lukashenko said.',
    speaker: 'Lukashenko',
    find: ({ r, q, hi, near, slo }) => {
      if (q.pair.unclosed || (near && q.open > slo)) return null;
      const after = speakerAfter(r, q.after, hi);
      const t = r.tokens;
      if (after?.cue && near && (after.cue.s - q.after > 8 || hi - after.cue.e > 4 || !/^[.!?]$/.test(t.text(hi - 1))
        || t.texts(after.cue.e, hi).some((x) => /^["“”«»']$/.test(x)))) return null;
      return after;
    },
  },
  {
    id: 'after:open-class',
    reason: 'after a quote that ends in a comma, any past-tense verb after a phrase is a cue: ""...," the nominee riffed." — not one with an object: ""...," he targeted a ..."',
    example: '"This is only the beginning," the young activist beamed.',
    speaker: 'the young activist',
    find: ({ r, q, hi, near, openEnded }) => (!near && !q.pair.unclosed && openEnded ? openClassTag(r, q.after, hi) : null),
  },
  {
    id: 'tail',
    reason: 'a sentence-final tag after the quote\'s clause: ""You squeezed employees" to drive up the stock price, she said."',
    example: 'Critics called the vote "a sham" to keep the president in power, the activist said.',
    speaker: 'the activist',
    find: ({ r, q, hi, near }) => {
      if (near || q.pair.unclosed) return null;
      const f = speakerTail(r, q.after, hi);
      return f && { ...f, rule: 'tail' };
    },
  },
  {
    id: 'participle-main-subject',
    reason: 'an opening participle clause has the main clause\'s subject: "After saying her foot was "so swollen ...," she was rushed ..."',
    example: 'After saying the talks were "a complete waste of time," she left the room.',
    speaker: 'she',
    find: ({ r, q, hi, openEnded, before }) => {
      const b = before();
      if (!b?.cue || b.subject || !/ing$/.test(low(r, b.cue.s)) || q.pair.unclosed) return null;
      const k = r.tokens.text(q.after) === ',' ? q.after + 1 : openEnded ? q.after : -1;
      if (k < 0 || !(isPronoun(r, k) || isCap(r, k) || TAG_OPENERS.has(low(r, k)))) return null;
      const np = npRight(r, k, hi);
      if (!np) return null;
      // The phrase scan may run on into the main verb: "the senator left the room".
      let e = np.s + 1;
      while (e < np.e && !(AUXILIARIES.has(low(r, e)) || IRREGULAR_PASTS.has(low(r, e)) || /^[a-z]+ed$/.test(r.tokens.text(e)))) e++;
      return { subject: { s: np.s, e }, cue: b.cue };
    },
  },
  {
    id: 'before',
    reason: 'a cue before the quote (BEFORE_CUE_RULES, then BEFORE_STEPS): "Merkel told Putin that ... must "...""',
    example: 'Merkel told Putin that the violence must "stop at once."',
    speaker: 'Merkel',
    find: ({ before }) => before(),
  },
];

/** Each quote of a paragraph with the speaker its own clause gives. */
export function attribute(text: string, para: Para, all: QuoteSpan[]): Attributed[] {
  const r = para;
  const t = para.tokens;
  // A nickname inside a name ("Del. Marcia "Cia" Price shouted") is part of the clause around it:
  // no quote, and no end of that clause (filters.ts says what a nickname is).
  const list = all.filter((q) => !isNickname(r, q));
  // A short earlier quote ("Morning Joe", "founder") does not end the clause around this one.
  let barrier: QuoteSpan | undefined;
  return list.map((q, k) => {
    if (k > 0 && words(text.slice(list[k - 1].pair.start, list[k - 1].pair.end)) > 3) barrier = list[k - 1];
    const next = list[k + 1];
    // Clauses are read within a window of tokens around the quote, so a paragraph of thousands of
    // quotes with no sentence break stays linear.
    const sentence = Math.max(sentenceStartOf(para, q.open), q.open - WINDOW);
    const lo = Math.max(barrier ? barrier.after : 0, sentence);
    const contentEnd = text.slice(q.pair.start, q.pair.end).replace(/[\s"'“”‘’»]+$/, '');
    let hi = next ? next.open : t.length;
    let near = false;
    if (q.pair.unclosed) hi = q.after;
    else {
      // A speech tag after a sentence break: ""How big is that wall?" Smith asked." — close by only.
      if (q.after < t.length && startsSentence(para, q.after) && !/[?!—–-]$/.test(contentEnd)) near = true;
      hi = Math.min(hi, sentenceEndOf(para, q.after), q.after + WINDOW);
    }
    let before: Found | null | undefined;
    const around: Around = {
      r, q, lo, slo: Math.min(lo, sentence), hi, near, openEnded: /[,?!]$/.test(contentEnd),
      before: () => (before === undefined ? (before = speakerBefore(r, lo, q.open, Math.min(lo, sentence))) : before),
    };
    const found = firstAnswer(QUOTE_RULES, around);
    // Kind: the quote is the whole content when it opens its clause or follows a colon or comma, or a
    // cue directly when it starts with a capital ("said "Nobody ...""); otherwise it is a fragment.
    const lead = t.slice(lo, q.open);
    const last = lead.text(lead.length - 1);
    const b = around.before();
    const leadIsCue = b?.cue && b.cue.e === q.open;
    const kind = !lead.length || /^[:,—–-]$/.test(last) || (leadIsCue && /^\p{Lu}/u.test(text.slice(q.pair.start, q.pair.start + 1))) ? 'direct' : 'partial';
    return { quote: q, found, kind };
  });
}

/** ""...," the nominee riffed.": a phrase and a past-tense verb (and little after) right after a quote. */
function openClassTag(r: Reading, a: number, hi: number): Found | null {
  const t = r.tokens;
  let k = a;
  while (k < hi && t.text(k) === ',') k++;
  if (k >= hi || !(isCap(r, k) || isPronoun(r, k) || TAG_OPENERS.has(t.text(k).toLowerCase()))) return null;
  const np = npRight(r, k, hi);
  if (!np) return null;
  // The phrase scan may have run on into the verb: "the nominee riffed".
  for (let v = np.s + 1; v <= Math.min(np.e, hi - 1); v++) {
    if (!/^[a-z]+ed$/.test(t.text(v))) continue;
    // ""...," he targeted a seemingly random mix of ...": a verb with a direct object is the next
    // sentence's own verb, no tag.
    if (ARTICLES.has(low(r, v + 1))) return null;
    return { subject: { s: np.s, e: v }, cue: { s: v, e: v + 1 } };
  }
  return null;
}

/** "PENCE: Well, ..." at the start of a quote: a transcript label in capitals. */
function transcriptLabel(r: Reading, from: number, to: number): Found | null {
  const t = r.tokens;
  for (let i = from; i < Math.min(to, from + 4); i++) {
    if (t.text(i) !== ':') continue;
    if (i > from && t.texts(from, i).every((x) => /^[\p{Lu}.'’-]{2,}$/u.test(x) || TRANSCRIPT_HONORIFICS.has(x))) {
      return { subject: { s: from, e: i }, cue: { s: i, e: i + 1 } };
    }
    return null;
  }
  return null;
}
