// Stage 4: quotes. Direct and partial quotes are found from quotation marks in body paragraphs,
// indirect ones from reported-speech clauses; each gets a cue, a speaker mention and, through the
// mentions-and-coreference stage (src/coref), a canonical speaker. See src/quotes/.
//
//   "They demand ...," Lukashenko said.  → direct, speaker "Alexander Lukashenko", mention "Lukashenko"
//   "...," the president said.           → speaker "Alexander Lukashenko" (the coref stage's role link)
import type { Entity, Quote, Segmented } from '../types.js';
import { findQuotesIn, type QuoteResources } from '../quotes/find.js';

export type { QuoteResources };

/** `resources.coref`: stage 3b's result (computed here, without the model's name lists, when not given). */
export function findQuotes(seg: Segmented, entities: Entity[], resources: QuoteResources = {}): Quote[] {
  return findQuotesIn(seg, entities, resources);
}
