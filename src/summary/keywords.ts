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
import { EMPTY_TOKENS, type Tokens } from '../pipeline/tokens.js';
import type { DocFrequencies } from './idf.js';
import { phrasesOfIds } from './phrases.js';
import { NOT_ALONE, WEAK_WORDS } from '../lexicon/stopwords.js';
import { isAcronym, normalize, stem } from './terms.js';
import { memoize } from '../util/memo.js';
import { beginDocument, keyIdf, keyIdfs, keyOf, knownKey, LOWER, normOf, shapeOf, textOf, WordFacts, wordIds } from './words.js';

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
const facts = new WordFacts((id) => (WEAK_WORDS.has(normOf[id]) ? WEAK : 0) | (NOT_ALONE.has(textOf[keyOf[id]]) ? NOT_ALONE_WORD : 0));

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
  const found = new Candidates();
  for (let si = 0; si < sentences.length; si++) found.sentence(ids[si], sentences[si].tokens, edges);
  found.countTf(ids);
  const picked = pick(rank(found.list, table, skip), limit);
  const top = picked[0]?.score || 1;
  const lower = new LowerForms(ids);
  return picked.map(({ c, score }) => ({ term: display(c, lower), score: score / top }));
}

/**
 * The candidates of a document, in the order first seen, and in a trie by key ids: finding a
 * phrase's candidate walks it, and so does counting the sub-phrases of every run, instead of joining a
 * string per (sub-)phrase.
 */
class Candidates {
  readonly list: Candidate[] = [];
  private readonly root = new TrieNode();
  /** Every phrase seen, as (sentence, start, end) triples. */
  private readonly runs: number[] = [];
  private readonly facts = facts.table();
  // The sentence being read, for add().
  private si = -1;
  private w: readonly number[] = [];
  private tokens: Tokens = EMPTY_TOKENS;
  private readonly add = (a: number, b: number, initial: boolean) => this.phrase(a, b, initial);

  sentence(ids: readonly number[], tokens: Tokens, edges: ReadonlySet<number>): void {
    this.si++;
    this.w = ids;
    this.tokens = tokens;
    phrasesOfIds(ids, tokens, edges, this.add);
  }

  private phrase(a: number, b: number, sentenceInitial: boolean): void {
    const { w, tokens, facts: f } = this;
    this.runs.push(this.si, a, b);
    let node = this.root;
    for (let k = a; k < b; k++) node = node.child(keyOf[w[k]]);
    let c = node.candidate;
    if (c === null) {
      const keys: number[] = [];
      for (let k = a; k < b; k++) keys.push(keyOf[w[k]]);
      c = node.candidate = new Candidate(keys, tokens.start(a), b - a > 1 || (f[w[a]] & NOT_ALONE_WORD) === 0);
      this.list.push(c);
    }
    see(sentenceInitial ? c.initialSurfaces : c.surfaces, w, a, b);
    // Single words of a phrase are candidates too: "crackdown" out of "brutal police crackdown".
    if (b - a > 1) {
      for (let k = a; k < b; k++) {
        if ((f[w[k]] & WEAK) !== 0) continue; // "people" out of "people power"
        const one = this.root.child(keyOf[w[k]]);
        let c1 = one.candidate;
        if (c1 === null) {
          c1 = one.candidate = new Candidate([keyOf[w[k]]], tokens.start(k), (f[w[k]] & NOT_ALONE_WORD) === 0);
          this.list.push(c1);
        }
        see(sentenceInitial && k === a ? c1.initialSurfaces : c1.surfaces, w, k, k + 1);
      }
    }
  }

  /**
   * Term frequency of each candidate as a contiguous part of any run: walks the trie from every word
   * of every run (phrases have at most four words). `ids`: the sentences' word ids, as read.
   */
  countTf(ids: readonly (readonly number[])[]): void {
    const runs = this.runs;
    for (let r = 0; r < runs.length; r += 3) {
      const w = ids[runs[r]];
      const end = runs[r + 2];
      for (let a = runs[r + 1]; a < end; a++) {
        let node: TrieNode | undefined = this.root;
        for (let b = a; b < end && node; b++) {
          node = node.next?.get(keyOf[w[b]]);
          if (node?.candidate) node.candidate.tf++;
        }
      }
    }
  }
}

class Scored {
  constructor(readonly c: Candidate, readonly score: number) {}
}

/** The candidates that may be keywords, scored (see the top of this file), best first; ties by first occurrence. */
function rank(candidates: readonly Candidate[], table: DocFrequencies, skip: ReadonlySet<string>): Scored[] {
  const skipped: number[] = [];
  for (const word of skip) { const k = knownKey(word); if (k >= 0) skipped.push(k); }
  const idfs = keyIdfs(table);
  const scored: Scored[] = [];
  next: for (const c of candidates) {
    if (!c.alone) continue;
    const keys = c.keys;
    let sum = 0;
    for (const k of keys) {
      if (skipped.length > 0 && skipped.includes(k)) continue next;
      sum += keyIdf(idfs, table, k);
    }
    scored.push(new Scored(c, (1 + Math.log(c.tf || 1)) * sum / Math.sqrt(keys.length)));
  }
  return scored.sort((x, y) => y.score - x.score || x.c.first - y.c.first);
}

/** The first `limit` of the ranked candidates that share no word with one picked before. */
function pick(scored: readonly Scored[], limit: number): Scored[] {
  const picked: Scored[] = [];
  const overlaps = (a: readonly number[], b: readonly number[]) => a.some((k) => b.includes(k));
  for (const x of scored) {
    if (picked.length >= limit) break;
    if (picked.some((p) => overlaps(p.c.keys, x.c.keys))) continue;
    picked.push(x);
  }
  return picked;
}

/** The lower case of every word of the sentences that starts lower-case ("sanctions"): the forms display() may use. Built when first asked. */
class LowerForms {
  private seen: Set<string> | null = null;
  constructor(private readonly ids: readonly (readonly number[])[]) {}
  has(word: string): boolean {
    if (this.seen === null) {
      this.seen = new Set();
      for (const w of this.ids) for (const id of w) if ((shapeOf[id] & LOWER) !== 0) this.seen.add(textOf[id].toLowerCase());
    }
    return this.seen.has(word);
  }
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
function display(c: Candidate, lowerSeen: LowerForms): string {
  const mid = best(c.surfaces);
  if (mid) return mid;
  const initial = best(c.initialSurfaces) ?? c.keys.map((k) => textOf[k]).join(' ');
  const [head, ...rest] = initial.split(' ');
  if (!isAcronym(head) && lowerSeen.has(head.toLowerCase())) return [head.toLowerCase(), ...rest].join(' ');
  return initial;
}
