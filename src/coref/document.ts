// The article as one token stream for the coreference stage: the headline and body paragraphs in
// order (captions, headings and furniture are not discourse), with each token's sentence, paragraph
// and whether it sits inside quotation marks (names inside quotes are not antecedents for "she said").
//
//   Title / "We will win," said Mayor Ann Lee. She ...   → tokens of both, "We will win ," marked quoted
import type { BlockKind, Segmented, Sentence, Token } from '../types.js';
import { firstIndex } from '../util/search.js';
import { straightLower } from '../util/lower.js';

export interface Doc {
  text: string;
  tokens: Token[];
  /** Lower-case token texts, curly apostrophes made straight. */
  low: string[];
  /** Sentence ordinal (0, 1, ... over the included sentences) of each token. */
  sent: Int32Array;
  /** 1 when the token is inside quotation marks (the marks themselves included). */
  quoted: Uint8Array;
  sentStart: number[];
  sentEnd: number[];
  sentKind: BlockKind[];
  /** The sentences included, in order (sentence k's tokens are tokens sentStart[k] ...). */
  sentences: Sentence[];
  /** Memo of the verb tests in clause.ts, per token (0: not yet asked). */
  verbMemo: Uint8Array;
}

const DISCOURSE = new Set<BlockKind>(['title', 'paragraph']);
const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
const STRAIGHT = new Set(['"', "''", '``']);

export function buildDoc(seg: Segmented): Doc {
  let n = 0;
  for (const s of seg.sentences) if (DISCOURSE.has(s.kind)) n += s.tokens.length;
  const tokens: Token[] = new Array(n);
  const low: string[] = new Array(n);
  const sent = new Int32Array(n);
  const block = new Int32Array(n); // only for the quote marks: an unclosed quote ends with its paragraph
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
    for (const t of s.tokens) {
      tokens[k] = t;
      // Most tokens are lower case already: share their text rather than copy it (a 20 MB article has millions).
      low[k] = straightLower(t.text);
      sent[k] = id;
      block[k] = s.block;
      k++;
    }
    sentEnd.push(k);
    sentKind.push(s.kind);
  }
  return { text: seg.article.text, tokens, low, sent, quoted: quoteMask(seg.article.text, tokens, block), sentStart, sentEnd, sentKind, sentences, verbMemo: new Uint8Array(n) };
}

/**
 * Marks tokens between quotation marks, paragraph by paragraph (an unclosed quote runs to the
 * paragraph's end). A straight quote opens after a space and closes before one, so a stray mark
 * ("along with "wheelhouse and "in the books"") does not leave the rest of the paragraph quoted.
 */
function quoteMask(text: string, tokens: Token[], block: Int32Array): Uint8Array {
  const q = new Uint8Array(tokens.length);
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && block[i] !== block[i - 1]) open = false;
    const t = tokens[i];
    const w = t.text;
    if (OPEN.has(w)) { open = true; q[i] = 1; continue; }
    if (CLOSE.has(w)) { q[i] = 1; open = false; continue; }
    if (STRAIGHT.has(w)) {
      q[i] = 1;
      const before = t.start > 0 ? text[t.start - 1] : ' ';
      const after = t.end < text.length ? text[t.end] : ' ';
      const opener = /[\s([{—–-]/.test(before) && !/\s/.test(after);
      const closer = !/[\s([{]/.test(before) && /[\s.,;:!?)\]}—–-]/.test(after);
      open = opener === closer ? !open : opener;
      continue;
    }
    if (open) q[i] = 1;
  }
  return q;
}

/** The index of the token starting at `offset`, or of the first token after it. */
export function tokenFrom(doc: Doc, offset: number): number {
  return firstIndex(doc.tokens.length, (i) => doc.tokens[i].start < offset);
}

/** The token range [s, e) covering the text range [start, end), or null when it is not in the doc. */
export function tokenRange(doc: Doc, start: number, end: number): [number, number] | null {
  let s = firstIndex(doc.tokens.length, (i) => doc.tokens[i].end <= start);
  if (s >= doc.tokens.length || doc.tokens[s].start >= end) return null;
  let e = s;
  while (e < doc.tokens.length && doc.tokens[e].start < end) e++;
  return [s, e];
}

export const isCapital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
export const isWordToken = (t: Token | undefined) => !!t && /[\p{L}\p{N}]/u.test(t.text);
export const isPossessiveMark = (w: string | undefined) => w === "'s" || w === "'";
