// Step 2: the cue and speaker of each quote from the clause around it, and its kind. Tried in order:
// a transcript label inside the quote, a tag right after it, a sentence-final tag, a cue before it.
//
//   ""PENCE: Well, look, ..."             → PENCE (label)
//   ""...," Lukashenko said."             → after
//   ""You squeezed employees" to drive up the stock price, she said."  → tail
//   "Merkel told Putin that ... must "..."" → before
import { TAG_OPENERS, TRANSCRIPT_HONORIFICS } from '../lexicon/clause-words.js';
import type { Candidate } from './candidates.js';
import { sentenceEndOf, sentenceStartOf, type Para } from './paragraphs.js';
import { npRight } from './phrases.js';
import { isCap, isPronoun, type Reading } from './reading.js';
import { speakerAfter, speakerTail } from './speaker-after.js';
import { speakerBefore } from './speaker-before.js';
import type { Found } from './subject.js';

const WINDOW = 80;

const words = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

export function attribute(text: string, para: Para, list: Candidate[]): void {
  const r = para;
  const t = para.tokens;
  // A short earlier quote ("Morning Joe", "founder") does not end the clause around this one.
  let barrier: Candidate | undefined;
  list.forEach((c, k) => {
    if (k > 0 && words(text.slice(list[k - 1].pair.start, list[k - 1].pair.end)) > 3) barrier = list[k - 1];
    const next = list[k + 1];
    // Clauses are read within a window of tokens around the quote, so a paragraph of thousands of
    // quotes with no sentence break stays linear.
    const sentence = Math.max(sentenceStartOf(para, c.open), c.open - WINDOW);
    const lo = Math.max(barrier ? barrier.after : 0, sentence);
    const contentEnd = text.slice(c.pair.start, c.pair.end).replace(/[\s"'“”‘’»]+$/, '');
    let hi = next ? next.open : t.length;
    let near = false;
    if (c.pair.unclosed) hi = c.after;
    else {
      // A speech tag after a sentence break: ""How big is that wall?" Smith asked." — close by only.
      if (c.after < t.length && para.sentStart[c.after] && !/[?!—–-]$/.test(contentEnd)) near = true;
      hi = Math.min(hi, sentenceEndOf(para, c.after), c.after + WINDOW);
    }
    const label = transcriptLabel(r, c.from, c.to);
    let after = c.pair.unclosed ? null : speakerAfter(r, c.after, hi);
    // After a sentence break only a bare tag counts: ""Q." Smith said." — not "She adds, "..."".
    if (after?.cue && near && (after.cue.s - c.after > 8 || hi - after.cue.e > 4 || !/^[.!?]$/.test(t[hi - 1].text)
      || t.slice(after.cue.e, hi).some((x) => /^["“”«»']$/.test(x.text)))) after = null;
    // ""...," the nominee riffed.": after a quote that ends in a comma, any past-tense verb is a cue.
    if (!after && !near && !c.pair.unclosed && /[,?!]$/.test(contentEnd)) after = openClassTag(r, c.after, hi);
    const tail = after || near || c.pair.unclosed ? null : speakerTail(r, c.after, hi);
    const before = speakerBefore(r, lo, c.open, Math.min(lo, sentence));
    c.found = label ?? after ?? tail ?? before;
    // Kind: the quote is the whole content when it opens its clause or follows a colon or comma, or a
    // cue directly when it starts with a capital ("said "Nobody ...""); otherwise it is a fragment.
    const lead = t.slice(lo, c.open);
    const last = lead[lead.length - 1];
    const leadIsCue = before?.cue && before.cue.e === c.open;
    c.kind = !lead.length || /^[:,—–-]$/.test(last.text) || (leadIsCue && /^\p{Lu}/u.test(text.slice(c.pair.start, c.pair.start + 1))) ? 'direct' : 'partial';
  });
}

/** ""...," the nominee riffed.": a phrase and a past-tense verb (and little after) right after a quote. */
function openClassTag(r: Reading, a: number, hi: number): Found | null {
  const t = r.tokens;
  let k = a;
  while (k < hi && t[k].text === ',') k++;
  if (k >= hi || !(isCap(r, k) || isPronoun(r, k) || TAG_OPENERS.has(t[k].text.toLowerCase()))) return null;
  const np = npRight(r, k, hi);
  if (!np) return null;
  // The phrase scan may have run on into the verb: "the nominee riffed".
  for (let v = np.s + 1; v <= Math.min(np.e, hi - 1); v++) {
    if (/^[a-z]+ed$/.test(t[v].text)) return { subject: { s: np.s, e: v }, cue: { s: v, e: v + 1 } };
  }
  return null;
}

/** "PENCE: Well, ..." at the start of a quote: a transcript label in capitals. */
function transcriptLabel(r: Reading, from: number, to: number): Found | null {
  const t = r.tokens;
  for (let i = from; i < Math.min(to, from + 4); i++) {
    if (t[i].text !== ':') continue;
    if (i > from && t.slice(from, i).every((x) => /^[\p{Lu}.'’-]{2,}$/u.test(x.text) || TRANSCRIPT_HONORIFICS.has(x.text))) {
      return { subject: { s: from, e: i }, cue: { s: i, e: i + 1 } };
    }
    return null;
  }
  return null;
}
