// Quotes of an article's body: pair the marks in each paragraph, drop what is no quote, find each
// quote's cue and speaker, let cue-less quotes inherit, and resolve speakers to names.
//
//   "They demand ...," Lukashenko said of the opposition.   → direct, Lukashenko / said
//   ... Macron urged the Russian leader to foster "calm and dialogue."  → partial, Macron / urged
//   the 'Lawlessness and injustice' heading                → not body: never a quote
import type { Entity, Quote, Segmented, Span, Token } from '../types.js';
import { pairMarks, type MarkPair } from './marks.js';
import { clauseSpeaker, speakerAfter, speakerBefore, speakerTail, type Found } from './speaker.js';
import { clauseSubject, cueAt, isCap, isPossessive, isPronoun, low, npRight, type Phrase } from './phrases.js';
import { clusterNames, nameRuns, type NameRun } from './names.js';
import { Resolver } from './resolve.js';
import { honorific } from '../lexicon/honorifics.js';
import { findIndirect } from './indirect.js';

/** One body paragraph: its tokens and where its sentences start. */
export interface Para {
  block: number;
  start: number;
  end: number;
  tokens: Token[];
  sentStart: Uint8Array;
}

interface Candidate {
  para: number;
  pair: MarkPair;
  /** Token indices: the opening mark, the first content token, the first token after the content, after the closing mark. */
  open: number;
  from: number;
  to: number;
  after: number;
  found: Found | null;
  /** The previous paragraph's quote this one continues (multi-paragraph convention). */
  continues: Candidate | null;
  inherited: Candidate | null;
  kind: 'direct' | 'partial';
}

/** First token index whose start is at or after offset (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function bodyParagraphs(seg: Segmented): Para[] {
  const paras: Para[] = [];
  let current: { block: number; tokens: Token[]; starts: number[] } | null = null;
  const flush = () => {
    if (!current) return;
    const b = seg.article.blocks[current.block];
    const sentStart = new Uint8Array(current.tokens.length);
    for (const s of current.starts) sentStart[s] = 1;
    paras.push({ block: current.block, start: b.start, end: b.end, tokens: current.tokens, sentStart });
  };
  for (const s of seg.sentences) {
    if (s.kind !== 'paragraph') continue;
    if (!current || current.block !== s.block) { flush(); current = { block: s.block, tokens: [], starts: [] }; }
    current.starts.push(current.tokens.length);
    current.tokens.push(...s.tokens);
  }
  flush();
  return paras;
}

const OPENING = /^(?:["“„«]|'')/;
const words = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Title-like: every word capitalised, no sentence punctuation: "Aaron Klein Investigative Radio". */
function titleLike(text: string): boolean {
  const ws = text.trim().replace(/[,.]$/, '').split(/\s+/);
  if (ws.length < 2 || /[.!?;]\s/.test(text)) return false;
  const small = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'with', 'or', 'by', 'from', 'is']);
  return ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || small.has(w.toLowerCase()));
}

/** A handle, an id or a number in quotation marks: "@brianefallon", "#MeToo", "A-1234". */
const handleLike = (text: string) => /^[@#]\S+$/.test(text.trim()) || (/^\S+$/.test(text.trim()) && /\d/.test(text)) || !/\p{L}/u.test(text);

/** The mention inside a speaker phrase: the name at its head, else the whole phrase ("the senator"). */
function mentionOf(tokens: Token[], np: Phrase): Phrase {
  if (np.e - np.s === 1) return np;
  let e = np.e;
  // The head is the phrase's last word; a name there is the speaker ("EU chief Charles Michel").
  if (isCap(tokens[e - 1]) && !isPossessive(tokens[e - 1])) {
    let s = e - 1;
    while (s > np.s && isCap(tokens[s - 1]) && !isPossessive(tokens[s])) s--;
    for (let i = e - 2; i >= s; i--) if (honorific(tokens[i].text)) { s = i + 1; break; }
    if (s < e && !['The', 'A', 'An'].includes(tokens[s].text)) return { s, e };
    if (s + 1 < e) return { s: s + 1, e };
  }
  // "The senator" keeps its determiner; a trailing comma never belongs.
  while (e > np.s + 1 && !/[\p{L}\p{N}]/u.test(tokens[e - 1].text)) e--;
  return { s: np.s, e };
}

const spanOf = (text: string, tokens: Token[], p: Phrase): Span => {
  const start = tokens[p.s].start;
  const end = tokens[p.e - 1].end;
  return { text: text.slice(start, end), start, end };
};

/** Start of the sentence holding token i. */
function sentenceStartOf(p: Para, i: number): number {
  while (i > 0 && !p.sentStart[i]) i--;
  return i;
}
function sentenceEndOf(p: Para, i: number): number {
  i++;
  while (i < p.tokens.length && !p.sentStart[i]) i++;
  return i;
}

export function findQuotesIn(seg: Segmented, entities: Entity[]): Quote[] {
  const { text, view } = seg.article;
  const paras = bodyParagraphs(seg);
  const cands: Candidate[] = [];
  const byPara: Candidate[][] = paras.map(() => []);

  // 1. Pair the marks, keep top-level quotes, link multi-paragraph quotes.
  let pending: Candidate | null = null;
  paras.forEach((p, pi) => {
    const pairs = pairMarks(view, p.start, p.end).filter((q) => q.depth === 0);
    const startsWithQuote = OPENING.test(view.slice(p.start, p.start + 2));
    // The previous paragraph's open quote continues here only if this one opens with a quotation mark
    // and directly follows it.
    const cont = pending && startsWithQuote && paras[pi - 1] === paras[pending.para] ? pending : null;
    pending = null;
    for (const pair of pairs) {
      const t = p.tokens;
      const c: Candidate = {
        para: pi, pair, open: tokenAt(t, pair.open), from: tokenAt(t, pair.start), to: tokenAt(t, pair.end),
        after: tokenAt(t, pair.close), found: null, continues: null, inherited: null, kind: 'direct',
      };
      if (pair.open === p.start && cont) c.continues = cont;
      if (pair.unclosed) {
        const next = paras[pi + 1];
        if (!next || !OPENING.test(view.slice(next.start, next.start + 2)) || next.block !== p.block + 1 && !blocksAdjacent(seg, p.block, next.block)) continue;
        pending = c;
      }
      if (c.to <= c.from) continue;
      byPara[pi].push(c);
      cands.push(c);
    }
  });

  // 2. Cue and speaker from the clause around each quote.
  for (const p of paras.keys()) {
    const list = byPara[p];
    const para = paras[p];
    list.forEach((c, k) => {
      const t = para.tokens;
      // A short earlier quote ("Morning Joe", "founder") does not end the clause around this one.
      let barrier: Candidate | undefined;
      for (let b = k - 1; b >= 0 && !barrier; b--) if (words(text.slice(list[b].pair.start, list[b].pair.end)) > 3) barrier = list[b];
      const next = list[k + 1];
      const lo = Math.max(barrier ? barrier.after : 0, sentenceStartOf(para, c.open));
      const contentEnd = text.slice(c.pair.start, c.pair.end).replace(/[\s"'“”‘’»]+$/, '');
      let hi = next ? next.open : t.length;
      let near = false;
      if (c.pair.unclosed) hi = c.after;
      else {
        // A speech tag after a sentence break: ""How big is that wall?" Smith asked." — close by only.
        if (c.after < t.length && para.sentStart[c.after] && !/[?!—–-]$/.test(contentEnd)) near = true;
        hi = Math.min(hi, sentenceEndOf(para, c.after));
      }
      // Transcripts: ""PENCE: Well, look, ..."" — the label inside the quote is the speaker.
      const label = transcriptLabel(t, c.from, c.to);
      let after = c.pair.unclosed ? null : speakerAfter(t, c.after, hi);
      // After a sentence break only a bare tag counts: ""Q." Smith said." — not "She adds, "..."".
      if (after?.cue && near && (after.cue.s - c.after > 8 || hi - after.cue.e > 4 || !/^[.!?]$/.test(t[hi - 1].text) || t.slice(after.cue.e, hi).some((x) => /^["“”«»']$/.test(x.text)))) after = null;
      // ""...," the nominee riffed.": after a quote that ends in a comma, any past-tense verb is a cue.
      if (!after && !near && !c.pair.unclosed && /[,?!]$/.test(contentEnd)) after = openClassTag(t, c.after, hi);
      const tail = after || near || c.pair.unclosed ? null : speakerTail(t, c.after, hi);
      const before = speakerBefore(t, lo, c.open, Math.min(lo, sentenceStartOf(para, c.open)));
      c.found = label ?? after ?? tail ?? before;
      // Kind: the quote is the whole content when it opens its clause or follows a colon or comma.
      const lead = t.slice(lo, c.open);
      const last = lead[lead.length - 1];
      const leadIsCue = before?.cue && before.cue.e === c.open;
      c.kind = !lead.length || /^[:,—–-]$/.test(last.text) || (leadIsCue && /^\p{Lu}/u.test(text.slice(c.pair.start, c.pair.start + 1))) ? 'direct' : 'partial';
    });
  }

  // 3. Drop scare quotes, titles and handles.
  const kept = cands.filter((c) => {
    const body = text.slice(c.pair.start, c.pair.end);
    if (handleLike(body)) return false;
    if (c.continues || c.pair.unclosed) return true;
    const n = words(body);
    if (!c.found && n <= 3) return false;
    if (!c.found && titleLike(body) && n <= 8) return false;
    // Titles of shows and works even next to a cue: "said on MSNBC's "Morning Joe"", "the podcast "Here's the Thing"".
    if (titleLike(body) && n <= 6 && workTitleContext(paras[c.para].tokens, c)) return false;
    // A name that speaks: "as "The Wall Street Journal" wrote" — the quoted words are the speaker.
    if (titleLike(body) && n <= 6 && cueAt(paras[c.para].tokens, c.after, -1, true) && c.found?.cue?.s === c.after) return false;
    // Markup attributes: <tweet pic="pic.twitter.com/">.
    if (text[c.pair.open - 1] === '=' || /^\S*[/.]\S*$/.test(body.trim()) && !/\s/.test(body.trim()) && /[/]/.test(body)) return false;
    return true;
  });

  // 4. Multi-paragraph quotes share a speaker; cue-less quotes inherit the previous speaker.
  for (const c of kept) if (!c.found && c.continues?.found) c.inherited = c.continues.found ? c.continues : c.continues.inherited;
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i];
    if (c.continues && c.found && !c.continues.found && !c.continues.inherited) c.continues.inherited = c;
  }
  const lastSpeaker = (c: Candidate): Candidate | null => (c.found?.subject ? c : c.inherited);
  kept.forEach((c, i) => {
    if (c.found || c.inherited) return;
    const prev = kept[i - 1];
    const para = paras[c.para];
    if (prev && prev.para === c.para) {
      // "..." Garcia says. She says people should ... . "Q" — a speech clause in between changes the speaker.
      const between = clauseSpeakerFrom({ ...para, tokens: para.tokens.slice(0, c.open), sentStart: para.sentStart.subarray(0, c.open) }, prev.after);
      c.inherited = between ? { ...c, found: between, inherited: null, continues: null } : lastSpeaker(prev);
      return;
    }
    // A cue-less quote inside a paragraph: the speaker of the sentence before it. "X called him a
    // master at deals. "He showed again and again ..."".
    if (c.open > 0) {
      const sentence = sentenceStartOf(para, c.open);
      if (sentence > 0 && sentence === c.open) {
        const head = { ...para, tokens: para.tokens.slice(0, sentence), sentStart: para.sentStart.subarray(0, sentence) };
        const f = clauseSpeakerFrom(head, 0) ?? lastSubject(head, 0, false);
        if (f) c.inherited = { ...c, found: f, inherited: null, continues: null };
      }
      return;
    }
    // A paragraph opening with a cue-less quote: the previous paragraph's speaker, unless that
    // paragraph ends with someone else's speech ("Smith said ... .") or introduces one ("Stated Stone:").
    if (c.para === 0) return;
    const before = paras[c.para - 1];
    if (!blocksAdjacent(seg, before.block, para.block)) return;
    const tail = byPara[c.para - 1].filter((q) => kept.includes(q));
    const lastQ = tail[tail.length - 1];
    const from = lastQ ? lastQ.after : 0;
    const intro = clauseSpeakerFrom(before, from) ?? lastSubject(before, from, true);
    if (intro) { c.inherited = { ...c, para: c.para - 1, found: intro, inherited: null, continues: null }; return; }
    if (lastQ) c.inherited = lastSpeaker(lastQ);
  });

  // 5. Resolve speaker mentions to names.
  const quoteRanges = kept.map((c) => [c.pair.start, c.pair.end] as const).sort((a, b) => a[0] - b[0]);
  const inQuoteOffset = (o: number) => {
    let lo = 0;
    let hi = quoteRanges.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (quoteRanges[m][1] <= o) lo = m + 1; else hi = m; }
    return lo < quoteRanges.length && quoteRanges[lo][0] <= o;
  };
  const runs: NameRun[] = [];
  for (const p of paras) runs.push(...nameRuns(p.tokens, (i) => inQuoteOffset(p.tokens[i].start)));
  for (const s of seg.sentences) if (s.kind === 'caption') runs.push(...nameRuns(s.tokens, () => false));
  const resolver = new Resolver(entities, runs, clusterNames(runs), inQuoteOffset);

  const quotes: Quote[] = [];
  for (const c of kept) {
    const src = c.found?.subject ? c : c.inherited;
    const para = paras[src ? src.para : c.para];
    const f = src?.found ?? c.found;
    let speakerMention: Span | null = null;
    let speaker: string | null = null;
    let speakerId: string | null = null;
    if (f?.subject) {
      const m = mentionOf(para.tokens, f.subject);
      speakerMention = spanOf(text, para.tokens, m);
      // "Stevie Wonder, who joked": the mention ends at "who"; the name before it is who speaks.
      let r = m;
      while (r.e - r.s > 1 && /^(?:who|which|that|,)$/i.test(para.tokens[r.e - 1].text)) r = { s: r.s, e: r.e - 1 };
      const head = r === m ? m : mentionOf(para.tokens, r);
      ({ speaker, speakerId } = resolver.resolve(spanOf(text, para.tokens, head)));
    }
    const cue = c.found?.cue ? spanOf(text, paras[c.para].tokens, c.found.cue) : null;
    quotes.push({
      id: '', text: text.slice(c.pair.start, c.pair.end), start: c.pair.start, end: c.pair.end,
      kind: c.kind, speaker, speakerId, speakerMention, cue,
    });
  }
  for (const q of findIndirect(seg, paras, kept.map((c) => c.pair), resolver)) quotes.push(q);
  quotes.sort((a, b) => a.start - b.start);
  quotes.forEach((q, i) => { q.id = `q${i + 1}`; });
  return quotes;
}

/** ""...," the nominee riffed.": a phrase and a past-tense verb (and nothing much after) right after a quote. */
function openClassTag(t: Token[], a: number, hi: number): Found | null {
  let k = a;
  while (k < hi && t[k].text === ',') k++;
  if (k >= hi || !(isCap(t[k]) || isPronoun(t[k]) || /^(?:the|a|an|this|his|her|their)$/i.test(t[k].text))) return null;
  const np = npRight(t, k, hi);
  if (!np || np.e >= hi) return null;
  const v = np.e;
  if (!/^[a-z]+ed$/.test(t[v].text) || hi - v > 8) return null;
  return { subject: np, cue: { s: v, e: v + 1 } };
}

/** The subject of the last sentence in p after `from`, when it is a person pronoun, a name before a
 *  colon, or (mid-paragraph) any name: "He then had a question for the crowd. "Who's going to pay?"" */
function lastSubject(p: Para, from: number, strict: boolean): Found | null {
  let s = p.tokens.length - 1;
  while (s > from && !p.sentStart[s]) s--;
  if (s < from) return null;
  const np = clauseSubject(p.tokens, s, p.tokens.length);
  if (!np) return null;
  const w = low(p.tokens[np.s]);
  const colon = p.tokens[p.tokens.length - 1].text === ':';
  if (w === 'he' || w === 'she' || colon || (!strict && isCap(p.tokens[np.s]) && np.e - np.s <= 4 && !DETERMINERS_RE.test(w))) return { subject: np, cue: null };
  return null;
}
const DETERMINERS_RE = /^(?:the|a|an|this|that|these|those|it|there|some|many)$/;

/** "PENCE: Well, ..." at the start of a quote: a transcript label in capitals. */
function transcriptLabel(t: Token[], from: number, to: number): Found | null {
  for (let i = from; i < Math.min(to, from + 4); i++) {
    if (t[i].text !== ':') continue;
    if (i > from && t.slice(from, i).every((x) => /^[\p{Lu}.'’-]{2,}$/u.test(x.text) || /^(?:MR|MRS|MS|DR)\.?$/.test(x.text))) {
      return { subject: { s: from, e: i }, cue: { s: i, e: i + 1 } };
    }
    return null;
  }
  return null;
}

/** The quote names a work: after "on", "of", a possessive or "titled", or before "host", "show". */
function workTitleContext(t: Token[], c: Candidate): boolean {
  const prev = t[c.open - 1]?.text.toLowerCase() ?? '';
  const next = t[c.after]?.text.toLowerCase() ?? '';
  return /^(?:on|of|in|from|titled|entitled|'s|’s|s|podcast|show|program|book|film|movie|series|album|song|episode|segment|column|headline)$/.test(prev)
    || /^(?:host|hosts|show|program|series|segment|podcast|anchor|episode|co-host|star|tv)$/.test(next);
}

/** Are two paragraph blocks neighbours, with only non-body furniture (captions, related links) between? */
function blocksAdjacent(seg: Segmented, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (seg.article.blocks[i].kind === 'heading' || seg.article.blocks[i].kind === 'paragraph') return false;
  return true;
}

/** The last speech clause of a paragraph after token `from`: "Smith said the plan would fail." / "Stated Stone:". */
function clauseSpeakerFrom(p: Para, from: number): Found | null {
  // Sentences after `from`, last first.
  const starts: number[] = [];
  for (let i = from; i < p.tokens.length; i++) if (p.sentStart[i] || i === from) starts.push(i);
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k];
    const e = k + 1 < starts.length ? starts[k + 1] : p.tokens.length;
    const f = clauseSpeaker(p.tokens, s, e);
    if (f?.subject) return f;
  }
  return null;
}

export { isPronoun, low };
