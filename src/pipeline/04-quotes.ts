// Stage 4: quotes. Direct and partial quotes are found from quotation marks in body paragraphs,
// indirect ones from reported-speech clauses; each gets a cue, a speaker mention and, through the
// entities (or the article's own names when there are none), a canonical speaker. See src/quotes/.
//
//   "They demand ...," Lukashenko said.  → direct, speaker "Alexander Lukashenko", mention "Lukashenko"
import type { Entity, Quote, Segmented } from '../types.js';
import { findQuotesIn } from '../quotes/find.js';
import { corefer, type Coref } from '../coref/index.js';

/** `coref`: the mentions-and-coreference stage's result (computed here, without name lists, when not given). */
export function findQuotes(seg: Segmented, entities: Entity[], coref: Coref = corefer(seg, entities)): Quote[] {
  return findQuotesIn(seg, entities, coref);
}
