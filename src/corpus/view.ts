// The corpus view as printed: the totals of an aggregate with --min-count and --limit applied to
// them (never per document: a name with one mention in each of 500 articles has 500).
import type { CommandSpec } from '../commands.js';
import type { CorpusView } from '../render/contract.js';
import type { CorpusAggregate } from './aggregate.js';

export interface ViewOptions {
  minCount?: number;
  limit?: number;
}

export function corpusView(spec: CommandSpec, corpus: CorpusAggregate, opts: ViewOptions): CorpusView {
  if (spec.corpus?.view === 'speakers') {
    const speakers = corpus.speakers();
    return { kind: 'speakers', items: opts.limit ? speakers.slice(0, opts.limit) : speakers };
  }
  let entities = corpus.entities();
  if (opts.minCount !== undefined) entities = entities.filter((e) => e.mentions >= opts.minCount!);
  if (opts.limit !== undefined) entities = entities.slice(0, opts.limit);
  return { kind: 'entities', items: entities };
}
