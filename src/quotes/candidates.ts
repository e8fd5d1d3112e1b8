// Quote candidates: the top-level quotation-mark pairs of each body paragraph, with the news
// convention for quotes that run over several paragraphs. A span is fixed once found: attribution
// and inheritance return new values about it (attribute.ts, inherit.ts) and never change it.
//
//   "The first part goes on.        ← left open: continues, because the next paragraph opens with a mark
//   "And the second ends it," he said.
//   He said "the talks were over.   ← left open, next paragraph is plain: a stray, dropped
import type { Segmented } from '../types.js';
import { pairMarks, type MarkPair } from './marks.js';
import { blocksAdjacent, tokenAt, type Para } from './paragraphs.js';

export interface QuoteSpan {
  readonly para: number;
  readonly pair: MarkPair;
  /** Token indices: the opening mark, the first content token, the first token after the content, after the closing mark. */
  readonly open: number;
  readonly from: number;
  readonly to: number;
  readonly after: number;
  /** The previous paragraph's quote this one continues (multi-paragraph convention). */
  readonly continues: QuoteSpan | null;
}

const OPENING = /^(?:["“„«]|'')/;

export function candidates(seg: Segmented, paras: Para[]): QuoteSpan[][] {
  const { view } = seg.article;
  const byPara: QuoteSpan[][] = paras.map(() => []);
  let pending: QuoteSpan | null = null;
  paras.forEach((p, pi) => {
    const pairs = pairMarks(view, p.start, p.end).filter((q) => q.depth === 0);
    const cont = pending && OPENING.test(view.slice(p.start, p.start + 2)) && pending.para === pi - 1 ? pending : null;
    pending = null;
    const t = p.tokens;
    for (const pair of pairs) {
      const c: QuoteSpan = {
        para: pi, pair, open: tokenAt(t, pair.open), from: tokenAt(t, pair.start), to: tokenAt(t, pair.end),
        after: tokenAt(t, pair.close), continues: pair.open === p.start && cont ? cont : null,
      };
      if (pair.unclosed) {
        const next = paras[pi + 1];
        if (!next || !OPENING.test(view.slice(next.start, next.start + 2)) || !blocksAdjacent(seg, p.block, next.block)) continue;
        pending = c;
      }
      if (c.to > c.from) byPara[pi].push(c);
    }
  });
  return byPara;
}
