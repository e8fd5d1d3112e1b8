// Partial aggregates: the corpus view's running totals as newsq-corpus/1 records of kind "part", one
// per name and type, so that a reduce can run in pieces (per shard, per day) and merge later:
//
//   {"schema":"newsq-corpus/1","kind":"part","type":"place","names":{"U.S.":3,"US":1},"aliases":{"U.S.":3,"US":1},
//    "mentions":9,"documents":4,"quotes":0,"articles":0,"first":null,"last":null,"sample":null,
//    "withShortForm":{"documents":0,"articles":0}}
//
// Every field adds up (counts) or is a minimum under a fixed order (first, last, sample), so merging
// is associative and commutative; the cross-document joins are made only when the view is printed.
import type { QuoteKind } from '../types.js';
import type { GroupType } from './names.js';

export const CORPUS_PART = 'part';

/** The quote a row shows, with what decides which one: kind, article, place in the article. */
export interface SampleQuote {
  text: string;
  kind: QuoteKind;
  source: string;
  /** Its index among the article's quotes. */
  index: number;
}

export interface CorpusPart {
  schema: 'newsq-corpus/1';
  kind: typeof CORPUS_PART;
  type: GroupType;
  /** The forms of the name, each with the number of documents using it. */
  names: Record<string, number>;
  /** Every surface form merged into it, each with the number of documents using it. */
  aliases: Record<string, number>;
  mentions: number;
  documents: number;
  quotes: number;
  /** Documents quoting it. */
  articles: number;
  /** The least and greatest `source` (code-point order) of the documents quoting it. */
  first: string | null;
  last: string | null;
  sample: SampleQuote | null;
  /** Of its documents and articles, how many also carry its short form (last name, initials). */
  withShortForm: { documents: number; articles: number };
}

const TYPES = new Set(['person', 'organization', 'place', 'misc', 'other']);
const KINDS = new Set(['direct', 'partial', 'indirect']);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isCounts = (x: unknown): x is Record<string, number> =>
  !!x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every(isCount);
const isSource = (x: unknown): x is string | null => x === null || typeof x === 'string';

/** Checks a parsed newsq-corpus/1 "part" record; the reason it is not one, or null. */
export function partProblem(r: Record<string, unknown>): string | null {
  if (!TYPES.has(r.type as string)) return 'a part record with no known "type"';
  if (!isCounts(r.names) || !Object.keys(r.names).length) return 'a part record with no "names"';
  if (!isCounts(r.aliases)) return 'a part record with no "aliases"';
  for (const f of ['mentions', 'documents', 'quotes', 'articles']) if (!isCount(r[f])) return `a part record with no count "${f}"`;
  if (!isSource(r.first) || !isSource(r.last)) return 'a part record with a bad "first" or "last"';
  const s = r.sample as SampleQuote | null;
  if (s !== null && (typeof s !== 'object' || typeof s.text !== 'string' || !KINDS.has(s.kind) || typeof s.source !== 'string' || !isCount(s.index))) {
    return 'a part record with a bad "sample"';
  }
  const w = r.withShortForm as CorpusPart['withShortForm'];
  if (!w || !isCount(w.documents) || !isCount(w.articles)) return 'a part record with no "withShortForm"';
  return null;
}

/** The partial aggregate as JSON Lines: what `--partial` prints, and `--input corpus` reads back. */
export const renderParts = (corpus: { parts(): CorpusPart[] }): string => corpus.parts().map((p) => JSON.stringify(p) + '\n').join('');
