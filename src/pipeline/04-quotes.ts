// Stage 4: quotes. Direct and partial quotes are found from quotation marks in body paragraphs,
// indirect ones from reported-speech clauses; each gets a cue, a speaker mention and, through the
// entities (or the article's own names when there are none), a canonical speaker. See src/quotes/.
//
//   "They demand ...," Lukashenko said.  → direct, speaker "Alexander Lukashenko", mention "Lukashenko"
import type { Entity, Quote, Segmented } from '../types.js';
import { findQuotesIn, type QuoteResources } from '../quotes/find.js';

export type { QuoteResources };

export function findQuotes(seg: Segmented, entities: Entity[], resources: QuoteResources = {}): Quote[] {
  return findQuotesIn(seg, entities, resources);
}
