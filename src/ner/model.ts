// The trained tagger and how it labels a document: features -> per-label scores -> Viterbi.
//
//   tagSentences(model, [["Alexander", "Lukashenko", "met", "Putin", "in", "Minsk", "."]])
//   -> [["B-PER", "L-PER", "O", "U-PER", "O", "U-LOC", "O"]]

import { IntMap } from './int-map.js';
import { type DocumentWords, extractSentence, FeatureBuffer, type NerResources, prepareDocument, recordLabels, wordsOf } from './features.js';
import { LABEL_NAMES, NUM_LABELS } from './labels.js';
import { viterbi } from './viterbi.js';

const L = NUM_LABELS;

/** Facts about how a model was made, saved with it (shown by the model card and `--model` users). */
export interface NerModelInfo {
  created: string;
  trainedOn: string[];
  epochs: number;
  sentences: number;
  tokens: number;
  features: number;
  [key: string]: unknown;
}

export interface NerModel {
  /** feature hash -> weight row. */
  table: IntMap;
  /**
   * rows × NUM_LABELS weights. A loaded model keeps them as int16 (the file's own units: no
   * conversion at load time); its transitions are stored in the same units.
   */
  weights: Int16Array | Float32Array | Float64Array;
  /** (NUM_LABELS + 1) × NUM_LABELS transition weights; the last row scores the sentence start. */
  trans: Float32Array;
  res: NerResources;
  info: NerModelInfo;
}

/**
 * Sums of the word-alone features (see FeatureBuffer) per distinct word, for a model whose weights
 * no longer change: a common word ("the", ",", "Minsk") is scored from one cached row instead of a
 * dozen table lookups. Bounded: once full, new words are scored the long way.
 */
export interface WordCache {
  index: IntMap; // word key -> slot
  check: Int32Array; // per slot: a second hash of the word, so two words never share a slot
  sums: Float64Array; // per slot: NUM_LABELS sums
  size: number;
}
const WORD_CACHE_SLOTS = 1 << 15;

export function newWordCache(): WordCache {
  return { index: new IntMap(WORD_CACHE_SLOTS), check: new Int32Array(WORD_CACHE_SLOTS), sums: new Float64Array(WORD_CACHE_SLOTS * L), size: 0 };
}

/** Adds up the weights of each token's features: emissions[i * L + label]. The hot loop of tagging. */
export function scoreSentence(
  table: IntMap,
  weights: Int16Array | Float32Array | Float64Array,
  buf: FeatureBuffer,
  n: number,
  emissions: Float64Array,
  cache: WordCache | null = null,
): void {
  emissions.fill(0, 0, n * L);
  const feats = buf.feats;
  const starts = buf.start;
  const keys = table.keys;
  const rows = table.values;
  const mask = keys.length - 1;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const end = starts[i + 1];
    let p = starts[i];
    if (cache) {
      const slot = cache.index.get(buf.wordKey[i]);
      if (slot >= 0 && cache.check[slot] === buf.wordCheck[i]) {
        const from = slot * L;
        for (let l = 0; l < L; l++) emissions[base + l] += cache.sums[from + l];
        p = buf.wordEnd[i];
      }
    }
    for (; p < end; p++) {
      // IntMap.get, inlined
      let key = feats[p];
      if (key === 0) key = 1;
      let slot = (key ^ (key >>> 15)) & mask;
      let k = keys[slot];
      while (k !== key && k !== 0) {
        slot = (slot + 1) & mask;
        k = keys[slot];
      }
      if (k !== 0) {
        const w = rows[slot] * L;
        for (let l = 0; l < L; l++) emissions[base + l] += weights[w + l];
      }
      // the word-alone features just summed: remember them for the next time this word comes
      if (p + 1 === buf.wordEnd[i] && cache && cache.size < WORD_CACHE_SLOTS && cache.index.get(buf.wordKey[i]) < 0) {
        const slot2 = cache.size++;
        cache.index.set(buf.wordKey[i], slot2);
        cache.check[slot2] = buf.wordCheck[i];
        const to = slot2 * L;
        for (let l = 0; l < L; l++) cache.sums[to + l] = emissions[base + l];
      }
    }
  }
}

let emissionBuf = new Float64Array(256 * L);
let labelBuf = new Int32Array(256);
const featureBuf = new FeatureBuffer();
const wordCaches = new WeakMap<NerModel, WordCache>();

/**
 * A document's labels (label indexes; see labels.ts), one array for the whole document: sentence s
 * has labels[offset[s] .. offset[s + 1]). One byte per token, and no array object per sentence.
 */
export interface DocumentLabels {
  labels: Uint8Array;
  offset: Int32Array;
}

/** Labels every sentence of one document, read in place (see DocumentWords), in document order. */
export function tagWords(model: NerModel, words: DocumentWords): DocumentLabels {
  const doc = prepareDocument(model.res, words);
  let cache = wordCaches.get(model) ?? null;
  if (!cache && model.weights instanceof Int16Array) wordCaches.set(model, (cache = newWordCache()));
  const { offset } = doc;
  const out = new Uint8Array(offset[words.count]);
  for (let s = 0; s < words.count; s++) {
    const o = offset[s];
    const n = offset[s + 1] - o;
    if (!n) continue;
    if (emissionBuf.length < n * L) emissionBuf = new Float64Array(n * L * 2);
    if (labelBuf.length < n) labelBuf = new Int32Array(n * 2);
    extractSentence(doc, s, featureBuf);
    scoreSentence(model.table, model.weights, featureBuf, n, emissionBuf, cache);
    viterbi(emissionBuf, n, model.trans, labelBuf);
    recordLabels(doc, s, labelBuf);
    for (let i = 0; i < n; i++) out[o + i] = labelBuf[i];
  }
  return { labels: out, offset };
}

/** Labels every sentence of one document (label indexes; see labels.ts), in document order. */
export function tagDocument(model: NerModel, sentences: string[][]): Int32Array[] {
  const { labels, offset } = tagWords(model, wordsOf(sentences));
  return sentences.map((_, s) => Int32Array.from(labels.subarray(offset[s], offset[s + 1])));
}

/**
 * Tags the sentences of one document (tokens as strings) and returns BILOU label names.
 * The sentences are read as one article: document-level evidence links them.
 */
export function tagSentences(model: NerModel, tokens: string[][]): string[][] {
  const { labels, offset } = tagWords(model, wordsOf(tokens));
  return tokens.map((_, s) => Array.from(labels.subarray(offset[s], offset[s + 1]), (l) => LABEL_NAMES[l]));
}
