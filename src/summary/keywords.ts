// Keywords and keyphrases: candidate noun phrases (phrases.ts) ranked by TF-IDF against the
// background table, so the words this article uses more than news in general come first.
//
//   score(phrase) = (1 + ln tf) × Σ idf(word) / √words
//     tf  = times the phrase occurs in the body, also inside longer candidates ("crackdown" counts
//           the one in "brutal police crackdown")
//     idf = from models/idf.tsv; "sanction" (df 29 of 4,781) ≈ 6.1, "people" (df 960) ≈ 2.6
//     √words: a two-word phrase seen once ("police crackdown") should beat neither of its words seen
//     often, nor lose to each of them seen once; a plain sum let four-word names win everything.
//
// Then a phrase is dropped when it overlaps one ranked above it ("Putin" above "Russian President
// Vladimir Putin" drops the latter), so the list names distinct things. Scores are scaled so the top
// keyword is 1.
import type { Keyword, Sentence } from '../types.js';
import { idf, type DocFrequencies } from './idf.js';
import { candidatePhrases } from './phrases.js';
import { NOT_ALONE, WEAK_WORDS } from '../lexicon/stopwords.js';
import { isAcronym, normalize, stem } from './terms.js';

export const KEYWORDS = 10;

interface Candidate {
  key: string;
  words: string[];
  /** Surface form → times seen, mid-sentence and sentence-initial apart. */
  surfaces: Map<string, number>;
  initialSurfaces: Map<string, number>;
  first: number;
}

export const wordKey = (text: string) => stem(normalize(text));

/** Keywords of the given body sentences, best first. */
/**
 * `edges`: offsets where entity mentions start or end (phrases never cross them). `skip`: words
 * (as terms.ts keys them) whose phrases are left out, e.g. the key people's names, which have a line
 * of their own: with "schlueter" skipped, neither "Schlueter" nor "Poul" from "Poul Schlueter" shows.
 */
export function keywords(sentences: readonly Sentence[], table: DocFrequencies, limit = KEYWORDS, edges: ReadonlySet<number> = new Set(), skip: ReadonlySet<string> = new Set()): Keyword[] {
  const candidates = new Map<string, Candidate>();
  const runs: string[][] = [];
  const lowerSeen = new Set<string>();
  for (const s of sentences) {
    for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(t.text.toLowerCase());
    for (const p of candidatePhrases(s.tokens, edges)) {
      const words = p.tokens.map((t) => wordKey(t.text));
      runs.push(words);
      const key = words.join(' ');
      const surface = p.tokens.map((t) => t.text).join(' ');
      const c = candidates.get(key) ?? { key, words, surfaces: new Map(), initialSurfaces: new Map(), first: p.tokens[0].start };
      const bag = p.sentenceInitial ? c.initialSurfaces : c.surfaces;
      bag.set(surface, (bag.get(surface) ?? 0) + 1);
      candidates.set(key, c);
      // Single words of a phrase are candidates too: "crackdown" out of "brutal police crackdown".
      if (words.length > 1) {
        p.tokens.forEach((t, k) => {
          if (WEAK_WORDS.has(normalize(t.text))) return; // "people" out of "people power"
          const w = words[k];
          const one = candidates.get(w) ?? { key: w, words: [w], surfaces: new Map(), initialSurfaces: new Map(), first: t.start };
          const b = p.sentenceInitial && k === 0 ? one.initialSurfaces : one.surfaces;
          b.set(t.text, (b.get(t.text) ?? 0) + 1);
          candidates.set(w, one);
        });
      }
    }
  }
  // Term frequency of each candidate as a contiguous part of any run.
  const tf = new Map<string, number>();
  for (const run of runs) {
    for (let a = 0; a < run.length; a++) {
      for (let b = a + 1; b <= run.length; b++) {
        const key = run.slice(a, b).join(' ');
        if (candidates.has(key)) tf.set(key, (tf.get(key) ?? 0) + 1);
      }
    }
  }
  const idfMemo = new Map<string, number>();
  const idfOf = (w: string) => idfMemo.get(w) ?? idfMemo.set(w, idf(table, w)).get(w)!;
  const scored = [...candidates.values()]
    .filter((c) => !c.words.some((w) => skip.has(w)) && !(c.words.length === 1 && NOT_ALONE.has(c.key)))
    .map((c) => ({ c, score: (1 + Math.log(tf.get(c.key) ?? 1)) * c.words.reduce((s, w) => s + idfOf(w), 0) / Math.sqrt(c.words.length) }))
    .sort((x, y) => y.score - x.score || x.c.first - y.c.first);

  const picked: Array<{ c: Candidate; score: number }> = [];
  const overlaps = (a: string[], b: string[]) => a.some((w) => b.includes(w));
  for (const x of scored) {
    if (picked.length >= limit) break;
    if (picked.some((p) => overlaps(p.c.words, x.c.words))) continue;
    picked.push(x);
  }
  const top = picked[0]?.score || 1;
  return picked.map(({ c, score }) => ({ term: display(c, lowerSeen), score: score / top }));
}

/**
 * How to print a phrase: its most frequent form mid-sentence; a phrase seen only at the start of
 * sentences is lower-cased when the article also writes its first word in lower case
 * ("Sanctions were ..." and "... impose sanctions" → "sanctions").
 */
function display(c: Candidate, lowerSeen: ReadonlySet<string>): string {
  const best = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mid = best(c.surfaces);
  if (mid) return mid;
  const initial = best(c.initialSurfaces) ?? c.key;
  const [head, ...rest] = initial.split(' ');
  if (!isAcronym(head) && lowerSeen.has(head.toLowerCase())) return [head.toLowerCase(), ...rest].join(' ');
  return initial;
}
