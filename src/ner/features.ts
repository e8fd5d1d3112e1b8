// Feature extraction for the tagger: for each token of a document, a list of 32-bit feature hashes.
//
//   tokens [["President", "Vladimir", "Putin", "said", "."]]
//   token 2 ("Putin") -> word=Putin, lower=putin, shape=Xxxxx, w-1=vladimir, cluster(w)=7.7.4, gazetteer
//   (first name at -1), document evidence ("Putin" never lower-case here), what "Putin" was tagged as
//   earlier in the article, ... each one hash: mix2(template, value).
//
// A document is prepared once (`prepareDocument`); then sentences are featurised in order, because the
// "prediction history" features read the labels chosen for earlier sentences (`recordLabels`).

import { hashString, mix2, mix3 } from './hash.js';
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
/** gazetteer.ts's PREFIX_BIT (30): marks n-grams that only start longer entries; never a feature. */
const GAZ_PREFIX_MASK = 1 << 30;
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
 * What we know about every token of a document before any tagging. Per-token facts sit in flat typed
 * arrays over the whole document (token i of sentence s is at offset[s] + i): a few large arrays
 * instead of many small ones keep the garbage collector out of the way.
 */
export interface PreparedDocument {
  sentences: string[][];
  /** offset[s]: index of sentence s's first token; offset[sentences.length] = number of tokens. */
  offset: Int32Array;
  word: Int32Array;
  lower: Int32Array;
  lowerText: string[];
  shape: Int32Array;
  short: Int32Array;
  flags: Int32Array;
  cluster: Int32Array;
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

function isCapsSentence(words: string[], flags: Int32Array, o: number): boolean {
  let letters = 0;
  for (let i = 0; i < words.length; i++) {
    if (!(flags[o + i] & FLAG_LETTER)) continue;
    if (!(flags[o + i] & FLAG_ALLCAPS)) return false;
    letters += words[i].length;
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

/** Per-token hashes and document-wide evidence; nothing here depends on labels. */
export function prepareDocument(res: NerResources, sentences: string[][], gazExclude: IntMap | null = null): PreparedDocument {
  const offset = new Int32Array(sentences.length + 1);
  for (let s = 0; s < sentences.length; s++) offset[s + 1] = offset[s] + sentences[s].length;
  const total = offset[sentences.length];
  const doc: PreparedDocument = {
    sentences,
    offset,
    word: new Int32Array(total),
    lower: new Int32Array(total),
    lowerText: new Array<string>(total),
    shape: new Int32Array(total),
    short: new Int32Array(total),
    flags: new Int32Array(total),
    cluster: new Int32Array(total),
    capsSentence: new Uint8Array(sentences.length),
    docCase: new IntMap(Math.min(total, 4096)),
    docRun: new IntMap(Math.min(total, 1024)),
    docFormShort: new IntMap(Math.min(total, 1024)),
    history: new IntMap(Math.min(total, 1024)),
    historyCounts: new Int32Array(5 * 256),
    historySlots: 0,
    gazExclude,
    res,
  };
  const { word, lower, lowerText, shape, short, flags, cluster, docCase, docRun, docFormShort } = doc;
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s];
    const n = words.length;
    const o = offset[s];
    for (let i = 0; i < n; i++) flags[o + i] = wordShape(words[i]).flags;
    const caps = isCapsSentence(words, flags, o);
    doc.capsSentence[s] = caps ? 1 : 0;
    for (let i = 0; i < n; i++) {
      // a sentence in capitals is read in the case running text would use: "RUSSIA TELLS EU" -> "Russia tells EU"
      const w = caps ? caseForm(res, words[i]) : words[i];
      const lw = w.toLowerCase();
      const h = hashString(w);
      word[o + i] = h;
      lower[o + i] = lw === w ? h : hashString(lw);
      lowerText[o + i] = lw;
      const sh = wordShape(w);
      shape[o + i] = sh.long;
      short[o + i] = sh.short;
      flags[o + i] = sh.flags;
      cluster[o + i] = res.clusters.get(h, 0);
    }
    if (caps) continue;
    // evidence from ordinary sentences: how each word is written, and capitalised runs
    let runStart = -1;
    for (let i = 0; i <= n; i++) {
      const f = i < n ? flags[o + i] : 0;
      const cap = (f & FLAG_CAP) !== 0;
      if (i > 0 && f & FLAG_LETTER) {
        const l = lower[o + i];
        const bit = f & FLAG_LOWER ? DOC_LOWER : cap ? DOC_CAP_MID : 0;
        if (bit) docCase.set(l, docCase.get(l, 0) | bit);
        if (cap && !(f & FLAG_ALLCAPS) && docFormShort.get(l, 0) === 0) docFormShort.set(l, short[o + i]);
      }
      if (cap && runStart < 0) runStart = i;
      if (!cap && runStart >= 0) {
        const len = i - runStart;
        for (let k = runStart; k < i; k++) {
          const bit = len === 1 ? 8 : k === runStart ? 1 : k === i - 1 ? 4 : 2;
          const l = lower[o + k];
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
 * The first features of each token, feats[start[i] .. wordEnd[i]), depend on the word alone (its
 * spelling and cluster), so the scorer may add them up once per distinct word: wordKey[i] and
 * wordCheck[i] identify the word for that cache.
 */
export class FeatureBuffer {
  feats = new Int32Array(4096);
  start = new Int32Array(257);
  wordEnd = new Int32Array(257);
  wordKey = new Int32Array(257);
  wordCheck = new Int32Array(257);
  count = 0;
  reset(n: number): void {
    if (this.start.length < n + 1) {
      this.start = new Int32Array(n * 2 + 1);
      this.wordEnd = new Int32Array(n * 2 + 1);
      this.wordKey = new Int32Array(n * 2 + 1);
      this.wordCheck = new Int32Array(n * 2 + 1);
    }
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

/** Fills `buf` with the features of every token of sentence `s`. */
export function extractSentence(doc: PreparedDocument, s: number, buf: FeatureBuffer): void {
  const n = doc.sentences[s].length;
  const { res } = doc;
  const at = doc.offset[s]; // the sentence's first token in the document arrays
  const word = doc.word;
  const lower = doc.lower;
  const lowerText = doc.lowerText;
  const shape = doc.shape;
  const short = doc.short;
  const flags = doc.flags;
  const cluster = doc.cluster;
  const caps = doc.capsSentence[s] === 1;
  buf.reset(n);

  // gazetteer matches, as (token, feature) pairs collected first
  gazScratch.length = 0;
  const gaz = res.gazetteer;
  if (gaz.size) {
    for (let i = 0; i < n; i++) {
      // lower-case words too ("florida", "taco bell" in web text); the feature says whether it was capitalised
      if (!(flags[at + i] & (FLAG_LETTER | FLAG_DIGIT))) continue;
      let h = GAZ_SEED;
      const maxJ = Math.min(n, i + res.gazMaxLen);
      for (let j = i; j < maxJ; j++) {
        h = mix2(h, lower[at + j]);
        const found = gaz.get(h, 0);
        if (!found) break; // neither an entry nor the start of one: no longer n-gram can match
        let mask = found & ~GAZ_PREFIX_MASK;
        if (doc.gazExclude) mask &= ~doc.gazExclude.get(h, 0);
        if (!mask) continue;
        for (let b = 0; b < 30; b++) {
          if (!(mask & (1 << b))) continue;
          for (let k = i; k <= j; k++) {
            const part = j === i ? 3 : k === i ? 0 : k === j ? 2 : 1;
            gazScratch.push(k, mix2(T.GAZ, mix3(b, part, flags[at + k] & FLAG_CAP)));
          }
        }
      }
    }
  }
  bucketByToken(n, gazScratch);

  for (let i = 0; i < n; i++) {
    buf.start[i] = buf.count;
    const f = flags[at + i];
    const cap = f & FLAG_CAP;

    // features of the word alone (the scorer caches their sum per distinct word)
    buf.push(mix2(T.WORD, word[at + i]));
    buf.push(mix2(T.LOWER, lower[at + i]));
    buf.push(mix2(T.SHAPE, shape[at + i]));
    buf.push(mix2(T.SHORT, short[at + i]));
    buf.push(mix3(T.LENGTH, Math.min(lowerText[at + i].length, 8), cap));
    // suffixes of the lower-case word, 2..4 characters: "-ov", "-ski", "-ese", "-ian". Prefixes and
    // 1-character suffixes scored nothing on the CoNLL dev set once word clusters were in; suffixes
    // stay for unseen names, whose endings tell their origin and kind.
    const lw = lowerText[at + i];
    const len = lw.length;
    let sh = 0x811c9dc5;
    for (let k = 0; k < 4 && k < len - 1; k++) {
      sh = Math.imul(sh ^ lw.charCodeAt(len - 1 - k), 0x01000193);
      if (k > 0) buf.push(mix3(T.SUFFIX, k, sh));
    }
    // the word's cluster at four depths
    const c0 = cluster[at + i];
    if (!c0) buf.push(mix3(T.CLUSTER, 0, -1));
    else for (let d = 0; d < 4; d++) buf.push(mix3(T.CLUSTER, d, c0 >> CLUSTER_SHIFTS[d]));
    buf.wordEnd[i] = buf.count;
    buf.wordKey[i] = mix2(word[at + i], c0);
    buf.wordCheck[i] = mix2(shape[at + i], len);

    buf.push(mix2(T.BIAS, 0));
    for (let g = gazStart[i]; g < gazStart[i + 1]; g++) buf.push(gazFeats[g]);

    // context words and shapes at -2..+2
    for (let o = -2; o <= 2; o++) {
      if (o === 0) continue;
      const j = i + o;
      const lv = j < 0 ? BOUNDARY_START : j >= n ? BOUNDARY_END : lower[at + j];
      const sv = j < 0 ? BOUNDARY_START : j >= n ? BOUNDARY_END : short[at + j];
      buf.push(mix3(T.CTX_LOWER, o, lv));
      buf.push(mix3(T.CTX_SHORT, o, sv));
    }
    const lPrev = i > 0 ? lower[at + i - 1] : BOUNDARY_START;
    const lNext = i + 1 < n ? lower[at + i + 1] : BOUNDARY_END;
    buf.push(mix3(T.BIGRAM_LEFT, lPrev, lower[at + i]));
    buf.push(mix3(T.BIGRAM_RIGHT, lower[at + i], lNext));
    const sPrev = i > 0 ? short[at + i - 1] : BOUNDARY_START;
    const sNext = i + 1 < n ? short[at + i + 1] : BOUNDARY_END;
    buf.push(mix2(mix3(T.SHAPE3, sPrev, short[at + i]), sNext));
    buf.push(mix3(T.POSITION, i === 0 ? 0 : i === 1 ? 1 : i === n - 1 ? 2 : 3, mix2(short[at + i], caps ? 1 : 0)));
    if (caps) buf.push(mix2(T.CAPS_LOWER, lower[at + i]));

    // clusters of the neighbours, at three depths
    for (let o = -1; o <= 1; o += 2) {
      const j = i + o;
      if (j < 0 || j >= n) continue;
      const c = cluster[at + j];
      if (!c) {
        buf.push(mix3(T.CLUSTER, o, -1));
        continue;
      }
      for (let d = 1; d < 4; d++) buf.push(mix3(T.CLUSTER, o * 8 + d, c >> CLUSTER_SHIFTS[d]));
    }

    // how often this word is capitalised in running news text, with its capitalisation here
    const bin = res.capBins.get(lower[at + i], 0);
    buf.push(mix3(T.CAP_BIN, bin, (cap ? 1 : 0) + (i === 0 ? 2 : 0) + (caps ? 4 : 0)));

    // document-level evidence
    if (f & FLAG_LETTER) {
      const where = caps ? 2 : i === 0 ? 1 : 0;
      const dc = doc.docCase.get(lower[at + i], 0);
      buf.push(mix3(T.DOC_CASE, dc, where * 2 + (cap ? 1 : 0)));
      if (cap) {
        buf.push(mix3(T.DOC_RUN, doc.docRun.get(lower[at + i], 0), where));
        if (caps) buf.push(mix2(T.DOC_FORM_SHORT, doc.docFormShort.get(lower[at + i], 0)));
        const slot = doc.history.get(lower[at + i]);
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
  for (let i = 0; i < labels.length; i++) {
    if (!(doc.flags[o + i] & FLAG_CAP)) continue;
    const key = doc.lower[o + i];
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
    const t = labelType(labels[i]);
    doc.historyCounts[slot * 5 + (t < 0 ? 4 : t)]++;
  }
}
