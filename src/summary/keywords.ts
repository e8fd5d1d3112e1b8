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
import { memoize } from '../util/memo.js';

export const KEYWORDS = 10;

interface Candidate {
  key: string;
  words: string[];
  /** Surface form → times seen, mid-sentence and sentence-initial apart. */
  surfaces: Map<string, number>;
  initialSurfaces: Map<string, number>;
  first: number;
  /** Times the phrase occurs as a contiguous part of any run (see below). */
  tf: number;
}

/** A node of the phrase trie: the candidate whose words lead here, and the words that may follow. */
interface TrieNode {
  candidate: Candidate | null;
  next: Map<number, TrieNode> | null;
}

/** The keyword form of a word ("Sanctions" → "sanction"). Memoised (see util/memo.ts). */
export const wordKey = memoize((text: string): string => stem(normalize(text)));

/** Its lower case when the word starts lower-case ("sanctions"), else false: the forms display() may use. */
const lowerInitial = memoize((text: string): string | false => /^\p{Ll}/u.test(text) && text.toLowerCase());

const newCandidate = (key: string, words: string[], first: number): Candidate =>
  ({ key, words, surfaces: new Map(), initialSurfaces: new Map(), first, tf: 0 });

/** Keywords of the given body sentences, best first. */
/**
 * `edges`: offsets where entity mentions start or end (phrases never cross them). `skip`: words
 * (as terms.ts keys them) whose phrases are left out, e.g. the key people's names, which have a line
 * of their own: with "schlueter" skipped, neither "Schlueter" nor "Poul" from "Poul Schlueter" shows.
 */
export function keywords(sentences: readonly Sentence[], table: DocFrequencies, limit = KEYWORDS, edges: ReadonlySet<number> = new Set(), skip: ReadonlySet<string> = new Set()): Keyword[] {
  const candidates = new Map<string, Candidate>();
  // Words as small integers, and runs as their ids: counting the sub-phrases of every run below walks
  // a trie of the candidates' ids instead of joining a string per sub-phrase.
  const ids = new Map<string, number>();
  const idOf = (w: string) => { let id = ids.get(w); if (id === undefined) ids.set(w, (id = ids.size)); return id; };
  const runs: number[][] = [];
  const lowerSeen = new Set<string>();
  for (const s of sentences) {
    for (const t of s.tokens) { const l = lowerInitial(t.text); if (l) lowerSeen.add(l); }
    for (const p of candidatePhrases(s.tokens, edges)) {
      const words = p.tokens.map((t) => wordKey(t.text));
      runs.push(words.map(idOf));
      const key = words.join(' ');
      const surface = p.tokens.map((t) => t.text).join(' ');
      let c = candidates.get(key);
      if (!c) candidates.set(key, (c = newCandidate(key, words, p.tokens[0].start)));
      const bag = p.sentenceInitial ? c.initialSurfaces : c.surfaces;
      bag.set(surface, (bag.get(surface) ?? 0) + 1);
      // Single words of a phrase are candidates too: "crackdown" out of "brutal police crackdown".
      if (words.length > 1) {
        for (let k = 0; k < p.tokens.length; k++) {
          const t = p.tokens[k];
          if (WEAK_WORDS.has(normalize(t.text))) continue; // "people" out of "people power"
          const w = words[k];
          let one = candidates.get(w);
          if (!one) candidates.set(w, (one = newCandidate(w, [w], t.start)));
          const b = p.sentenceInitial && k === 0 ? one.initialSurfaces : one.surfaces;
          b.set(t.text, (b.get(t.text) ?? 0) + 1);
        }
      }
    }
  }
  // Term frequency of each candidate as a contiguous part of any run: the candidates in a trie by
  // word ids, walked from every word of every run (phrases have at most four words).
  const root: TrieNode = { candidate: null, next: null };
  for (const c of candidates.values()) {
    let node = root;
    for (const w of c.words) {
      const id = ids.get(w)!;
      let child = (node.next ??= new Map()).get(id);
      if (!child) node.next.set(id, (child = { candidate: null, next: null }));
      node = child;
    }
    node.candidate = c;
  }
  for (const run of runs) {
    for (let a = 0; a < run.length; a++) {
      let node: TrieNode | undefined = root;
      for (let b = a; b < run.length && node; b++) {
        node = node.next?.get(run[b]);
        if (node?.candidate) node.candidate.tf++;
      }
    }
  }
  const idfMemo = new Map<string, number>();
  const idfOf = (w: string) => idfMemo.get(w) ?? idfMemo.set(w, idf(table, w)).get(w)!;
  const scored = [...candidates.values()]
    .filter((c) => !c.words.some((w) => skip.has(w)) && !(c.words.length === 1 && NOT_ALONE.has(c.key)))
    .map((c) => ({ c, score: (1 + Math.log(c.tf || 1)) * c.words.reduce((s, w) => s + idfOf(w), 0) / Math.sqrt(c.words.length) }))
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
