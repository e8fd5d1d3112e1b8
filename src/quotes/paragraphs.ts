// Body paragraphs as token lists, and the small lookups every quote stage needs on them. Only
// `paragraph` blocks are body: titles, headings, captions and related links never hold quotes.
//
//   "Related article: [Belarus Leader Accuses Opposition of Trying to 'Seize Power'](#)" → not body
import type { Segmented, Span, Token } from '../types.js';
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
    // The sentences of one block, as one token array: a one-sentence paragraph (the most common
    // kind in news) shares its sentence's; longer ones are copied, token by token (a spread would
    // overflow the stack on a one-paragraph book). Both kinds are packed arrays, as the sentences'
    // are, so the quote rules see one array shape.
    let e = k;
    while (e < body.length && body[e].block === body[k].block) e++;
    let tokens = body[k].tokens;
    const starts: number[] = [0];
    if (e > k + 1) {
      tokens = [];
      for (let s = k; s < e; s++) {
        if (s > k) starts.push(tokens.length);
        for (const t of body[s].tokens) tokens.push(t);
      }
    }
    const b = seg.article.blocks[body[k].block];
    paras.push(readTokens(tokens, starts, { block: body[k].block, start: b.start, end: b.end }, store));
    store.off += tokens.length;
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
