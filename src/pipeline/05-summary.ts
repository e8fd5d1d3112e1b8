// PLACEHOLDER until summarisation lands (issue 5): the lead sentences.
import type { Entity, Quote, Segmented, Summary } from '../types.js';

export interface SummaryOptions { sentences?: number; ratio?: number }

export function summarize(seg: Segmented, _entities: Entity[], _quotes: Quote[], options: SummaryOptions = {}): Summary {
  const body = seg.sentences.filter((s) => s.kind === 'paragraph');
  const n = options.sentences ?? 3;
  return { sentences: body.slice(0, n).map((s) => ({ text: s.text, start: s.start, end: s.end, score: 1 })), keywords: [], keyPeople: [] };
}
