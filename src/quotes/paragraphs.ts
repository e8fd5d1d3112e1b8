// Body paragraphs as token lists, and the small lookups every quote stage needs on them. Only
// `paragraph` blocks are body: titles, headings, captions and related links never hold quotes.
//
//   "Related article: [Belarus Leader Accuses Opposition of Trying to 'Seize Power'](#)" → not body
import type { Segmented, Span } from '../types.js';
import { joinRuns, type Tokens } from '../pipeline/tokens.js';
import type { Phrase } from './phrases.js';
import { firstIndex } from '../util/search.js';
import { newStore, readTokens, type Reading } from './reading.js';

/** One body paragraph, read once (see reading.ts). */
export type Para = Reading;

export function bodyParagraphs(seg: Segmented): Para[] {
  const paras: Para[] = [];
  const body = seg.sentences.filter((s) => s.kind === 'paragraph');
  let total = 0;
  for (const s of body) total += s.tokens.length;
  // One flags array and one cue map for all the paragraphs (see ReadingStore).
  const store = newStore(total);
  for (let k = 0; k < body.length;) {
    // The sentences of one block, as one run of tokens: they are neighbours in the document's
    // token columns, so joining them copies nothing (see joinRuns).
    let e = k;
    while (e < body.length && body[e].block === body[k].block) e++;
    const starts: number[] = [0];
    for (let s = k + 1; s < e; s++) starts.push(starts[starts.length - 1] + body[s - 1].tokens.length);
    const tokens = joinRuns(body.slice(k, e).map((s) => s.tokens));
    const b = seg.article.blocks[body[k].block];
    paras.push(readTokens(tokens, starts, { block: body[k].block, start: b.start, end: b.end }, store));
    store.off += tokens.length;
    k = e;
  }
  return paras;
}

/** First token index whose start is at or after offset (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  return firstIndex(tokens.length, (i) => tokens.start(i) < offset);
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

export const spanOf = (text: string, tokens: Tokens, p: Phrase): Span => {
  const start = tokens.start(p.s);
  const end = tokens.end(p.e - 1);
  return { text: text.slice(start, end), start, end };
};
