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

/**
 * Parses the TSV table (pure; tests feed it small strings): a line is a term, a tab and its count;
 * lines without a tab are skipped, and a term given twice counts as its last line says. The terms
 * stay in the text: one pass hashes each line's term into an open-addressing table of line offsets,
 * so loading the shipped table (20,000 lines) makes no string or Map entry per line, and a lookup
 * hashes the term and compares it with the text in place.
 */
export function parseTable(tsv: string): DocFrequencies {
  let lines = 1;
  for (let i = tsv.indexOf('\n'); i >= 0; i = tsv.indexOf('\n', i + 1)) lines++;
  let size = 16;
  while (size < lines * 2) size <<= 1;
  const mask = size - 1;
  const termStart = new Int32Array(size).fill(-1); // -1: an empty slot
  const termEnd = new Int32Array(size);
  const counts = new Float64Array(size);
  let docs = 0;
  for (let start = 0; start <= tsv.length; ) {
    let end = tsv.indexOf('\n', start);
    if (end < 0) end = tsv.length;
    const tab = end > start ? tsv.lastIndexOf('\t', end - 1) : -1;
    if (tab >= start) {
      const n = countAt(tsv, tab + 1, end);
      if (tab - start === 5 && tsv.startsWith('#docs', start)) docs = n;
      else {
        let slot = hashOf(tsv, start, tab) & mask;
        while (termStart[slot] >= 0 && !sameTerm(tsv, termStart[slot], termEnd[slot], tsv, start, tab)) slot = (slot + 1) & mask;
        termStart[slot] = start;
        termEnd[slot] = tab;
        counts[slot] = n;
      }
    }
    start = end + 1;
  }
  const find = (term: string): number => {
    let slot = hashOf(term, 0, term.length) & mask;
    for (;;) {
      const at = termStart[slot];
      if (at < 0) return 0;
      if (sameTerm(tsv, at, termEnd[slot], term, 0, term.length)) return counts[slot];
      slot = (slot + 1) & mask;
    }
  };
  // the terms asked for again and again (a corpus asks ~1M times) answer from a Map, as fast as before
  const asked = new Map<string, number>();
  const df = (term: string): number => {
    let n = asked.get(term);
    if (n === undefined) {
      n = find(term);
      if (asked.size < MAX_REMEMBERED) asked.set(term, n);
    }
    return n;
  };
  return { docs: Math.max(docs, 1), df };
}

/** Terms whose counts a table remembers once looked up: a bound on its memory over any corpus. */
const MAX_REMEMBERED = 1 << 17;

/** FNV-1a over the UTF-16 code units of s[start, end). */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sameTerm(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}

/** Number(s.slice(start, end)), without the slice for the usual plain digits. */
function countAt(s: string, start: number, end: number): number {
  let n = 0;
  if (end > start && end - start <= 15) {
    for (let i = start; i < end; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return Number(s.slice(start, end));
      n = n * 10 + d;
    }
    return n;
  }
  return Number(s.slice(start, end));
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
