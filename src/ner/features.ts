// Feature extraction for the tagger: for each token of a document, a list of 32-bit feature hashes.
//
//   tokens [["President", "Vladimir", "Putin", "said", "."]]
//   token 2 ("Putin") -> word=Putin, lower=putin, shape=Xxxxx, w-1=vladimir, cluster(w)=7.7.4, gazetteer
//   (first name at -1), document evidence ("Putin" never lower-case here), what "Putin" was tagged as
//   earlier in the article, ... each one hash: mix2(template, value).
//
// A document is prepared once (`prepareDocument`); then sentences are featurised in order, because the
// "prediction history" features read the labels chosen for earlier sentences (`recordLabels`).
//
// Feature groups. Each feature reads some facts; which facts decides where its code goes, because the
// tagger (model.ts) adds up the weights of groups A-C once per distinct word and reuses the sums:
//   A. the word alone (spelling, cluster): wordFeatures.
//   B. one neighbouring word at offset o (or the sentence boundary there), and o: neighbourWord and
//      neighbourCluster; the offsets each is used at are fixed by neighbourFeatures.
//   C. the word and its place: which of first / second / last / other token, and whether the sentence
//      is in capitals (placeFeatures, positionFeatures, capBinFeatures; BIAS, reading nothing, counts here).
//   D. anything else (two or more words, the gazetteer, the document, earlier labels): written inline
//      in extractSentence, looked up per token.
// A feature of group A-C written inline in extractSentence would still be right (it would be looked up
// per token), but a feature that reads more than its group's facts must not go into A-C: the tagger
// would reuse a stale sum. tests/ner/feature-groups.test.ts checks that the groups add up to the list.

import { hashString, hashString2, mix2, mix3 } from './hash.js';
import { IntMap } from './int-map.js';
import { labelType } from './labels.js';
import { FLAG_ALLCAPS, FLAG_CAP, FLAG_DIGIT, FLAG_LETTER, FLAG_LOWER, wordShape } from './word-shape.js';

/** Word-level tables that ship inside the model. */
export interface NerResources {
  /** hash(word as written) -> packed cluster path (see packCluster), from unlabeled news. */
  clusters: IntMap;
  /** hash(lower-case word) -> 1 + bin of how often the word is capitalised mid-sentence (0..5). */
  capBins: IntMap;
  /** gazetteerKey(tokens) -> bit mask of the lists that hold that token sequence (GAZ_BITS). */
  gazetteer: IntMap;
  /** The longest gazetteer entry, in tokens. */
  gazMaxLen: number;
}

/** Template ids: each feature is mix2(template, value), so two templates never share a feature. */
const enum T {
  BIAS = 1,
  WORD,
  LOWER,
  SHAPE,
  SHORT,
  SUFFIX,
  CTX_LOWER, // + offset
  CTX_SHORT,
  BIGRAM_LEFT,
  BIGRAM_RIGHT,
  SHAPE3,
  POSITION,
  CAPS_LOWER,
  CLUSTER, // + position and depth
  CAP_BIN,
  GAZ,
  GAZ_CTX,
  DOC_CASE,
  DOC_RUN,
  HISTORY,
  HISTORY_ALL,
  DOC_FORM_SHORT,
  LENGTH,
}

const BOUNDARY_START = hashString('<s>');
/**
 * Gazetteer bits that are never features: gazetteer.ts's PREFIX_BIT (30), which marks n-grams that only
 * start longer entries, and its brand bit (12), which only the span-repair rules read (as a feature it
 * moved nothing on today's news and cost UNER dev 0.005).
 */
export const GAZ_NOT_FEATURES = (1 << 30) | (1 << 12);
const BOUNDARY_END = hashString('</s>');

/** Packs a cluster path a.b.c.d (branching 8/8/8/4) into one integer with a leading marker bit. */
export function packCluster(path: number[]): number {
  const [a = 0, b = 0, c = 0, d = 0] = path;
  return (1 << 11) | (a << 8) | (b << 5) | (c << 2) | d;
}
const CLUSTER_SHIFTS = [8, 5, 2, 0];

/** Hash of a token sequence for gazetteer lookups: case-folded, so headlines in capitals match. */
export const GAZ_SEED = 0x2545f491;

export function gazetteerKey(tokens: string[]): number {
  let h = GAZ_SEED;
  for (const t of tokens) h = mix2(h, hashString(t.toLowerCase()));
  return h;
}

/**
 * The words of a document, read where they are: sentence s has length(s) tokens, word(s, i) is the
 * text of its token i. The pipeline reads its Sentence tokens through this, without building a
 * string array per sentence (a 20 MB article has 3.5 million tokens); `wordsOf` wraps string arrays.
 */
export interface DocumentWords {
  count: number;
  length(s: number): number;
  word(s: number, i: number): string;
}

/** DocumentWords over sentences given as string arrays: [["Putin", "visited", "Minsk"]]. */
export function wordsOf(sentences: string[][]): DocumentWords {
  return { count: sentences.length, length: (s) => sentences[s].length, word: (s, i) => sentences[s][i] };
}

/**
 * What we know about every token of a document before any tagging. Tokens are interned by spelling
 * (as read: a word of an all-capitals sentence in its running-text case): token i of sentence s is
 * entry type[offset[s] + i] of the per-spelling tables (word, lower, shape, ...), so a word written
 * 10,000 times has its hashes, shape and cluster stored once, and a token costs 4 bytes here.
 */
export interface PreparedDocument {
  /** offset[s]: index of sentence s's first token; offset[sentence count] = number of tokens. */
  offset: Int32Array;
  /** Per token: its entry in the tables below. */
  type: Int32Array;
  /** Number of entries in the tables (distinct spellings). */
  types: number;
  word: Int32Array;
  /** A second, independent hash of the spelling: with `word`, names the spelling across documents. */
  check: Int32Array;
  lower: Int32Array;
  lowerText: string[];
  shape: Int32Array;
  short: Int32Array;
  flags: Int32Array;
  cluster: Int32Array;
  /** The gazetteer's bits for the word alone (an entry, or the start of one); -1 until first needed. */
  gazFirst: Int32Array;
  capsSentence: Uint8Array;
  /** hash(lower) -> DOC_* bits: how the word is written elsewhere in the document. */
  docCase: IntMap;
  /** hash(lower) -> bits: first/middle/last/single of a run of capitalised words somewhere in the document. */
  docRun: IntMap;
  /** hash(lower) -> short shape of the word where written in mixed case (used inside capital headlines). */
  docFormShort: IntMap;
  /** hash(lower) -> slot in `historyCounts`: labels given so far (per type, and O) to capitalised uses. */
  history: IntMap;
  historyCounts: Int32Array;
  historySlots: number;
  /** Gazetteer bits to ignore for this document (training: entities found only in this document). */
  gazExclude: IntMap | null;
  res: NerResources;
}

const DOC_LOWER = 1; // written all lower-case mid-sentence somewhere: "march" vs "March"
const DOC_CAP_MID = 2; // capitalised away from a sentence start somewhere

function isCapsSentence(words: DocumentWords, s: number, n: number, flags: Int32Array, types: Int32Array): boolean {
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const f = flags[types[i]];
    if (!(f & FLAG_LETTER)) continue;
    if (!(f & FLAG_ALLCAPS)) return false;
    letters += words.word(s, i).length;
  }
  return letters > 1;
}

/**
 * The case a word of an all-capitals sentence would have in running text, from the word tables:
 * lower case when running text rarely capitalises it ("TELLS" -> "tells"), as written when only the
 * capitalised form is known ("EU", "NATO"), else title case ("RUSSIA" -> "Russia", and unknown words,
 * most of which are names: "LUKASHENKO" -> "Lukashenko"). Words with digits or one letter stay as they are.
 */
export function caseForm(res: NerResources, w: string): string {
  if (w.length < 2 || !/^\p{Lu}+(?:[-'.]\p{Lu}+)*\.?$/u.test(w)) return w;
  const lw = w.toLowerCase();
  const bin = res.capBins.get(hashString(lw), 0); // 1 + bin; 0 = unknown
  if (bin === 1 || bin === 2) return lw;
  const title = w[0] + lw.slice(1);
  if (res.clusters.get(hashString(w), 0) && !res.clusters.get(hashString(title), 0)) return w;
  return title;
}

/** Grows the per-spelling tables of `doc` to hold at least `size` entries. */
function growTypes(doc: PreparedDocument, size: number): void {
  const grow = (a: Int32Array): Int32Array => {
    const b = new Int32Array(size);
    b.set(a.subarray(0, doc.types));
    return b;
  };
  doc.word = grow(doc.word);
  doc.check = grow(doc.check);
  doc.lower = grow(doc.lower);
  doc.shape = grow(doc.shape);
  doc.short = grow(doc.short);
  doc.flags = grow(doc.flags);
  doc.cluster = grow(doc.cluster);
  const gazFirst = new Int32Array(size).fill(-1);
  gazFirst.set(doc.gazFirst.subarray(0, doc.types));
  doc.gazFirst = gazFirst;
}

/** The entry of spelling `w` in the tables of `doc`, added (hashes, shape, cluster) when new. */
function typeOf(doc: PreparedDocument, ids: Map<string, number>, w: string): number {
  let t = ids.get(w);
  if (t !== undefined) return t;
  t = doc.types;
  if (t === doc.word.length) growTypes(doc, t * 2);
  doc.types++;
  ids.set(w, t);
  const lw = w.toLowerCase();
  const h = hashString(w);
  doc.word[t] = h;
  doc.check[t] = hashString2(w);
  doc.lower[t] = lw === w ? h : hashString(lw);
  doc.lowerText.push(lw);
  const sh = wordShape(w);
  doc.shape[t] = sh.long;
  doc.short[t] = sh.short;
  doc.flags[t] = sh.flags;
  doc.cluster[t] = doc.res.clusters.get(h, 0);
  return t;
}

let sentenceTypes = new Int32Array(256);

/** Per-token hashes and document-wide evidence; nothing here depends on labels. */
export function prepareDocument(
  res: NerResources,
  sentences: string[][] | DocumentWords,
  gazExclude: IntMap | null = null,
): PreparedDocument {
  const words = Array.isArray(sentences) ? wordsOf(sentences) : sentences;
  const count = words.count;
  const offset = new Int32Array(count + 1);
  for (let s = 0; s < count; s++) offset[s + 1] = offset[s] + words.length(s);
  const total = offset[count];
  const capacity = Math.max(16, Math.min(total, 4096));
  const doc: PreparedDocument = {
    offset,
    type: new Int32Array(total),
    types: 0,
    word: new Int32Array(capacity),
    check: new Int32Array(capacity),
    lower: new Int32Array(capacity),
    lowerText: [],
    shape: new Int32Array(capacity),
    short: new Int32Array(capacity),
    flags: new Int32Array(capacity),
    cluster: new Int32Array(capacity),
    gazFirst: new Int32Array(capacity).fill(-1),
    capsSentence: new Uint8Array(count),
    docCase: new IntMap(Math.min(total, 4096)),
    docRun: new IntMap(Math.min(total, 1024)),
    docFormShort: new IntMap(Math.min(total, 1024)),
    history: new IntMap(Math.min(total, 1024)),
    historyCounts: new Int32Array(5 * 256),
    historySlots: 0,
    gazExclude,
    res,
  };
  const ids = new Map<string, number>();
  const { type, docCase, docRun, docFormShort } = doc;
  for (let s = 0; s < count; s++) {
    const o = offset[s];
    const n = offset[s + 1] - o;
    if (sentenceTypes.length < n) sentenceTypes = new Int32Array(n * 2);
    for (let i = 0; i < n; i++) sentenceTypes[i] = typeOf(doc, ids, words.word(s, i));
    const caps = isCapsSentence(words, s, n, doc.flags, sentenceTypes);
    doc.capsSentence[s] = caps ? 1 : 0;
    // a sentence in capitals is read in the case running text would use: "RUSSIA TELLS EU" -> "Russia tells EU"
    if (caps) for (let i = 0; i < n; i++) type[o + i] = typeOf(doc, ids, caseForm(res, words.word(s, i)));
    else for (let i = 0; i < n; i++) type[o + i] = sentenceTypes[i];
    if (caps) continue;
    // evidence from ordinary sentences: how each word is written, and capitalised runs
    const { lower, short, flags } = doc; // (the tables are complete for this sentence)
    let runStart = -1;
    for (let i = 0; i <= n; i++) {
      const f = i < n ? flags[type[o + i]] : 0;
      const cap = (f & FLAG_CAP) !== 0;
      if (i > 0 && f & FLAG_LETTER) {
        const l = lower[type[o + i]];
        const bit = f & FLAG_LOWER ? DOC_LOWER : cap ? DOC_CAP_MID : 0;
        if (bit) docCase.set(l, docCase.get(l, 0) | bit);
        if (cap && !(f & FLAG_ALLCAPS) && docFormShort.get(l, 0) === 0) docFormShort.set(l, short[type[o + i]]);
      }
      if (cap && runStart < 0) runStart = i;
      if (!cap && runStart >= 0) {
        const len = i - runStart;
        for (let k = runStart; k < i; k++) {
          const bit = len === 1 ? 8 : k === runStart ? 1 : k === i - 1 ? 4 : 2;
          const l = lower[type[o + k]];
          docRun.set(l, docRun.get(l, 0) | bit);
        }
        runStart = -1;
      }
    }
  }
  return doc;
}

/**
 * A growable buffer of feature hashes for one sentence: token i owns feats[start[i] .. start[i+1]).
 */
export class FeatureBuffer {
  feats = new Int32Array(4096);
  start = new Int32Array(257);
  count = 0;
  reset(n: number): void {
    if (this.start.length < n + 1) this.start = new Int32Array(n * 2 + 1);
    this.count = 0;
  }
  push(f: number): void {
    if (this.count === this.feats.length) {
      const bigger = new Int32Array(this.feats.length * 2);
      bigger.set(this.feats);
      this.feats = bigger;
    }
    this.feats[this.count++] = f;
  }
}

// ---- Group A: the word alone --------------------------------------------------------------------

/** The features of word type `t` (an entry of the document's tables) that read nothing but the word. */
export function wordFeatures(doc: PreparedDocument, t: number, buf: FeatureBuffer): void {
  const cap = doc.flags[t] & FLAG_CAP;
  buf.push(mix2(T.WORD, doc.word[t]));
  buf.push(mix2(T.LOWER, doc.lower[t]));
  buf.push(mix2(T.SHAPE, doc.shape[t]));
  buf.push(mix2(T.SHORT, doc.short[t]));
  const lw = doc.lowerText[t];
  const len = lw.length;
  buf.push(mix3(T.LENGTH, Math.min(len, 8), cap));
  // suffixes of the lower-case word, 2..4 characters: "-ov", "-ski", "-ese", "-ian". Prefixes and
  // 1-character suffixes scored nothing on the CoNLL dev set once word clusters were in; suffixes
  // stay for unseen names, whose endings tell their origin and kind. (Prefixes of 2..4 characters, and
  // the clusters of the neighbours at -2 and +2, were tried again with the mixed training data: both
  // lost on UNER dev with two seeds each; models/README.md, "tried".)
  let sh = 0x811c9dc5;
  for (let k = 0; k < 4 && k < len - 1; k++) {
    sh = Math.imul(sh ^ lw.charCodeAt(len - 1 - k), 0x01000193);
    if (k > 0) buf.push(mix3(T.SUFFIX, k, sh));
  }
  // the word's cluster at four depths
  const c0 = doc.cluster[t];
  if (!c0) buf.push(mix3(T.CLUSTER, 0, -1));
  else for (let d = 0; d < 4; d++) buf.push(mix3(T.CLUSTER, d, c0 >> CLUSTER_SHIFTS[d]));
}

// ---- Group B: one neighbouring word -------------------------------------------------------------

/** The neighbour's lower-case word and short shape (boundary markers beyond the sentence). */
function neighbourWord(buf: FeatureBuffer, o: number, lv: number, sv: number): void {
  buf.push(mix3(T.CTX_LOWER, o, lv));
  buf.push(mix3(T.CTX_SHORT, o, sv));
}

/** The neighbour's cluster at three depths (none beyond the sentence). */
function neighbourCluster(buf: FeatureBuffer, o: number, c: number): void {
  if (!c) {
    buf.push(mix3(T.CLUSTER, o, -1));
    return;
  }
  for (let d = 1; d < 4; d++) buf.push(mix3(T.CLUSTER, o * 8 + d, c >> CLUSTER_SHIFTS[d]));
}

/** The offsets from a token at which group B reads a word: -2 -1 +1 +2. */
export const NEIGHBOUR_OFFSETS: readonly number[] = [-2, -1, 1, 2];

/**
 * The group-B features that word type `t` gives the token at offset -o from it ("Minsk" at o = +1 for
 * "in" in "in Minsk ."); t < 0 is the sentence boundary at that offset (start for o < 0, end for o > 0).
 * extractSentence writes the same features in its own order.
 */
export function neighbourFeatures(doc: PreparedDocument, t: number, o: number, buf: FeatureBuffer): void {
  if (t < 0) {
    const b = o < 0 ? BOUNDARY_START : BOUNDARY_END;
    neighbourWord(buf, o, b, b);
    return;
  }
  neighbourWord(buf, o, doc.lower[t], doc.short[t]);
  if (o === -1 || o === 1) neighbourCluster(buf, o, doc.cluster[t]);
}

// ---- Group C: the word in its place -------------------------------------------------------------

/** Where token i of an n-token sentence is, as group C reads it: 0 first, 1 second, 2 last, 3 elsewhere. */
export function placeOf(i: number, n: number): number {
  return i === 0 ? 0 : i === 1 ? 1 : i === n - 1 ? 2 : 3;
}

function positionFeatures(doc: PreparedDocument, t: number, place: number, caps: boolean, buf: FeatureBuffer): void {
  buf.push(mix3(T.POSITION, place, mix2(doc.short[t], caps ? 1 : 0)));
  if (caps) buf.push(mix2(T.CAPS_LOWER, doc.lower[t]));
}

/** How often this word is capitalised in running news text, with its capitalisation here. */
function capBinFeatures(doc: PreparedDocument, t: number, place: number, caps: boolean, buf: FeatureBuffer): void {
  const bin = doc.res.capBins.get(doc.lower[t], 0);
  const cap = doc.flags[t] & FLAG_CAP;
  buf.push(mix3(T.CAP_BIN, bin, (cap ? 1 : 0) + (place === 0 ? 2 : 0) + (caps ? 4 : 0)));
}

/**
 * Groups A and C: every feature of word type `t` at `place` (placeOf) in a sentence in capitals or
 * not that reads nothing else. extractSentence writes the same features in its own order.
 */
export function placeFeatures(doc: PreparedDocument, t: number, place: number, caps: boolean, buf: FeatureBuffer): void {
  wordFeatures(doc, t, buf);
  buf.push(mix2(T.BIAS, 0));
  positionFeatures(doc, t, place, caps, buf);
  capBinFeatures(doc, t, place, caps, buf);
}

// ---- The whole list, and group D ----------------------------------------------------------------

const gazScratch: number[] = [];
let gazStart = new Int32Array(257);
let gazFeats = new Int32Array(1024);

/** Sorts (token, feature) pairs by token into gazStart/gazFeats (a counting sort, no allocation). */
function bucketByToken(n: number, pairs: number[]): void {
  if (gazStart.length < n + 2) gazStart = new Int32Array(n * 2 + 2);
  if (gazFeats.length < pairs.length / 2) gazFeats = new Int32Array(pairs.length);
  gazStart.fill(0, 0, n + 2);
  for (let p = 0; p < pairs.length; p += 2) gazStart[pairs[p] + 2]++;
  for (let i = 2; i < n + 2; i++) gazStart[i] += gazStart[i - 1];
  for (let p = 0; p < pairs.length; p += 2) gazFeats[gazStart[pairs[p] + 1]++] = pairs[p + 1];
}

/** One sentence's per-token facts, copied out of the document's per-spelling tables. */
let sLower = new Int32Array(256);
let sShort = new Int32Array(256);
let sFlags = new Int32Array(256);
let sCluster = new Int32Array(256);

/**
 * Fills `buf` with the features of every token of sentence `s`, in a fixed order (training's sums and
 * feature rows follow it). With `groupD`, only the features of group D: the caller adds groups A-C
 * itself (placeFeatures, neighbourFeatures).
 */
export function extractSentence(doc: PreparedDocument, s: number, buf: FeatureBuffer, groupD = false): void {
  const first = doc.offset[s];
  const n = doc.offset[s + 1] - first;
  const { res } = doc;
  if (sLower.length < n) {
    const size = n * 2;
    [sLower, sShort, sFlags, sCluster] = Array.from({ length: 4 }, () => new Int32Array(size));
  }
  const types = doc.type;
  for (let i = 0; i < n; i++) {
    const t = types[first + i];
    sLower[i] = doc.lower[t];
    sShort[i] = doc.short[t];
    sFlags[i] = doc.flags[t];
    sCluster[i] = doc.cluster[t];
  }
  const lower = sLower;
  const short = sShort;
  const flags = sFlags;
  const cluster = sCluster;
  const caps = doc.capsSentence[s] === 1;
  const all = !groupD;
  buf.reset(n);

  // gazetteer matches, as (token, feature) pairs collected first
  gazScratch.length = 0;
  const gaz = res.gazetteer;
  if (gaz.size) {
    const gazFirst = doc.gazFirst;
    for (let i = 0; i < n; i++) {
      // lower-case words too ("florida", "taco bell" in web text); the feature says whether it was capitalised
      if (!(flags[i] & (FLAG_LETTER | FLAG_DIGIT))) continue;
      let h = GAZ_SEED;
      const maxJ = Math.min(n, i + res.gazMaxLen);
      for (let j = i; j < maxJ; j++) {
        h = mix2(h, lower[j]);
        let found: number;
        if (j > i) found = gaz.get(h, 0);
        else {
          // the one-word lookup, once per distinct word of the document
          const t = types[first + i];
          found = gazFirst[t];
          if (found < 0) found = gazFirst[t] = gaz.get(h, 0);
        }
        if (!found) break; // neither an entry nor the start of one: no longer n-gram can match
        let mask = found & ~GAZ_NOT_FEATURES;
        if (doc.gazExclude) mask &= ~doc.gazExclude.get(h, 0);
        if (!mask) continue;
        for (let b = 0; b < 30; b++) {
          if (!(mask & (1 << b))) continue;
          for (let k = i; k <= j; k++) {
            const part = j === i ? 3 : k === i ? 0 : k === j ? 2 : 1;
            gazScratch.push(k, mix2(T.GAZ, mix3(b, part, flags[k] & FLAG_CAP)));
          }
        }
      }
    }
  }
  bucketByToken(n, gazScratch);

  for (let i = 0; i < n; i++) {
    buf.start[i] = buf.count;
    const t = types[first + i];
    const f = flags[i];
    const cap = f & FLAG_CAP;
    const place = placeOf(i, n);

    if (all) {
      wordFeatures(doc, t, buf); // A
      buf.push(mix2(T.BIAS, 0)); // C
    }
    for (let g = gazStart[i]; g < gazStart[i + 1]; g++) buf.push(gazFeats[g]);

    // B: context words and shapes at -2..+2
    if (all)
      for (let o = -2; o <= 2; o++) {
        if (o === 0) continue;
        const j = i + o;
        const lv = j < 0 ? BOUNDARY_START : j >= n ? BOUNDARY_END : lower[j];
        const sv = j < 0 ? BOUNDARY_START : j >= n ? BOUNDARY_END : short[j];
        neighbourWord(buf, o, lv, sv);
      }
    const lPrev = i > 0 ? lower[i - 1] : BOUNDARY_START;
    const lNext = i + 1 < n ? lower[i + 1] : BOUNDARY_END;
    buf.push(mix3(T.BIGRAM_LEFT, lPrev, lower[i]));
    buf.push(mix3(T.BIGRAM_RIGHT, lower[i], lNext));
    const sPrev = i > 0 ? short[i - 1] : BOUNDARY_START;
    const sNext = i + 1 < n ? short[i + 1] : BOUNDARY_END;
    buf.push(mix2(mix3(T.SHAPE3, sPrev, short[i]), sNext));

    if (all) {
      positionFeatures(doc, t, place, caps, buf); // C
      // B: clusters of the neighbours, at three depths
      if (i > 0) neighbourCluster(buf, -1, cluster[i - 1]);
      if (i + 1 < n) neighbourCluster(buf, 1, cluster[i + 1]);
      capBinFeatures(doc, t, place, caps, buf); // C
    }

    // document-level evidence
    if (f & FLAG_LETTER) {
      const where = caps ? 2 : i === 0 ? 1 : 0;
      const dc = doc.docCase.get(lower[i], 0);
      buf.push(mix3(T.DOC_CASE, dc, where * 2 + (cap ? 1 : 0)));
      if (cap) {
        buf.push(mix3(T.DOC_RUN, doc.docRun.get(lower[i], 0), where));
        if (caps) buf.push(mix2(T.DOC_FORM_SHORT, doc.docFormShort.get(lower[i], 0)));
        const slot = doc.history.get(lower[i]);
        if (slot >= 0) {
          const hist = doc.historyCounts;
          const base = slot * 5;
          let best = 4;
          for (let t = 0; t < 4; t++) if (hist[base + t] > hist[base + best]) best = t;
          buf.push(mix3(T.HISTORY, best, where));
          let seen = 0;
          for (let t = 0; t < 5; t++) if (hist[base + t]) seen |= 1 << t;
          buf.push(mix2(T.HISTORY_ALL, seen));
        } else buf.push(mix3(T.HISTORY, -1, where));
      }
    }
  }
  buf.start[n] = buf.count;
}

/** Remembers the labels chosen for sentence `s`, for the prediction-history features of later ones. */
export function recordLabels(doc: PreparedDocument, s: number, labels: ArrayLike<number>): void {
  const o = doc.offset[s];
  const n = doc.offset[s + 1] - o;
  for (let i = 0; i < n; i++) {
    const t = doc.type[o + i];
    if (!(doc.flags[t] & FLAG_CAP)) continue;
    const key = doc.lower[t];
    let slot = doc.history.get(key);
    if (slot < 0) {
      slot = doc.historySlots++;
      doc.history.set(key, slot);
      if (doc.historyCounts.length < doc.historySlots * 5) {
        const bigger = new Int32Array(doc.historyCounts.length * 2);
        bigger.set(doc.historyCounts);
        doc.historyCounts = bigger;
      }
    }
    const t2 = labelType(labels[i]);
    doc.historyCounts[slot * 5 + (t2 < 0 ? 4 : t2)]++;
  }
}
