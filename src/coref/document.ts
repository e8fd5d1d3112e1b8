// The article as one token stream for the coreference stage: the headline and body paragraphs in
// order (captions, headings and furniture are not discourse), with each token's sentence, paragraph
// and whether it sits inside quotation marks (names inside quotes are not antecedents for "she said").
//
//   Title / "We will win," said Mayor Ann Lee. She ...   → tokens of both, "We will win ," marked quoted
import type { BlockKind, Segmented, Sentence } from '../types.js';
import type { TokenColumns } from '../pipeline/tokens.js';
import { firstIndex } from '../util/search.js';
import { straightLower } from '../util/lower.js';

export interface Doc {
  text: string;
  /** The number of tokens. */
  n: number;
  /** Each token's spelling as an index into `words` and `lows` (read with txt and low): a 20 MB article has
   *  millions of tokens and some 50,000 distinct spellings, and two arrays of pointers per token cost 56 MB. */
  wid: Int32Array;
  /** The token texts by id (distinct, but past tokens.ts's MAX_INDEXED spellings a text may have two
   *  ids), and their lower-case forms with curly apostrophes made straight. */
  words: string[];
  lows: string[];
  /** Sentence ordinal (0, 1, ... over the included sentences) of each token. */
  sent: Int32Array;
  /** 1 when the token is inside quotation marks (the marks themselves included). */
  quoted: Uint8Array;
  sentStart: number[];
  sentEnd: number[];
  sentKind: BlockKind[];
  /** The sentences included, in order (sentence k's tokens are tokens sentStart[k] ...). */
  sentences: Sentence[];
  /** Memo of the verb tests in clause.ts, per distinct spelling (0: not yet asked). */
  verbMemo: Uint8Array;
  /** Memo of the name-word test in names.ts, per distinct spelling (0: not yet asked, 1: no, 2: yes). */
  nameMemo: Uint8Array;
}

const DISCOURSE = new Set<BlockKind>(['title', 'paragraph']);
const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
const STRAIGHT = new Set(['"', "''", '``']);
/** Is token i a double quotation mark (opening, closing or straight)? */
export const quoteMarkAt = (doc: Doc, i: number): boolean => {
  const w = txt(doc, i);
  return OPEN.has(w) || CLOSE.has(w) || STRAIGHT.has(w);
};

export function buildDoc(seg: Segmented): Doc {
  let n = 0;
  for (const s of seg.sentences) if (DISCOURSE.has(s.kind)) n += s.tokens.length;
  const wid = new Int32Array(n);
  // The tokens' own word ids (one per spelling, see tokens.ts), renumbered densely for this document:
  // no token is looked up by its text again. One renumbering per set of columns (segment() makes one).
  const renumber = new Map<TokenColumns, Int32Array>();
  const words: string[] = [];
  const lows: string[] = [];
  const sent = new Int32Array(n);
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  const sentKind: BlockKind[] = [];
  const sentences: Sentence[] = [];
  let k = 0;
  for (const s of seg.sentences) {
    if (!DISCOURSE.has(s.kind) || !s.tokens.length) continue;
    const id = sentStart.length;
    sentStart.push(k);
    sentences.push(s);
    const columns = s.tokens.columns;
    let ids = renumber.get(columns);
    if (!ids) renumber.set(columns, (ids = new Int32Array(columns.words.length).fill(-1)));
    for (let j = 0; j < s.tokens.length; j++) {
      const c = s.tokens.wordId(j);
      let w = ids[c];
      if (w < 0) {
        const t = s.tokens.text(j);
        w = ids[c] = words.length;
        words.push(t);
        lows.push(straightLower(t));
      }
      wid[k] = w;
      sent[k] = id;
      k++;
    }
    sentEnd.push(k);
    sentKind.push(s.kind);
  }
  return { text: seg.article.text, n, wid, words, lows, sent, quoted: quoteMask(seg.article.text, sentences, n), sentStart, sentEnd, sentKind, sentences,
    verbMemo: new Uint8Array(words.length), nameMemo: new Uint8Array(words.length) };
}

/** The text of token i (undefined out of range). */
export const txt = (doc: Doc, i: number): string => doc.words[doc.wid[i]];
/** The lower-case form of token i, curly apostrophes made straight (undefined out of range). */
export const low = (doc: Doc, i: number): string => doc.lows[doc.wid[i]];
/** Where token i starts in the text, read through its sentence (i in range). */
export const startOf = (doc: Doc, i: number): number => {
  const k = doc.sent[i];
  return doc.sentences[k].tokens.start(i - doc.sentStart[k]);
};
/** Where token i ends in the text (i in range). */
export const endOf = (doc: Doc, i: number): number => {
  const k = doc.sent[i];
  return doc.sentences[k].tokens.end(i - doc.sentStart[k]);
};
/** The lower-case forms of tokens [s, e). */
export const lowSlice = (doc: Doc, s: number, e: number): string[] => {
  const out: string[] = [];
  for (let i = Math.max(0, s); i < Math.min(e, doc.n); i++) out.push(low(doc, i));
  return out;
};
/** The texts of tokens [s, e) joined by spaces. */
export const textOf = (doc: Doc, s: number, e: number): string => {
  const out: string[] = [];
  for (let i = Math.max(0, s); i < Math.min(e, doc.n); i++) out.push(txt(doc, i));
  return out.join(' ');
};

/**
 * Marks tokens between quotation marks, paragraph by paragraph (an unclosed quote runs to the
 * paragraph's end). A straight quote opens after a space and closes before one, so a stray mark
 * ("along with "wheelhouse and "in the books"") does not leave the rest of the paragraph quoted.
 */
function quoteMask(text: string, sentences: Sentence[], n: number): Uint8Array {
  const q = new Uint8Array(n);
  let open = false;
  let i = 0;
  let block = -1;
  for (const s of sentences) {
    if (s.block !== block && block >= 0) open = false;
    block = s.block;
    for (let j = 0; j < s.tokens.length; j++) {
      const w = s.tokens.text(j);
      if (OPEN.has(w)) { open = true; q[i++] = 1; continue; }
      if (CLOSE.has(w)) { q[i++] = 1; open = false; continue; }
      if (STRAIGHT.has(w)) {
        q[i++] = 1;
        const start = s.tokens.start(j);
        const end = s.tokens.end(j);
        const before = start > 0 ? text[start - 1] : ' ';
        const after = end < text.length ? text[end] : ' ';
        const opener = /[\s([{—–-]/.test(before) && !/\s/.test(after);
        const closer = !/[\s([{]/.test(before) && /[\s.,;:!?)\]}—–-]/.test(after);
        open = opener === closer ? !open : opener;
        continue;
      }
      if (open) q[i] = 1;
      i++;
    }
  }
  return q;
}

/**
 * The first token that ends after `offset`: a binary search over the sentences (by their last
 * token), then inside one.
 */
function firstEndingAfter(doc: Doc, offset: number): number {
  const ss = doc.sentences;
  const k = firstIndex(ss.length, (j) => ss[j].tokens.end(ss[j].tokens.length - 1) <= offset);
  if (k >= ss.length) return doc.n;
  const ts = ss[k].tokens;
  return doc.sentStart[k] + firstIndex(ts.length, (j) => ts.end(j) <= offset);
}

/** The token range [s, e) covering the text range [start, end), or null when it is not in the doc. */
export function tokenRange(doc: Doc, start: number, end: number): [number, number] | null {
  let s = firstEndingAfter(doc, start);
  if (s >= doc.n || startOf(doc, s) >= end) return null;
  let e = s;
  while (e < doc.n && startOf(doc, e) < end) e++;
  return [s, e];
}

export const isCapital = (t: string | undefined) => t !== undefined && /^\p{Lu}/u.test(t);
