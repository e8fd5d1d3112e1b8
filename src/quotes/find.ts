// Quotes of an article's body, in five steps: pair the marks in each paragraph (candidates.ts), read
// each quote's cue and speaker from its clause (attribute.ts), drop what is no quote (filters.ts),
// let cue-less quotes inherit (inherit.ts), and resolve speaker mentions to names (resolve.ts).
// Indirect speech is found sentence by sentence (indirect.ts).
//
//   "They demand ...," Lukashenko said of the opposition.   → direct, Lukashenko / said
//   ... Macron urged the Russian leader to foster "calm and dialogue."  → partial, Macron / urged
//   the 'Lawlessness and injustice' heading                → not body: never a quote
import type { Entity, Quote, Segmented, Span } from '../types.js';
import type { Coref } from '../coref/index.js';
import { candidates } from './candidates.js';
import { attribute } from './attribute.js';
import { isQuote } from './filters.js';
import { inherit } from './inherit.js';
import { bodyParagraphs, spanOf } from './paragraphs.js';
import { headOf, mentionOf } from './mention.js';
import { clusterNames, nameRuns, type NameRun } from './names.js';
import { Resolver } from './resolve.js';
import { findIndirect } from './indirect.js';
import { firstIndex } from '../util/search.js';

export function findQuotesIn(seg: Segmented, entities: Entity[], coref?: Coref): Quote[] {
  const { text } = seg.article;
  const paras = bodyParagraphs(seg);
  const byPara = candidates(seg, paras);
  byPara.forEach((list, p) => attribute(text, paras[p], list));
  const kept = byPara.flatMap((list, p) => list.filter((c) => isQuote(text, paras[p].tokens, c)));
  inherit(seg, paras, kept);

  // Names outside quotes are the antecedents for "she said" and the full forms of short names.
  const ranges = kept.map((c) => [c.pair.start, c.pair.end] as const).sort((a, b) => a[0] - b[0]);
  const inQuote = (o: number) => {
    const lo = firstIndex(ranges.length, (m) => ranges[m][1] <= o);
    return lo < ranges.length && ranges[lo][0] <= o;
  };
  const runs: NameRun[] = [];
  for (const p of paras) for (const r of nameRuns(p.tokens, (i) => inQuote(p.tokens[i].start))) runs.push(r);
  for (const s of seg.sentences) if (s.kind === 'caption') for (const r of nameRuns(s.tokens, () => false)) runs.push(r);
  const resolver = new Resolver(entities, runs, clusterNames(runs), inQuote, coref);

  const quotes: Quote[] = [];
  for (const c of kept) {
    const src = c.found?.subject ? c : c.inherited;
    let speakerMention: Span | null = null;
    let speaker: string | null = null;
    let speakerId: string | null = null;
    if (src?.found?.subject) {
      const tokens = paras[src.para].tokens;
      const m = mentionOf(tokens, src.found.subject);
      speakerMention = spanOf(text, tokens, m);
      ({ speaker, speakerId } = resolver.resolve(spanOf(text, tokens, headOf(tokens, m))));
    } else if (c.kind === 'direct' || text.slice(c.pair.start, c.pair.end).split(/\s+/).length >= 4) {
      // No clause attributes it (a short partial is a scare quote): the person the text is about.
      ({ speaker, speakerId } = resolver.floating(c.pair.start));
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
