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
import type { DocFrequencies } from './idf.js';
import { phrasesOfIds } from './phrases.js';
import { NOT_ALONE, WEAK_WORDS } from '../lexicon/stopwords.js';
import { isAcronym, normalize, stem } from './terms.js';
import { memoize } from '../util/memo.js';
import { beginDocument, keyIdf, keyIdfs, keyOf, keyText, knownKey, LOWER, normOf, shapeOf, textOf, WordFacts, wordIds } from './words.js';

export const KEYWORDS = 10;

/** One way a candidate is written: its words' spelling ids ("Sanctions" or "sanctions"), times seen. */
class Surface {
  n = 1;
  constructor(readonly words: number[]) {}
}

class Candidate {
  /** Key ids of the words, in order ("sanction" ...). */
  readonly keys: number[];
  /** Surface forms, mid-sentence and sentence-initial apart, in the order first seen. */
  readonly surfaces: Surface[] = [];
  readonly initialSurfaces: Surface[] = [];
  /** Times the phrase occurs as a contiguous part of any run (see below). */
  tf = 0;
  /**
   * @param first offset of the first occurrence
   * @param alone may it be a keyword by itself: false for one honorific ("Lord", NOT_ALONE)
   */
  constructor(keys: number[], readonly first: number, readonly alone: boolean) { this.keys = keys; }
}

/** A node of the phrase trie by key ids: the candidate whose words lead here, and the words that may follow. */
class TrieNode {
  candidate: Candidate | null = null;
  next: Map<number, TrieNode> | null = null;
  child(k: number): TrieNode {
    if (this.next === null) this.next = new Map();
    let c = this.next.get(k);
    if (c === undefined) this.next.set(k, (c = new TrieNode()));
    return c;
  }
}

/** The keyword form of a word ("Sanctions" → "sanction"). Memoised (see util/memo.ts). */
export const wordKey = memoize((text: string): string => stem(normalize(text)));

// Per word id: vague ("people", never a keyword out of a longer phrase); never a keyword alone ("Lord").
const WEAK = 1;
const NOT_ALONE_WORD = 2;
const facts = new WordFacts((id) => (WEAK_WORDS.has(normOf[id]) ? WEAK : 0) | (NOT_ALONE.has(keyText[keyOf[id]]) ? NOT_ALONE_WORD : 0));

/** Counts one more sighting of the spellings ids[a, b) in `list`. */
function see(list: Surface[], ids: readonly number[], a: number, b: number): void {
  for (const s of list) {
    const w = s.words;
    if (w.length !== b - a) continue;
    let k = 0;
    while (k < w.length && w[k] === ids[a + k]) k++;
    if (k === w.length) { s.n++; return; }
  }
  const words: number[] = [];
  for (let k = a; k < b; k++) words.push(ids[k]);
  list.push(new Surface(words));
}

/**
 * Keywords of the given body sentences, best first.
 * `edges`: offsets where entity mentions start or end (phrases never cross them). `skip`: words
 * (as terms.ts keys them) whose phrases are left out, e.g. the key people's names, which have a line
 * of their own: with "schlueter" skipped, neither "Schlueter" nor "Poul" from "Poul Schlueter" shows.
 */
export function keywords(sentences: readonly Sentence[], table: DocFrequencies, limit = KEYWORDS, edges: ReadonlySet<number> = new Set(), skip: ReadonlySet<string> = new Set()): Keyword[] {
  beginDocument();
  const ids = sentences.map((s) => wordIds(s.tokens));
  return keywordsOfIds(sentences, ids, table, limit, edges, skip);
}

/** keywords(), the sentences' tokens given as word ids too (words.ts: `ids[i]` = wordIds(sentences[i].tokens)). */
export function keywordsOfIds(sentences: readonly Sentence[], ids: readonly (readonly number[])[], table: DocFrequencies, limit = KEYWORDS, edges: ReadonlySet<number> = new Set(), skip: ReadonlySet<string> = new Set()): Keyword[] {
  const candidates: Candidate[] = []; // in the order first seen
  // The candidates in a trie by key ids: finding a phrase's candidate walks it, and so does counting
  // the sub-phrases of every run below, instead of joining a string per (sub-)phrase.
  const root = new TrieNode();
  // Every phrase seen, as (sentence, start, end) triples.
  const runs: number[] = [];
  const f = facts.table();
  for (let si = 0; si < sentences.length; si++) {
    const tokens = sentences[si].tokens;
    const w = ids[si];
    phrasesOfIds(w, (i) => tokens[i].start, edges, (a, b, sentenceInitial) => {
      runs.push(si, a, b);
      let node = root;
      for (let k = a; k < b; k++) node = node.child(keyOf[w[k]]);
      let c = node.candidate;
      if (c === null) {
        const keys: number[] = [];
        for (let k = a; k < b; k++) keys.push(keyOf[w[k]]);
        candidates.push((c = node.candidate = new Candidate(keys, tokens[a].start, b - a > 1 || (f[w[a]] & NOT_ALONE_WORD) === 0)));
      }
      see(sentenceInitial ? c.initialSurfaces : c.surfaces, w, a, b);
      // Single words of a phrase are candidates too: "crackdown" out of "brutal police crackdown".
      if (b - a > 1) {
        for (let k = a; k < b; k++) {
          if ((f[w[k]] & WEAK) !== 0) continue; // "people" out of "people power"
          const one = root.child(keyOf[w[k]]);
          let c1 = one.candidate;
          if (c1 === null) candidates.push((c1 = one.candidate = new Candidate([keyOf[w[k]]], tokens[k].start, (f[w[k]] & NOT_ALONE_WORD) === 0)));
          see(sentenceInitial && k === a ? c1.initialSurfaces : c1.surfaces, w, k, k + 1);
        }
      }
    });
  }
  // Term frequency of each candidate as a contiguous part of any run: walk the trie from every word
  // of every run (phrases have at most four words).
  for (let r = 0; r < runs.length; r += 3) {
    const w = ids[runs[r]];
    const end = runs[r + 2];
    for (let a = runs[r + 1]; a < end; a++) {
      let node: TrieNode | undefined = root;
      for (let b = a; b < end && node; b++) {
        node = node.next?.get(keyOf[w[b]]);
        if (node?.candidate) node.candidate.tf++;
      }
    }
  }
  const skipped = new Set<number>();
  for (const word of skip) { const k = knownKey(word); if (k >= 0) skipped.add(k); }
  const idfs = keyIdfs(table);
  const scored: Array<{ c: Candidate; score: number }> = [];
  next: for (const c of candidates) {
    if (!c.alone) continue;
    const keys = c.keys;
    let sum = 0;
    for (const k of keys) {
      if (skipped.size > 0 && skipped.has(k)) continue next;
      sum += keyIdf(idfs, table, k);
    }
    scored.push({ c, score: (1 + Math.log(c.tf || 1)) * sum / Math.sqrt(keys.length) });
  }
  scored.sort((x, y) => y.score - x.score || x.c.first - y.c.first);

  const picked: Array<{ c: Candidate; score: number }> = [];
  const overlaps = (a: readonly number[], b: readonly number[]) => a.some((k) => b.includes(k));
  for (const x of scored) {
    if (picked.length >= limit) break;
    if (picked.some((p) => overlaps(p.c.keys, x.c.keys))) continue;
    picked.push(x);
  }
  const top = picked[0]?.score || 1;
  let lowerSeen: Set<string> | null = null;
  // The lower case of every word of the sentences that starts lower-case ("sanctions"): the forms display() may use.
  const lowerWords = () => {
    if (lowerSeen) return lowerSeen;
    lowerSeen = new Set();
    for (const w of ids) for (const id of w) if ((shapeOf[id] & LOWER) !== 0) lowerSeen.add(textOf[id].toLowerCase());
    return lowerSeen;
  };
  return picked.map(({ c, score }) => ({ term: display(c, lowerWords), score: score / top }));
}

/** The most frequent of the surfaces (the first seen of equals), as text; undefined when none. */
function best(list: readonly Surface[]): string | undefined {
  let top: Surface | undefined;
  for (const s of list) if (!top || s.n > top.n) top = s;
  return top && top.words.map((id) => textOf[id]).join(' ');
}

/**
 * How to print a phrase: its most frequent form mid-sentence; a phrase seen only at the start of
 * sentences is lower-cased when the article also writes its first word in lower case
 * ("Sanctions were ..." and "... impose sanctions" → "sanctions").
 */
function display(c: Candidate, lowerSeen: () => ReadonlySet<string>): string {
  const mid = best(c.surfaces);
  if (mid) return mid;
  const initial = best(c.initialSurfaces) ?? c.keys.map((k) => keyText[k]).join(' ');
  const [head, ...rest] = initial.split(' ');
  if (!isAcronym(head) && lowerSeen().has(head.toLowerCase())) return [head.toLowerCase(), ...rest].join(' ');
  return initial;
}
