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
const BOUNDARY_END = hashString('</s>');

/** Packs a cluster path a.b.c.d (branching 8/8/8/4) into one integer with a leading marker bit. */
export function packCluster(path: number[]): number {
  const [a = 0, b = 0, c = 0, d = 0] = path;
  return (1 << 11) | (a << 8) | (b << 5) | (c << 2) | d;
}
const CLUSTER_SHIFTS = [8, 5, 2, 0];

/** Hash of a token sequence for gazetteer lookups: case-folded, so headlines in capitals match. */
export function gazetteerKey(tokens: string[]): number {
  let h = 0x2545f491;
  for (const t of tokens) h = mix2(h, hashString(t.toLowerCase()));
  return h;
}

/** What we know about every token of a document before any tagging. */
export interface PreparedDocument {
  sentences: string[][];
  /** Per sentence, per token: */
  word: Int32Array[];
  lower: Int32Array[];
  lowerText: string[][];
  shape: Int32Array[];
  short: Int32Array[];
  flags: Int32Array[];
  cluster: Int32Array[];
  capsSentence: boolean[];
  /** hash(lower) -> DOC_* bits: how the word is written elsewhere in the document. */
  docCase: Map<number, number>;
  /** hash(lower) -> bits: first/middle/last/single of a run of capitalised words somewhere in the document. */
  docRun: Map<number, number>;
  /** hash(lower) -> short shape of the word where written in mixed case (used inside capital headlines). */
  docFormShort: Map<number, number>;
  /** hash(lower) -> counts of labels given so far (per type, and O) for capitalised occurrences. */
  history: Map<number, Int32Array>;
  /** Gazetteer bits to ignore for this document (training: entities found only in this document). */
  gazExclude: IntMap | null;
  res: NerResources;
}

const DOC_LOWER = 1; // written all lower-case mid-sentence somewhere: "march" vs "March"
const DOC_CAP_MID = 2; // capitalised away from a sentence start somewhere

function isCapsSentence(words: string[], flags: Int32Array): boolean {
  let letters = 0;
  for (let i = 0; i < words.length; i++) {
    if (!(flags[i] & FLAG_LETTER)) continue;
    if (!(flags[i] & FLAG_ALLCAPS)) return false;
    letters += words[i].length;
  }
  return letters > 1;
}

/** Per-token hashes and document-wide evidence; nothing here depends on labels. */
export function prepareDocument(res: NerResources, sentences: string[][], gazExclude: IntMap | null = null): PreparedDocument {
  const doc: PreparedDocument = {
    sentences,
    word: [],
    lower: [],
    lowerText: [],
    shape: [],
    short: [],
    flags: [],
    cluster: [],
    capsSentence: [],
    docCase: new Map(),
    docRun: new Map(),
    docFormShort: new Map(),
    history: new Map(),
    gazExclude,
    res,
  };
  for (const words of sentences) {
    const n = words.length;
    const word = new Int32Array(n);
    const lower = new Int32Array(n);
    const lowerText: string[] = new Array(n);
    const shape = new Int32Array(n);
    const short = new Int32Array(n);
    const flags = new Int32Array(n);
    const cluster = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const lw = w.toLowerCase();
      word[i] = hashString(w);
      lower[i] = lw === w ? word[i] : hashString(lw);
      lowerText[i] = lw;
      const s = wordShape(w);
      shape[i] = s.long;
      short[i] = s.short;
      flags[i] = s.flags;
      cluster[i] = res.clusters.get(word[i], 0);
    }
    const caps = isCapsSentence(words, flags);
    doc.word.push(word);
    doc.lower.push(lower);
    doc.lowerText.push(lowerText);
    doc.shape.push(shape);
    doc.short.push(short);
    doc.flags.push(flags);
    doc.cluster.push(cluster);
    doc.capsSentence.push(caps);
    if (caps) continue;
    // evidence from ordinary sentences: how each word is written, and capitalised runs
    let runStart = -1;
    for (let i = 0; i <= n; i++) {
      const cap = i < n && (flags[i] & FLAG_CAP) !== 0;
      if (i < n && i > 0 && flags[i] & FLAG_LETTER) {
        const bit = flags[i] & FLAG_LOWER ? DOC_LOWER : cap ? DOC_CAP_MID : 0;
        if (bit) doc.docCase.set(lower[i], (doc.docCase.get(lower[i]) ?? 0) | bit);
        if (cap && !(flags[i] & FLAG_ALLCAPS) && !doc.docFormShort.has(lower[i])) doc.docFormShort.set(lower[i], short[i]);
      }
      if (cap && runStart < 0) runStart = i;
      if (!cap && runStart >= 0) {
        const len = i - runStart;
        for (let k = runStart; k < i; k++) {
          const bit = len === 1 ? 8 : k === runStart ? 1 : k === i - 1 ? 4 : 2;
          doc.docRun.set(lower[k], (doc.docRun.get(lower[k]) ?? 0) | bit);
        }
        runStart = -1;
      }
    }
  }
  // mixed-case forms found in the body stand in for words of capital headlines ("RUSSIA" -> "Russia")
  sentences.forEach((words, s) => {
    if (!doc.capsSentence[s]) return;
    for (let i = 0; i < words.length; i++) {
      if (doc.cluster[s][i] || !(doc.flags[s][i] & FLAG_LETTER)) continue;
      const w = words[i];
      const title = w[0] + w.slice(1).toLowerCase();
      doc.cluster[s][i] = res.clusters.get(hashString(title), 0) || res.clusters.get(doc.lower[s][i], 0);
    }
  });
  return doc;
}

/** A growable buffer of feature hashes for one sentence: token i owns feats[start[i] .. start[i+1]). */
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
  const words = doc.sentences[s];
  const n = words.length;
  const { res } = doc;
  const word = doc.word[s];
  const lower = doc.lower[s];
  const lowerText = doc.lowerText[s];
  const shape = doc.shape[s];
  const short = doc.short[s];
  const flags = doc.flags[s];
  const cluster = doc.cluster[s];
  const caps = doc.capsSentence[s];
  buf.reset(n);

  // gazetteer matches, as (token, feature) pairs collected first
  gazScratch.length = 0;
  const gaz = res.gazetteer;
  if (gaz.size) {
    for (let i = 0; i < n; i++) {
      if (!(flags[i] & FLAG_CAP) && !(flags[i] & FLAG_DIGIT)) continue;
      let h = 0x2545f491;
      const maxJ = Math.min(n, i + res.gazMaxLen);
      for (let j = i; j < maxJ; j++) {
        h = mix2(h, lower[j]);
        let mask = gaz.get(h, 0);
        if (!mask) continue;
        if (doc.gazExclude) mask &= ~doc.gazExclude.get(h, 0);
        if (!mask) continue;
        for (let b = 0; b < 32; b++) {
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
    const f = flags[i];
    const cap = f & FLAG_CAP;
    buf.push(mix2(T.BIAS, 0));
    for (let g = gazStart[i]; g < gazStart[i + 1]; g++) buf.push(gazFeats[g]);
    buf.push(mix2(T.WORD, word[i]));
    buf.push(mix2(T.LOWER, lower[i]));
    buf.push(mix2(T.SHAPE, shape[i]));
    buf.push(mix2(T.SHORT, short[i]));
    buf.push(mix3(T.LENGTH, Math.min(lowerText[i].length, 8), cap));

    // suffixes of the lower-case word, 2..4 characters: "-ov", "-ski", "-ese", "-ian". Prefixes and
    // 1-character suffixes scored nothing on the CoNLL dev set once word clusters were in; suffixes
    // stay for unseen names, whose endings tell their origin and kind.
    const lw = lowerText[i];
    const len = lw.length;
    let sh = 0x811c9dc5;
    for (let k = 0; k < 4 && k < len - 1; k++) {
      sh = Math.imul(sh ^ lw.charCodeAt(len - 1 - k), 0x01000193);
      if (k > 0) buf.push(mix3(T.SUFFIX, k, sh));
    }

    // context words and shapes at -2..+2
    for (let o = -2; o <= 2; o++) {
      if (o === 0) continue;
      const j = i + o;
      const lv = j < 0 ? BOUNDARY_START : j >= n ? BOUNDARY_END : lower[j];
      const sv = j < 0 ? BOUNDARY_START : j >= n ? BOUNDARY_END : short[j];
      buf.push(mix3(T.CTX_LOWER, o, lv));
      buf.push(mix3(T.CTX_SHORT, o, sv));
    }
    const lPrev = i > 0 ? lower[i - 1] : BOUNDARY_START;
    const lNext = i + 1 < n ? lower[i + 1] : BOUNDARY_END;
    buf.push(mix3(T.BIGRAM_LEFT, lPrev, lower[i]));
    buf.push(mix3(T.BIGRAM_RIGHT, lower[i], lNext));
    const sPrev = i > 0 ? short[i - 1] : BOUNDARY_START;
    const sNext = i + 1 < n ? short[i + 1] : BOUNDARY_END;
    buf.push(mix2(mix3(T.SHAPE3, sPrev, short[i]), sNext));
    buf.push(mix3(T.POSITION, i === 0 ? 0 : i === 1 ? 1 : i === n - 1 ? 2 : 3, mix2(short[i], caps ? 1 : 0)));
    if (caps) buf.push(mix2(T.CAPS_LOWER, lower[i]));

    // word clusters of the word and its neighbours, at four depths
    for (let o = -1; o <= 1; o++) {
      const j = i + o;
      if (j < 0 || j >= n) continue;
      const c = cluster[j];
      if (!c) {
        buf.push(mix3(T.CLUSTER, o, -1));
        continue;
      }
      for (let d = o === 0 ? 0 : 1; d < 4; d++) buf.push(mix3(T.CLUSTER, o * 8 + d, c >> CLUSTER_SHIFTS[d]));
    }

    // how often this word is capitalised in running news text, with its capitalisation here
    const bin = res.capBins.get(lower[i], 0);
    buf.push(mix3(T.CAP_BIN, bin, (cap ? 1 : 0) + (i === 0 ? 2 : 0) + (caps ? 4 : 0)));

    // document-level evidence
    if (f & FLAG_LETTER) {
      const where = caps ? 2 : i === 0 ? 1 : 0;
      const dc = doc.docCase.get(lower[i]) ?? 0;
      buf.push(mix3(T.DOC_CASE, dc, where * 2 + (cap ? 1 : 0)));
      if (cap) {
        buf.push(mix3(T.DOC_RUN, doc.docRun.get(lower[i]) ?? 0, where));
        if (caps) buf.push(mix2(T.DOC_FORM_SHORT, doc.docFormShort.get(lower[i]) ?? 0));
        const hist = doc.history.get(lower[i]);
        if (hist) {
          let best = 4;
          for (let t = 0; t < 4; t++) if (hist[t] > hist[best]) best = t;
          buf.push(mix3(T.HISTORY, best, where));
          let seen = 0;
          for (let t = 0; t < 5; t++) if (hist[t]) seen |= 1 << t;
          buf.push(mix2(T.HISTORY_ALL, seen));
        } else buf.push(mix3(T.HISTORY, -1, where));
      }
    }
  }
  buf.start[n] = buf.count;
}

/** Remembers the labels chosen for sentence `s`, for the prediction-history features of later ones. */
export function recordLabels(doc: PreparedDocument, s: number, labels: ArrayLike<number>): void {
  const flags = doc.flags[s];
  const lower = doc.lower[s];
  for (let i = 0; i < labels.length; i++) {
    if (!(flags[i] & FLAG_CAP)) continue;
    let h = doc.history.get(lower[i]);
    if (!h) doc.history.set(lower[i], (h = new Int32Array(5)));
    const t = labelType(labels[i]);
    h[t < 0 ? 4 : t]++;
  }
}

