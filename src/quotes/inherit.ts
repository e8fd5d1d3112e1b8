// Step 4: quotes without a cue of their own take a speaker from their neighbours.
//
//   "Part one of the statement.           ┐ one multi-paragraph quote: every part gets the speaker
//   "Part two," the minister said.        ┘ found in any of them
//   "We will rebuild," Mayor Ann Lee said.
//   "It will take years."                 → Ann Lee (the previous quote's speaker)
//   Her rival Tom Hart said the plan was empty:
//   "It is a fantasy."                    → Tom Hart: a change of speaker is noticed first
import { NOT_SUBJECT_HEADS, PERSON_PRONOUNS } from '../lexicon/clause-words.js';
import type { Segmented } from '../types.js';
import type { Candidate } from './candidates.js';
import { blocksAdjacent, sentenceStartOf, type Para } from './paragraphs.js';
import { clauseSubject } from './phrases.js';
import { isCap, low, type Reading } from './reading.js';
import { clauseSpeaker } from './speaker-before.js';
import type { Found } from './subject.js';

const hasSpeaker = (c: Candidate) => !!c.found?.subject;
const source = (c: Candidate): Candidate | null => (hasSpeaker(c) ? c : c.inherited);
/** A stand-in candidate that carries a speaker found in paragraph `para`. */
const carrier = (c: Candidate, para: number, found: Found): Candidate => ({ ...c, para, found, inherited: null, continues: null });

export function inherit(seg: Segmented, paras: Para[], kept: Candidate[]): void {
  // Multi-paragraph quotes: the parts share the speaker found in any part (the first that has one).
  const nextPart = new Map<Candidate, Candidate>();
  for (const c of kept) if (c.continues) nextPart.set(c.continues, c);
  for (const c of kept) {
    if (!c.continues || c.continues.continues) continue;
    const group: Candidate[] = [c.continues];
    for (let p: Candidate | undefined = c; p; p = nextPart.get(p)) group.push(p);
    const speaking = group.find(hasSpeaker);
    if (speaking) for (const g of group) if (!hasSpeaker(g)) g.inherited = speaking;
  }

  const keptSet = new Set(kept);
  kept.forEach((c, i) => {
    if (hasSpeaker(c) || c.inherited) return;
    const prev = kept[i - 1];
    const para = paras[c.para];
    if (prev && prev.para === c.para) {
      // "..." Garcia says. She says people should ... . "Q" — a speech clause in between changes the speaker.
      const between = clauseSpeakerFrom(para, prev.after, c.open);
      c.inherited = between ? carrier(c, c.para, between) : source(prev);
      return;
    }
    // A cue-less quote inside a paragraph: the speaker of the sentence before it. "X called him a
    // master at deals. "He showed again and again ..."".
    if (c.open > 0) {
      const sentence = sentenceStartOf(para, c.open);
      if (sentence > 0 && sentence === c.open) {
        // Only the sentence just before: a long paragraph of cue-less quotes stays linear.
        const prevStart = sentenceStartOf(para, sentence - 1);
        const f = clauseSpeakerFrom(para, prevStart, sentence) ?? lastSubject(para, prevStart, sentence, false);
        if (f) c.inherited = carrier(c, c.para, f);
      }
      return;
    }
    // A paragraph opening with a cue-less quote: the previous paragraph's speaker, unless that
    // paragraph ends with someone else's speech ("Smith said ... .") or introduces one ("Stated Stone:").
    if (c.para === 0) return;
    const before = paras[c.para - 1];
    if (!blocksAdjacent(seg, before.block, para.block)) return;
    let lastQ: Candidate | undefined;
    for (let j = i - 1; j >= 0 && kept[j].para >= c.para - 1; j--) if (kept[j].para === c.para - 1 && keptSet.has(kept[j])) { lastQ = kept[j]; break; }
    const from = lastQ ? lastQ.after : 0;
    // The paragraph's last sentence first: "Trump added. He then had a question for the crowd." → He.
    const end = before.tokens.length;
    const last = Math.max(from, sentenceStartOf(before, end - 1));
    const intro = (last >= from ? clauseSpeakerFrom(before, last, end) ?? lastSubject(before, last, end, true) : null)
      ?? clauseSpeakerFrom(before, Math.max(from, end - WINDOW), end);
    if (intro) c.inherited = carrier(c, c.para - 1, intro);
    else if (lastQ) c.inherited = source(lastQ);
  });
}

/** How far back (in tokens) a speaker is looked for: keeps giant paragraphs linear. */
const WINDOW = 120;

/** The last speech clause in tokens [from, to) of a paragraph: "Smith said the plan would fail." / "Stated Stone:". */
function clauseSpeakerFrom(p: Para, from: number, to: number): Found | null {
  from = Math.max(from, to - WINDOW);
  const starts: number[] = [];
  for (let i = from; i < to; i++) if (p.sentStart[i] || i === from) starts.push(i);
  for (let k = starts.length - 1; k >= 0; k--) {
    const e = k + 1 < starts.length ? starts[k + 1] : to;
    const f = clauseSpeaker(p, starts[k], e);
    if (f?.subject) return f;
  }
  return null;
}


/** The subject of the last sentence in p after `from`, when it is a he/she, a phrase before a colon,
 *  or (mid-paragraph) a name: "He then had a question for the crowd. "Who's going to pay?"" */
function lastSubject(p: Para, from: number, to: number, strict: boolean): Found | null {
  const s = Math.max(from, sentenceStartOf(p, to - 1));
  if (to - s > WINDOW) return null;
  const np = clauseSubject(p, s, to);
  if (!np) return null;
  const w = low(p, np.s);
  const colon = p.tokens[to - 1].text === ':';
  if (PERSON_PRONOUNS.has(w) || colon || (!strict && isCap(p, np.s) && np.e - np.s <= 4 && !NOT_SUBJECT_HEADS.has(w))) return { subject: np, cue: null };
  return null;
}
