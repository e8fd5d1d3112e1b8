// The trained tagger and how it labels a document: features -> per-label scores -> Viterbi.
//
//   tagSentences(model, [["Alexander", "Lukashenko", "met", "Putin", "in", "Minsk", "."]])
//   -> [["B-PER", "L-PER", "O", "U-PER", "O", "U-LOC", "O"]]

import { IntMap } from './int-map.js';
import {
  type DocumentWords,
  extractSentence,
  FeatureBuffer,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  type NerResources,
  placeFeatures,
  placeOf,
  type PreparedDocument,
  prepareDocument,
  recordLabels,
  wordsOf,
} from './features.js';
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
  /**
   * usedSlots(table), when the model file holds it (a loaded model): a run then need not scan the
   * table's 262k slots for it (~8 ms of a one-article run). Computed when absent.
   */
  used?: Int32Array;
}

/** Adds up the weights of each token's features: emissions[i * L + label]. Training's scorer. */
export function scoreSentence(
  table: IntMap,
  weights: Int16Array | Float32Array | Float64Array,
  buf: FeatureBuffer,
  n: number,
  emissions: Float64Array,
): void {
  emissions.fill(0, 0, n * L);
  const feats = buf.feats;
  const starts = buf.start;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const end = starts[i + 1];
    for (let p = starts[i]; p < end; p++) {
      const row = table.get(feats[p]);
      if (row < 0) continue;
      const w = row * L;
      for (let l = 0; l < L; l++) emissions[base + l] += weights[w + l];
    }
  }
}

/**
 * Adds the int16 weights of feats[from .. to) to acc[at .. at + L) (integers: exact in any order).
 * `used` has bit s set when slot s of the table holds a key: a feature whose first slot is empty is
 * absent without reading the (large, seldom cached) key array.
 */
function sumFeatures(table: IntMap, used: Int32Array, weights: Int16Array, feats: Int32Array, from: number, to: number, acc: Int32Array, at: number): void {
  const keys = table.keys;
  const rows = table.values;
  const mask = keys.length - 1;
  for (let p = from; p < to; p++) {
    // IntMap.get, inlined
    let key = feats[p];
    if (key === 0) key = 1;
    let slot = (key ^ (key >>> 15)) & mask;
    if (!(used[slot >>> 5] & (1 << (slot & 31)))) continue;
    let k = keys[slot];
    while (k !== key && k !== 0) {
      slot = (slot + 1) & mask;
      k = keys[slot];
    }
    if (k !== 0) {
      const w = rows[slot] * L;
      for (let l = 0; l < L; l++) acc[at + l] += weights[w + l];
    }
  }
}

/**
 * The tagger's sums of the weights of feature groups A-C (features.ts) per distinct word, for a model
 * whose weights never change (int16 weights, so every sum is exact whatever its order): most of a
 * token's score is read from the rows of its word and of its neighbours, and only group D is looked
 * up per token (the table does not fit a CPU cache; ~21 lookups per token became ~5).
 *
 * Slot s (one per word, named by two independent hashes of its spelling) holds ROWS rows of L sums:
 * row p < 4, the word itself at place p (placeOf) in a sentence not in capitals (groups A and C);
 * row 4 + k, the word as the neighbour at offset NEIGHBOUR_OFFSETS[k] (group B). Slot 0 is the
 * sentence boundary (rows 4..7). A row is summed the first time a token needs it. Bounded: when full,
 * the next document starts an empty cache; words without a slot are scored the long way.
 */
interface WordSums {
  index: IntMap; // hashString(spelling) -> slot
  check: Int32Array; // per slot: hashString2(spelling)
  filled: Uint8Array; // per slot: bit r set when row r holds its sum
  /** Slot s's sums are in chunks[s >> CHUNK_BITS], from ((s & CHUNK_MASK) * ROWS + row) * L: no copying as the cache grows. */
  chunks: Int32Array[];
  size: number;
  /** Bit s: slot s of the model's feature table is in use (see sumFeatures). */
  used: Int32Array;
}
const ROWS = 8;
const NEIGHBOUR_ROW = 4;
const MAX_SLOTS = 1 << 15;
const CHUNK_BITS = 9;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/** Bit s set when slot s of the table holds a key (see sumFeatures). */
export function usedSlots(table: IntMap): Int32Array {
  const used = new Int32Array(Math.ceil(table.keys.length / 32));
  for (let s = 0; s < table.keys.length; s++) if (table.keys[s] !== 0) used[s >>> 5] |= 1 << (s & 31);
  return used;
}

function newWordSums(model: NerModel): WordSums {
  const used = model.used ?? usedSlots(model.table);
  return { index: new IntMap(4096), check: new Int32Array(MAX_SLOTS), filled: new Uint8Array(MAX_SLOTS), chunks: [], size: 1, used };
}

/** Each word type of `doc` -> its slot in `ws` (added when new), or -1: scored the long way. */
function slotsFor(ws: WordSums, doc: PreparedDocument): Int32Array {
  const out = new Int32Array(doc.types);
  for (let t = 0; t < doc.types; t++) {
    const key = doc.word[t];
    let slot = ws.index.get(key);
    if (slot >= 0) {
      if (ws.check[slot] !== doc.check[t]) slot = -1; // another spelling with the same first hash
    } else if (ws.size < MAX_SLOTS) {
      slot = ws.size++;
      ws.index.set(key, slot);
      ws.check[slot] = doc.check[t];
      ws.filled[slot] = 0;
    }
    out[t] = slot;
  }
  while (ws.chunks.length << CHUNK_BITS < ws.size) ws.chunks.push(new Int32Array((ROWS * L) << CHUNK_BITS));
  return out;
}

const groupBuf = new FeatureBuffer();
const acc = new Int32Array(L);

/** Adds row `r` of word type t's slot to acc, summing the row first if it is new. */
function addRow(model: NerModel, ws: WordSums, doc: PreparedDocument, t: number, slot: number, r: number): void {
  const at = ((slot & CHUNK_MASK) * ROWS + r) * L;
  const sums = ws.chunks[slot >> CHUNK_BITS];
  if (!(ws.filled[slot] & (1 << r))) {
    groupBuf.reset(1);
    if (r < NEIGHBOUR_ROW) placeFeatures(doc, t, r, false, groupBuf);
    else neighbourFeatures(doc, t, NEIGHBOUR_OFFSETS[r - NEIGHBOUR_ROW], groupBuf);
    sums.fill(0, at, at + L);
    sumFeatures(model.table, ws.used, model.weights as Int16Array, groupBuf.feats, 0, groupBuf.count, sums, at);
    ws.filled[slot] |= 1 << r;
  }
  for (let l = 0; l < L; l++) acc[l] += sums[at + l];
}

/**
 * Scores sentence s of `doc` from the per-word sums (groups A-C) and group D's lookups, adding up
 * each token's int16 weights in an Int32 row (exact) before it becomes a Float64 emission.
 */
function scoreWithSums(model: NerModel, ws: WordSums, slotOf: Int32Array, doc: PreparedDocument, s: number, emissions: Float64Array): void {
  const first = doc.offset[s];
  const n = doc.offset[s + 1] - first;
  const caps = doc.capsSentence[s] === 1;
  const types = doc.type;
  const weights = model.weights as Int16Array;
  extractSentence(doc, s, featureBuf, true);
  for (let i = 0; i < n; i++) {
    acc.fill(0);
    sumFeatures(model.table, ws.used, weights, featureBuf.feats, featureBuf.start[i], featureBuf.start[i + 1], acc, 0);
    const t = types[first + i];
    const slot = slotOf[t];
    const place = placeOf(i, n);
    if (slot >= 0 && !caps) addRow(model, ws, doc, t, slot, place);
    else {
      groupBuf.reset(1);
      placeFeatures(doc, t, place, caps, groupBuf);
      sumFeatures(model.table, ws.used, weights, groupBuf.feats, 0, groupBuf.count, acc, 0);
    }
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
      const j = i + NEIGHBOUR_OFFSETS[k];
      const tj = j < 0 || j >= n ? -1 : types[first + j];
      const sj = tj < 0 ? 0 : slotOf[tj];
      if (sj >= 0) addRow(model, ws, doc, tj, sj, NEIGHBOUR_ROW + k);
      else {
        groupBuf.reset(1);
        neighbourFeatures(doc, tj, NEIGHBOUR_OFFSETS[k], groupBuf);
        sumFeatures(model.table, ws.used, weights, groupBuf.feats, 0, groupBuf.count, acc, 0);
      }
    }
    const base = i * L;
    for (let l = 0; l < L; l++) emissions[base + l] = acc[l];
  }
}

let emissionBuf = new Float64Array(256 * L);
let labelBuf = new Int32Array(256);
const featureBuf = new FeatureBuffer();
const wordSums = new WeakMap<NerModel, WordSums>();

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
  let ws = wordSums.get(model) ?? null;
  if (ws && ws.size === MAX_SLOTS) {
    // full: start over, keeping the memory
    ws.index = new IntMap(4096);
    ws.size = 1;
    ws.filled[0] = 0;
  }
  if (!ws && model.weights instanceof Int16Array) wordSums.set(model, (ws = newWordSums(model)));
  const slotOf = ws ? slotsFor(ws, doc) : null;
  const { offset } = doc;
  const out = new Uint8Array(offset[words.count]);
  for (let s = 0; s < words.count; s++) {
    const o = offset[s];
    const n = offset[s + 1] - o;
    if (!n) continue;
    if (emissionBuf.length < n * L) emissionBuf = new Float64Array(n * L * 2);
    if (labelBuf.length < n) labelBuf = new Int32Array(n * 2);
    if (ws && slotOf) scoreWithSums(model, ws, slotOf, doc, s, emissionBuf);
    else {
      extractSentence(doc, s, featureBuf);
      scoreSentence(model.table, model.weights, featureBuf, n, emissionBuf);
    }
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
