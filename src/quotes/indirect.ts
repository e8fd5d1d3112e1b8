// Reported speech without quotation marks (kind `indirect`); text/start/end cover the reported content.
//
//   Moscow has said [it is ready to step in ...].             → cue then content ("that" optional)
//   Merkel told reporters [the talks had failed].             → the object of "told" skipped
//   [The economy is weak], the minister said.                → content then cue
//   According to officials, [six people died].               → "according to X, ..." either side
import { AUXILIARIES, CLAUSE_PRONOUNS, CLAUSE_SUBJECT_OPENERS, CONTENT_COORDINATORS, IRREGULAR_PASTS, NON_REPORTING_BEFORE, REPORT_PREPOSITIONS, SIDE_CLAUSE_OPENERS } from '../lexicon/clause-words.js';
import { cueEnd, type CueForm } from '../lexicon/cue-verbs.js';
import type { Quote, Segmented, Token } from '../types.js';
import type { MarkPair } from './marks.js';
import { spanOf, type Para } from './paragraphs.js';
import { headOf, mentionOf } from './mention.js';
import { isAccordingTo, npRight, type Phrase } from './phrases.js';
import { cueAt } from './cues.js';
import { cueInText, isWord, low, startsSentence, type Reading } from './reading.js';
import { speakerAfter } from './speaker-after.js';
import { subjectOf } from './subject.js';
import type { Resolver } from './resolve.js';
import { firstIndex } from '../util/search.js';
import { firstAnswer, type Rule } from './rule.js';

/** Can a reported clause start with this word? A pronoun, a determiner or a capitalised word. */
const subjectStart = (w: string) => CLAUSE_SUBJECT_OPENERS.has(w) || /^\p{Lu}/u.test(w);

/** A finite verb or auxiliary: "is", "had", "won", "says", "'ve". */
const verbish = (w: string) => AUXILIARIES.has(w) || IRREGULAR_PASTS.has(w) || /^(?:['’](?:s|re|ll|d|ve)|n['’]t|[a-z]+ed|[a-z]+[^su]s)$/.test(w);

const wordCount = (r: Reading, s: number, e: number) => {
  let n = 0;
  for (let i = s; i < e; i++) if (isWord(r, i)) n++;
  return n;
};

/** Content after the cue at c: skip the object, a short prepositional phrase and "that". */
function contentAfter(r: Reading, c: number, hi: number, cue: CueForm): Phrase | null {
  let i = cueEnd(cue, c);
  const { entry } = cue;
  if (entry.object) {
    const obj = npRight(r, i, hi);
    if (obj) i = obj.e;
  }
  // "said on Twitter he had spoken", "said in a statement that": a PP of at most five words.
  if (i < hi && REPORT_PREPOSITIONS.has(low(r, i))) {
    let k = i + 1;
    while (k < hi && k < i + 6 && low(r, k) !== 'that' && !(k > i + 1 && subjectStart(r.tokens[k].text) && CLAUSE_PRONOUNS.has(low(r, k))) && r.tokens[k].text !== ',') k++;
    if (k < hi && (low(r, k) === 'that' || CLAUSE_PRONOUNS.has(low(r, k)))) i = k;
    else if (k < hi && r.tokens[k].text === ',') i = k + 1;
  }
  if (r.tokens[i]?.text === ',' ) i++;
  if (low(r, i) === 'that') i++;
  if (i >= hi) return null;
  // A clause starts with its subject ("said police were ..." is fine for "say"); "to"-infinitives
  // follow urge, promise, vow: "urged Western governments not to recognize ...".
  const infinitive = (low(r, i) === 'to' || low(r, i) === 'not') && !!entry.infinitive;
  if (!subjectStart(r.tokens[i].text) && entry.lemma !== 'say' && !infinitive) return null;
  // A clause has a verb early: "he had won", "it is ready" — not "his resignation earlier on Tuesday".
  if (!infinitive && !r.tokens.slice(i, Math.min(hi, i + 16)).some((t, k) => k > 0 && verbish(t.text))) return null;
  let e = hi;
  // Stop before a coordinated second cue ("said he had spoken to Putin and added that ...") and
  // before a side clause ("..., as opposition supporters protested").
  for (let k = i + 1; k < hi - 1; k++) {
    if (CONTENT_COORDINATORS.has(low(r, k)) && cueInText(r, k + 1)) { e = k; break; }
    if (r.tokens[k].text === ',' && SIDE_CLAUSE_OPENERS.has(low(r, k + 1))) { e = k; break; }
  }
  while (e > i && !isWord(r, e - 1)) e--;
  return e > i ? { s: i, e } : null;
}

export function findIndirect(seg: Segmented, paras: Para[], quoted: MarkPair[], resolver: Resolver): Quote[] {
  const { text } = seg.article;
  const out: Quote[] = [];
  // Quoted spans sorted by start: a binary search tells whether a sentence holds one.
  const spans = quoted.map((q) => [q.open, q.close] as const).sort((a, b) => a[0] - b[0]);
  const hasQuote = (s: number, e: number) => {
    const lo = firstIndex(spans.length, (m) => spans[m][0] < e);
    for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) if (spans[i][1] > s) return true;
    return false;
  };
  for (const p of paras) {
    const r = p;
    const t = p.tokens;
    for (let s = 0; s < t.length;) {
      let e = s + 1;
      while (e < t.length && !startsSentence(p, e)) e++;
      const from = t[s].start;
      const to = t[e - 1].end;
      if (!hasQuote(from, to) && !/["“”«»„]|''/.test(text.slice(from, to))) {
        const q = firstAnswer(INDIRECT_RULES, { r, s, e });
        if (q && wordCount(r, q.content.s, q.content.e) >= 3) {
          const m = mentionOf(r, q.subject);
          const mention = spanOf(text, t, m);
          const who = resolver.resolve(spanOf(text, t, headOf(r, m)));
          const start = t[q.content.s].start;
          const end = t[q.content.e - 1].end;
          out.push({
            id: '', text: text.slice(start, end), start, end, kind: 'indirect', speaker: who.speaker, speakerId: who.speakerId,
            speakerMention: mention, speakerGender: null, rule: q.rule ?? null, cue: { text: text.slice(t[q.cue.s].start, t[q.cue.e - 1].end), start: t[q.cue.s].start, end: t[q.cue.e - 1].end },
          });
        }
      }
      s = e;
    }
  }
  return out;
}

/** Reported speech found in a sentence: who, the cue, and the reported content. */
interface Reported {
  subject: Phrase;
  cue: Phrase;
  content: Phrase;
  rule?: string;
}

/** One sentence [s, e) of a paragraph with no quotation marks. */
interface Sentence { r: Reading; s: number; e: number }

/** Reported speech in a sentence, in order; the first rule that answers wins. */
export const INDIRECT_RULES: ReadonlyArray<Rule<Sentence, Reported>> = [
  {
    id: 'indirect:according-to-first',
    reason: 'a source first, then the content: "According to officials, six people died."',
    example: 'According to the interior ministry, more than 6,700 people were detained.',
    speaker: 'the interior ministry',
    find: ({ r, s, e }) => {
      if (!isAccordingTo(r, s)) return null;
      const np = npRight(r, s + 2, e);
      if (!np) return null;
      let k = np.e;
      while (k < e && r.tokens[k].text !== ',') k++;
      let end = e;
      while (end > k + 1 && !isWord(r, end - 1)) end--;
      return k < e ? { subject: np, cue: { s, e: s + 2 }, content: { s: k + 1, e: end } } : null;
    },
  },
  {
    id: 'indirect:content-first',
    reason: 'the content, then a closing tag: "The economy is weak, the minister said (on Tuesday)." — not ", announced his resignation ..."',
    example: 'The strike committee would meet again on Friday, Kolesnikova said.',
    speaker: 'Kolesnikova',
    find: ({ r, s, e }) => {
      // Only the last comma of the sentence is read: a tag closes the sentence.
      let k = e - 2;
      while (k > s + 2 && r.tokens[k].text !== ',') k--;
      if (k <= s + 2) return null;
      if (isAccordingTo(r, k + 1)) {
        const np = npRight(r, k + 3, e);
        if (np) return { subject: np, cue: { s: k + 1, e: k + 3 }, content: { s, e: k } };
      }
      const f = speakerAfter(r, k + 1, e);
      if (!(f?.subject && f.cue && r.tokens[f.cue.s].text.length > 1 && e - f.cue.e <= 6 && f.subject.s > f.cue.s === false)) return null;
      return cueInText(r, f.cue.s)?.entry.clausal ? { subject: f.subject, cue: f.cue, content: { s, e: k } } : null;
    },
  },
  {
    id: 'indirect:cue-first',
    reason: 'a reporting verb and its clause: "Moscow has said (that) it is ready to step in.", "Merkel told reporters the talks had failed."',
    example: 'Lukashenko said the opposition was trying to seize power.',
    speaker: 'Lukashenko',
    find: ({ r, s, e }) => {
      for (let c = s; c < e - 2; c++) {
        const cf = cueAt(r, c, s);
        if (!cf || !cf.entry.clausal) continue;
        const prev = low(r, c - 1);
        if (NON_REPORTING_BEFORE.has(prev)) continue;
        // "Obama addressed the concerns, stating (that) ...": a participle after a comma reports too.
        if (cf.form === 'ing' && prev !== ',') continue;
        const subject = subjectOf(r, c, s, cf.form === 'ing');
        if (!subject) continue;
        const content = contentAfter(r, c, e, cf);
        if (content) return { subject, cue: { s: c, e: cueEnd(cf, c) }, content };
      }
      return null;
    },
  },
];
