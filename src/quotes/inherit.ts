// Step 4: quotes without a cue of their own take a speaker from their neighbours.
//
//   "Part one of the statement.           ┐ one multi-paragraph quote: every part gets the speaker
//   "Part two," the minister said.        ┘ found in any of them
//   "We will rebuild," Mayor Ann Lee said.
//   "It will take years."                 → Ann Lee (the previous quote's speaker)
//   Her rival Tom Hart said the plan was empty:
//   "It is a fantasy."                    → Tom Hart: a change of speaker is noticed first
import { IRREGULAR_PAST_TAGS, NOT_SUBJECT_HEADS, PERSON_PRONOUNS, RELATIVES, TAG_OPENERS } from '../lexicon/clause-words.js';
import type { Segmented } from '../types.js';
import type { QuoteSpan } from './candidates.js';
import type { Attributed } from './attribute.js';
import { firstAnswer, type Rule, type RuleInfo } from './rule.js';
import { blocksAdjacent, sentenceStartOf, type Para } from './paragraphs.js';
import { clauseSubject, skipFillersRight } from './phrases.js';
import { isCap, low, startsSentence } from './reading.js';
import { clauseSpeaker } from './speaker-before.js';
import type { Found } from './subject.js';

/** Where a quote's speaker is written: a paragraph and the cue and subject found there. */
export interface Source {
  readonly para: number;
  readonly found: Found;
  readonly rule?: string;
}

/** A kept quote with the source of its speaker: its own clause, a neighbour's, or none. */
export interface Sourced extends Attributed {
  readonly source: Source | null;
}

const own = (a: Attributed): Source | null => (a.found?.subject ? { para: a.quote.para, found: a.found, rule: a.found.rule } : null);

/** The parts of a quote that runs over several paragraphs share the speaker found in any part. */
export const MULTI_PARAGRAPH: RuleInfo = {
  id: 'inherit:multi-paragraph',
  reason: 'news convention: a quote runs on when a paragraph ends without a closing mark and the next opens with one; the parts share one speaker',
  example: '"The first part of the statement goes on.\n\n"And the second part ends it," Kolesnikova said.',
  speaker: 'Kolesnikova',
};

/** A neighbour's speaker, to be recorded under the inheriting rule's id. */
const speakerOf = (s: Source | null): Source | null => s && { para: s.para, found: s.found };

/** What the inheritance rules know: the kept quotes, the i-th being resolved, and the sources so far. */
interface Neighbours {
  seg: Segmented;
  paras: Para[];
  kept: Attributed[];
  i: number;
  sources: Array<Source | null>;
}

/** A quote with no speaker of its own takes one from its neighbours; the first rule that answers wins. */
export const INHERIT_RULES: ReadonlyArray<Rule<Neighbours, Source>> = [
  {
    id: 'inherit:next-in-sentence',
    reason: 'quotes of one sentence share the tag after the last: "Those who spend time on "certain cable shows" and "certain fringes of the internet," he said, ..."',
    example: 'Those who spend hours on "the worst websites on the internet" and "the wrong shows," she said, end up confused.',
    speaker: 'she',
    find: ({ paras, kept, i, sources }) => {
      const c = kept[i].quote;
      const next = kept[i + 1];
      if (!next || next.quote.para !== c.para || c.pair.unclosed) return null;
      const para = paras[c.para];
      if (sentenceStartOf(para, next.quote.open) !== sentenceStartOf(para, c.open)) return null;
      const src = sources[i + 1];
      return src?.rule && /^(?:after|tail)/.test(src.rule) ? speakerOf(src) : null;
    },
  },
  {
    id: 'inherit:speech-between',
    reason: 'a speech clause between two quotes of a paragraph changes the speaker: ""..." Garcia says. She says people should ... . "Q""',
    example: '"We will win," Kolesnikova said. Her colleague Maxim Znak said the strike would spread. "Nobody can stop it now."',
    speaker: 'Maxim Znak',
    find: ({ paras, kept, i }) => {
      const c = kept[i].quote;
      const prev = kept[i - 1]?.quote;
      if (!prev || prev.para !== c.para) return null;
      const between = clauseSpeakerFrom(paras[c.para], prev.after, c.open);
      return between && { para: c.para, found: between };
    },
  },
  {
    id: 'inherit:sentence-subject',
    reason: 'a cue-less quote inside a sentence whose subject is a name or he/she with a past verb: "The impostor gushed about a "common interest in ...""; "He voiced a wish for a "..."" — not the previous sentence\'s speaker',
    example: 'Kolesnikova spoke first. The visitor then gushed at length about a "shared future of peace and prosperity."',
    speaker: 'The visitor',
    find: ({ paras, kept, i }) => {
      const c = kept[i].quote;
      const para = paras[c.para];
      const s = sentenceStartOf(para, c.open);
      const prev = kept[i - 1]?.quote;
      if (c.open === s || (prev && prev.para === c.para && prev.after > s)) return null;
      const np = clauseSubject(para, s, c.open);
      if (!np || !(isCap(para, np.s) || PERSON_PRONOUNS.has(low(para, np.s)) || TAG_OPENERS.has(low(para, np.s)))) return null;
      const v = skipFillersRight(para, np.e, c.open);
      if (v >= c.open || !(/^[a-z]+ed$/.test(para.tokens.text(v)) || IRREGULAR_PAST_TAGS.has(para.tokens.text(v)))) return null;
      // "Trump hired Bannon of Breitbart, a website that has run headlines such as "..."": a relative
      // clause between has a subject of its own.
      for (let k = v + 1; k < c.open; k++) if (RELATIVES.has(low(para, k))) return null;
      return { para: c.para, found: { subject: np, cue: null } };
    },
  },
  {
    id: 'inherit:previous-quote',
    reason: 'the previous quote of the same paragraph speaks on: ""We will rebuild," Ann Lee said. "It will take years.""',
    example: 'Kolesnikova said: "We will rebuild." "It will take years."',
    speaker: 'Kolesnikova',
    find: ({ kept, i, sources }) => {
      const prev = kept[i - 1]?.quote;
      return prev && prev.para === kept[i].quote.para ? speakerOf(sources[i - 1]) : null;
    },
  },
  {
    id: 'inherit:sentence-before',
    reason: 'a cue-less quote opening a sentence mid-paragraph: the speaker of the sentence before ("X called him a master at deals. "He showed ...""); only that sentence, so a long paragraph stays linear',
    example: 'The crowd fell silent as Tikhanovskaya spoke of her husband. "He is not a criminal."',
    speaker: 'Tikhanovskaya',
    find: ({ paras, kept, i }) => {
      const c = kept[i].quote;
      const para = paras[c.para];
      if (c.open === 0 || kept[i - 1]?.quote.para === c.para) return null;
      const sentence = sentenceStartOf(para, c.open);
      if (!(sentence > 0 && sentence === c.open)) return null;
      const prevStart = sentenceStartOf(para, sentence - 1);
      const f = clauseSpeakerFrom(para, prevStart, sentence) ?? lastSubject(para, prevStart, sentence, false);
      return f && { para: c.para, found: f };
    },
  },
  {
    id: 'inherit:paragraph-before',
    reason: 'a paragraph opening with a cue-less quote: the speaker the previous paragraph ends with ("Smith said ... ." / "Stated Stone:" / "He then had a question for the crowd.")',
    example: 'Kolesnikova said the council would meet again on Friday.\n\n"We are not going anywhere."',
    speaker: 'Kolesnikova',
    find: (n) => {
      const ctx = paragraphBefore(n);
      if (!ctx) return null;
      const { before, from, para } = ctx;
      // The paragraph's last sentence first: "Trump added. He then had a question for the crowd." → He.
      const end = before.tokens.length;
      const last = Math.max(from, sentenceStartOf(before, end - 1));
      const intro = (last >= from ? clauseSpeakerFrom(before, last, end) ?? lastSubject(before, last, end, true) : null)
        ?? clauseSpeakerFrom(before, Math.max(from, end - WINDOW), end);
      return intro && { para, found: intro };
    },
  },
  {
    id: 'inherit:quote-before',
    reason: 'a paragraph opening with a cue-less quote after a paragraph that ends in a quote: that quote\'s speaker goes on',
    example: 'Kolesnikova said: "The strike will go on."\n\n"And we will win it."',
    speaker: 'Kolesnikova',
    find: (n) => {
      const ctx = paragraphBefore(n);
      return ctx?.lastQ !== undefined ? speakerOf(n.sources[ctx.lastQ]) : null;
    },
  },
];

/** For a quote that opens its paragraph: the paragraph before (when adjacent), its last kept quote, and where its speech after that quote starts. */
function paragraphBefore({ seg, paras, kept, i }: Neighbours): { before: Para; para: number; lastQ: number | undefined; from: number } | null {
  const c = kept[i].quote;
  if (c.open > 0 || c.para === 0) return null;
  const before = paras[c.para - 1];
  if (!blocksAdjacent(seg, before.block, paras[c.para].block)) return null;
  let lastQ: number | undefined;
  for (let j = i - 1; j >= 0 && kept[j].quote.para >= c.para - 1; j--) if (kept[j].quote.para === c.para - 1) { lastQ = j; break; }
  return { before, para: c.para - 1, lastQ, from: lastQ !== undefined ? kept[lastQ].quote.after : 0 };
}

/** The source of every kept quote's speaker, in order (a quote may inherit from the one before). */
export function inherit(seg: Segmented, paras: Para[], kept: Attributed[]): Sourced[] {
  const sources: Array<Source | null> = kept.map(own);
  // Multi-paragraph quotes: the parts share the speaker found in any part (the first that has one).
  const index = new Map(kept.map((a, i) => [a.quote, i]));
  const nextPart = new Map<QuoteSpan, QuoteSpan>();
  for (const a of kept) if (a.quote.continues) nextPart.set(a.quote.continues, a.quote);
  for (const a of kept) {
    const c = a.quote;
    if (!c.continues || c.continues.continues) continue;
    const group: QuoteSpan[] = [c.continues];
    for (let p: QuoteSpan | undefined = c; p; p = nextPart.get(p)) group.push(p);
    const speaking = group.map((g) => index.get(g)).find((j) => j !== undefined && own(kept[j]));
    if (speaking === undefined) continue;
    for (const g of group) {
      const j = index.get(g);
      if (j !== undefined && !sources[j]) sources[j] = { ...own(kept[speaking])!, rule: MULTI_PARAGRAPH.id };
    }
  }
  kept.forEach((_, i) => {
    if (!sources[i]) sources[i] = firstAnswer(INHERIT_RULES, { seg, paras, kept, i, sources });
  });
  // One literal with every field (a spread gave each object a shape of its own).
  return kept.map((a, i) => ({ quote: a.quote, found: a.found, kind: a.kind, source: sources[i] }));
}

/** How far back (in tokens) a speaker is looked for: keeps giant paragraphs linear. */
const WINDOW = 120;

/** The last speech clause in tokens [from, to) of a paragraph: "Smith said the plan would fail." / "Stated Stone:". */
function clauseSpeakerFrom(p: Para, from: number, to: number): Found | null {
  from = Math.max(from, to - WINDOW);
  const starts: number[] = [];
  for (let i = from; i < to; i++) if (startsSentence(p, i) || i === from) starts.push(i);
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
  const colon = p.tokens.text(to - 1) === ':';
  if (PERSON_PRONOUNS.has(w) || colon || (!strict && isCap(p, np.s) && np.e - np.s <= 4 && !NOT_SUBJECT_HEADS.has(w))) return { subject: np, cue: null };
  return null;
}
