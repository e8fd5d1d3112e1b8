// Body paragraphs as token lists, and the small lookups every quote stage needs on them. Only
// `paragraph` blocks are body: titles, headings, captions and related links never hold quotes.
//
//   "Related article: [Belarus Leader Accuses Opposition of Trying to 'Seize Power'](#)" → not body
import type { Segmented, Span, Token } from '../types.js';
import type { Phrase } from './phrases.js';
import { firstIndex } from '../util/search.js';
import { readTokens, type Reading } from './reading.js';

/** One body paragraph, read once (see reading.ts). */
export type Para = Reading;

export function bodyParagraphs(seg: Segmented): Para[] {
  const paras: Para[] = [];
  const body = seg.sentences.filter((s) => s.kind === 'paragraph');
  for (let k = 0; k < body.length;) {
    // The sentences of one block, copied into one token array of exactly their size (a long text has
    // millions of tokens: no growth slack, and no spread, which would overflow the stack on a
    // one-paragraph book).
    let e = k;
    let n = 0;
    for (; e < body.length && body[e].block === body[k].block; e++) n += body[e].tokens.length;
    // A one-sentence paragraph (the most common kind in news) shares its sentence's token array.
    const tokens = e === k + 1 ? body[k].tokens : new Array<Token>(n);
    const starts: number[] = [];
    let i = 0;
    for (let s = k; s < e; s++) {
      starts.push(i);
      if (e === k + 1) break;
      for (const t of body[s].tokens) tokens[i++] = t;
    }
    const b = seg.article.blocks[body[k].block];
    paras.push(readTokens(tokens, starts, { block: body[k].block, start: b.start, end: b.end }));
    k = e;
  }
  return paras;
}

/** First token index whose start is at or after offset (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i].start < offset);
}

/** The number of the sentence holding token i (binary search over the sentence starts). */
const sentenceOf = (p: Para, i: number) => firstIndex(p.sentBounds.length - 1, (k) => p.sentBounds[k] <= i) - 1;

/** Start of the sentence holding token i. */
export function sentenceStartOf(p: Para, i: number): number {
  return i >= p.tokens.length ? p.tokens.length : p.sentBounds[sentenceOf(p, i)];
}

/** Index just after the sentence holding token i. */
export function sentenceEndOf(p: Para, i: number): number {
  return i >= p.tokens.length ? p.tokens.length : p.sentBounds[sentenceOf(p, i) + 1];
}

/** Are two paragraph blocks neighbours, with only non-body furniture (captions, related links) between? */
export function blocksAdjacent(seg: Segmented, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (seg.article.blocks[i].kind === 'heading' || seg.article.blocks[i].kind === 'paragraph') return false;
  return true;
}

export const spanOf = (text: string, tokens: Token[], p: Phrase): Span => {
  const start = tokens[p.s].start;
  const end = tokens[p.e - 1].end;
  return { text: text.slice(start, end), start, end };
};
