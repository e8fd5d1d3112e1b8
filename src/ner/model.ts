// The trained tagger and how it labels a document: features -> per-label scores -> Viterbi.
//
//   tagSentences(model, [["Alexander", "Lukashenko", "met", "Putin", "in", "Minsk", "."]])
//   -> [["B-PER", "L-PER", "O", "U-PER", "O", "U-LOC", "O"]]

import { IntMap } from './int-map.js';
import { extractSentence, FeatureBuffer, type NerResources, prepareDocument, recordLabels } from './features.js';
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

/** Adds up the weights of each token's features: emissions[i * L + label]. The hot loop of tagging. */
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
  const keys = table.keys;
  const rows = table.values;
  const mask = keys.length - 1;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const end = starts[i + 1];
    for (let p = starts[i]; p < end; p++) {
      // IntMap.get, inlined
      let key = feats[p];
      if (key === 0) key = 1;
      let slot = (key ^ (key >>> 15)) & mask;
      let k = keys[slot];
      while (k !== key && k !== 0) {
        slot = (slot + 1) & mask;
        k = keys[slot];
      }
      if (k === 0) continue;
      const w = rows[slot] * L;
      for (let l = 0; l < L; l++) emissions[base + l] += weights[w + l];
    }
  }
}

let emissionBuf = new Float64Array(256 * L);
const featureBuf = new FeatureBuffer();

/** Labels every sentence of one document (label indexes; see labels.ts), in document order. */
export function tagDocument(model: NerModel, sentences: string[][]): Int32Array[] {
  const doc = prepareDocument(model.res, sentences);
  const out: Int32Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const n = sentences[s].length;
    const labels = new Int32Array(n);
    if (n) {
      if (emissionBuf.length < n * L) emissionBuf = new Float64Array(n * L * 2);
      extractSentence(doc, s, featureBuf);
      scoreSentence(model.table, model.weights, featureBuf, n, emissionBuf);
      viterbi(emissionBuf, n, model.trans, labels);
      recordLabels(doc, s, labels);
    }
    out.push(labels);
  }
  return out;
}

/**
 * Tags the sentences of one document (tokens as strings) and returns BILOU label names.
 * The sentences are read as one article: document-level evidence links them.
 */
export function tagSentences(model: NerModel, tokens: string[][]): string[][] {
  return tagDocument(model, tokens).map((labels) => Array.from(labels, (l) => LABEL_NAMES[l]));
}
