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
  let current: { block: number; tokens: Token[]; starts: number[] } | null = null;
  const flush = () => {
    if (!current) return;
    const b = seg.article.blocks[current.block];
    paras.push(readTokens(current.tokens, current.starts, { block: current.block, start: b.start, end: b.end }));
  };
  for (const s of seg.sentences) {
    if (s.kind !== 'paragraph') continue;
    if (!current || current.block !== s.block) { flush(); current = { block: s.block, tokens: [], starts: [] }; }
    current.starts.push(current.tokens.length);
    for (const t of s.tokens) current.tokens.push(t); // no spread: a one-paragraph book would overflow the stack
  }
  flush();
  return paras;
}

/** First token index whose start is at or after offset (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i].start < offset);
}

/** Start of the sentence holding token i. */
export function sentenceStartOf(p: Para, i: number): number {
  return i >= p.tokens.length ? p.tokens.length : p.sentFrom[i];
}

/** Index just after the sentence holding token i. */
export function sentenceEndOf(p: Para, i: number): number {
  return i >= p.tokens.length ? p.tokens.length : p.sentTo[i];
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
