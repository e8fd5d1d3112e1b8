// Reported speech without quotation marks (kind `indirect`); text/start/end cover the reported content.
//
//   Moscow has said [it is ready to step in ...].             → cue then content ("that" optional)
//   Merkel told reporters [the talks had failed].             → the object of "told" skipped
//   [The economy is weak], the minister said.                → content then cue
//   According to officials, [six people died].               → "according to X, ..." either side
import type { Quote, Segmented, Token } from '../types.js';
import type { MarkPair } from './marks.js';
import type { Para } from './find.js';
import { cueAt, isAccordingTo, isWord, low, npRight, type Phrase } from './phrases.js';
import { speakerAfter, subjectOf } from './speaker.js';
import type { Resolver } from './resolve.js';
import { honorific } from '../lexicon/honorifics.js';

/** Verbs whose object comes before the content: "told reporters (that) ...". */
const OBJECT_FIRST = new Set(['tell', 'urge', 'warn', 'ask', 'inform', 'remind', 'assure', 'advise', 'order', 'accuse', 'promise']);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'to', 'via', 'through', 'after', 'before', 'last', 'earlier', 'this']);
const SUBJECT_START = /^(?:he|she|it|they|we|i|you|there|the|a|an|this|that|these|those|his|her|its|their|our|no|some|many|most|all|both|[\p{Lu}].*)$/u;

const wordCount = (tokens: Token[], s: number, e: number) => tokens.slice(s, e).filter(isWord).length;

/** Content after the cue at c: skip the object, a short prepositional phrase and "that". */
function contentAfter(tokens: Token[], c: number, hi: number, lemma: string): Phrase | null {
  let i = c + 1;
  if (OBJECT_FIRST.has(lemma)) {
    const obj = npRight(tokens, i, hi);
    if (obj) i = obj.e;
  }
  // "said on Twitter he had spoken", "said in a statement that": a PP of at most five words.
  if (i < hi && PREPOSITIONS.has(low(tokens[i]))) {
    let k = i + 1;
    while (k < hi && k < i + 6 && low(tokens[k]) !== 'that' && !(k > i + 1 && SUBJECT_START.test(tokens[k].text) && /^(?:he|she|it|they|we|i)$/i.test(tokens[k].text)) && tokens[k].text !== ',') k++;
    if (k < hi && (low(tokens[k]) === 'that' || /^(?:he|she|it|they|we|i)$/i.test(tokens[k].text))) i = k;
    else if (k < hi && tokens[k].text === ',') i = k + 1;
  }
  if (tokens[i]?.text === ',' ) i++;
  if (low(tokens[i]) === 'that') i++;
  if (i >= hi || !SUBJECT_START.test(tokens[i].text) && low(tokens[c]).startsWith('sa') === false && lemma !== 'urge') {
    // A clause should start with its subject; "to"-infinitives follow urge/promise/vow.
    if (!(low(tokens[i]) === 'to' && ['urge', 'promise', 'vow', 'pledge', 'threaten', 'ask', 'tell', 'warn', 'order'].includes(lemma))) return null;
  }
  let e = hi;
  // Stop before a coordinated second cue: "said he had spoken to Putin and added that ...".
  for (let k = i + 1; k < hi - 1; k++) {
    if ((low(tokens[k]) === 'and' || low(tokens[k]) === 'but') && cueAt(tokens, k + 1, -1)) { e = k; break; }
  }
  while (e > i && !isWord(tokens[e - 1])) e--;
  return e > i ? { s: i, e } : null;
}

export function findIndirect(seg: Segmented, paras: Para[], quoted: MarkPair[], resolver: Resolver): Quote[] {
  const { text } = seg.article;
  const out: Quote[] = [];
  const hasQuote = (s: number, e: number) => quoted.some((q) => q.open < e && q.close > s);
  for (const p of paras) {
    const t = p.tokens;
    for (let s = 0; s < t.length;) {
      let e = s + 1;
      while (e < t.length && !p.sentStart[e]) e++;
      const from = t[s].start;
      const to = t[e - 1].end;
      if (!hasQuote(from, to) && !/["“”«»„]|''/.test(text.slice(from, to))) {
        const q = indirectIn(t, s, e);
        if (q && wordCount(t, q.content.s, q.content.e) >= 3) {
          const ms = t[q.subject.s].start;
          let me = q.subject.e;
          while (me > q.subject.s + 1 && !isWord(t[me - 1])) me--;
          let ss = q.subject.s;
          while (ss < me - 1 && honorific(t[ss].text)) ss++;
          const mention = { text: text.slice(t[ss].start, t[me - 1].end), start: t[ss].start, end: t[me - 1].end };
          void ms;
          const r = resolver.resolve(mention);
          const start = t[q.content.s].start;
          const end = t[q.content.e - 1].end;
          out.push({
            id: '', text: text.slice(start, end), start, end, kind: 'indirect', speaker: r.speaker, speakerId: r.speakerId,
            speakerMention: mention, cue: { text: text.slice(t[q.cue.s].start, t[q.cue.e - 1].end), start: t[q.cue.s].start, end: t[q.cue.e - 1].end },
          });
        }
      }
      s = e;
    }
  }
  return out;
}

function indirectIn(t: Token[], s: number, e: number): { subject: Phrase; cue: Phrase; content: Phrase } | null {
  // "According to X, CONTENT."
  if (isAccordingTo(t, s)) {
    const np = npRight(t, s + 2, e);
    if (np) {
      let k = np.e;
      while (k < e && t[k].text !== ',') k++;
      let end = e;
      while (end > k + 1 && !isWord(t[end - 1])) end--;
      if (k < e) return { subject: np, cue: { s, e: s + 2 }, content: { s: k + 1, e: end } };
    }
  }
  // "CONTENT, X said." / "CONTENT, according to X."
  for (let k = e - 2; k > s + 2; k--) {
    if (t[k].text !== ',') continue;
    if (isAccordingTo(t, k + 1)) {
      const np = npRight(t, k + 3, e);
      if (np) return { subject: np, cue: { s: k + 1, e: k + 3 }, content: { s, e: k } };
    }
    const f = speakerAfter(t, k + 1, e);
    // Only a closing tag: ", the minister said (on Tuesday)." — not ", announced his resignation ...".
    if (f?.subject && f.cue && t[f.cue.s].text.length > 1 && e - f.cue.e <= 6 && f.subject.s > f.cue.s === false) {
      const cf = cueAt(t, f.cue.s, -1);
      if (cf?.entry.clausal) return { subject: f.subject, cue: f.cue, content: { s, e: k } };
    }
    break;
  }
  // "X said (that) CONTENT."
  for (let c = s; c < e - 2; c++) {
    const cf = cueAt(t, c, s);
    if (!cf || !cf.entry.clausal || cf.form === 'ing') continue;
    const prev = low(t[c - 1]);
    if (['was', 'were', 'been', 'being', 'is', 'are', 'to'].includes(prev)) continue;
    const subject = subjectOf(t, c, s, false);
    if (!subject) continue;
    const content = contentAfter(t, c, e, cf.entry.lemma);
    if (content) return { subject, cue: { s: c, e: c + 1 }, content };
  }
  return null;
}
