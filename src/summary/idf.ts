// Background document frequencies: how many of N news articles use a term. Rare terms ("sanction",
// "dialogue") weigh more than everyday ones ("people", "government") in sentence vectors and
// keywords. The table is built by scripts/build-idf.mjs from a news corpus (see models/README-idf.md)
// and loaded once, lazily, on the first summary: `newsq tokens` never reads it.
//
//   models/idf.tsv:   #docs<TAB>4781          (first line: corpus size)
//                     sanction<TAB>29         (term as terms.ts makes it, documents containing it)
import { readFileSync } from 'node:fs';

export interface DocFrequencies {
  /** Number of documents in the background corpus. */
  docs: number;
  /** Documents containing the term; 0 when unseen (names new to the corpus, rare words). */
  df(term: string): number;
}

/**
 * The table leaves out terms seen in fewer than two documents, so "absent" means "in at most one":
 * count it as one. That also keeps a name new to the corpus ("Lukashenko") from outweighing a rare
 * word the corpus knows ("sanction") by more than the evidence says.
 */
export const UNSEEN_DF = 1;

/**
 * Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: never below 1, so a term that is in
 * every document still counts a little, and an unseen one gets the most, ln((N + 1) / 2) + 1.
 */
export function idf(table: DocFrequencies, term: string): number {
  return Math.log((table.docs + 1) / (Math.max(table.df(term), UNSEEN_DF) + 1)) + 1;
}

/** Parses the TSV table (pure; tests feed it small strings). */
export function parseTable(tsv: string): DocFrequencies {
  const map = new Map<string, number>();
  let docs = 0;
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const key = line.slice(0, tab);
    const n = Number(line.slice(tab + 1));
    if (key === '#docs') docs = n;
    else map.set(key, n);
  }
  return { docs: Math.max(docs, 1), df: (term) => map.get(term) ?? 0 };
}

/** A table from counts in memory: `fromCounts(3, { sanction: 1, people: 3 })`. */
export function fromCounts(docs: number, counts: Record<string, number>): DocFrequencies {
  return { docs, df: (term) => counts[term] ?? 0 };
}

let shipped: DocFrequencies | null = null;

/**
 * The shipped table, read on first use. From dist/summary/idf.js (or src/summary/idf.ts under the
 * tests) the models folder is two levels up. A missing file degrades to "every term unseen", which
 * leaves plain TF weighting rather than failing the whole analysis.
 */
export function shippedTable(): DocFrequencies {
  if (shipped) return shipped;
  try {
    shipped = parseTable(readFileSync(new URL('../../models/idf.tsv', import.meta.url), 'utf8'));
  } catch {
    shipped = { docs: 1, df: () => 0 };
  }
  return shipped;
}
