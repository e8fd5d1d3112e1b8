// Saving and loading a tagger model: one binary file, read without parsing or rehashing.
//
//   layout: "NSQNER02" | u32 header length | header JSON | padding to 8 |
//           typed-array sections: feature-table slots (keys, rows), int16 weights, transitions
//           (in weight units), word tables (cluster paths, capitalisation bins, gazetteer)
//
// The weights stay int16 in memory (scores are sums of integers: exact, half the cache footprint) and
// the feature table is saved as its hash slots, so loading is a file read plus typed-array views.
// The only file I/O of the tagger lives here; everything else is pure.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntMap } from './int-map.js';
import { LABEL_NAMES } from './labels.js';
import type { NerModel, NerModelInfo } from './model.js';

const MAGIC = 'NSQNER02';

/** The model that ships with newsq as the default, relative to this file (dist/ner/ -> models/). */
export const DEFAULT_MODEL_URL = new URL('../../models/ner-en.bin', import.meta.url);

/**
 * The shipped models by name (`--model open`, `analyze(text, { model: 'open' })`); their data and terms
 * are in models/README.md and `newsq --version`.
 *   default: best scores; trained partly on CoNLL-2003, so research use only.
 *   open:    trained on permissively licensed data only; may be shipped with attribution.
 */
export const SHIPPED_MODELS = {
  default: DEFAULT_MODEL_URL,
  open: new URL('../../models/ner-en-open.bin', import.meta.url),
} as const;
export type ShippedModel = keyof typeof SHIPPED_MODELS;

/** A shipped model's name -> its file; anything else is a path (write ./open for a file named "open"). */
export function modelFile(nameOrPath?: string): string {
  if (nameOrPath === undefined) return fileURLToPath(DEFAULT_MODEL_URL);
  return Object.hasOwn(SHIPPED_MODELS, nameOrPath) ? fileURLToPath(SHIPPED_MODELS[nameOrPath as ShippedModel]) : nameOrPath;
}

type ArrayKind = 'i32' | 'i16' | 'f32';
type Typed = Int32Array | Int16Array | Float32Array;
interface Section {
  name: string;
  kind: ArrayKind;
  offset: number;
  length: number;
}
interface Header {
  version: 2;
  labels: string[];
  /** One weight unit in perceptron updates (the int16 weights times this give the averaged weights). */
  scale: number;
  gazMaxLen: number;
  info: NerModelInfo;
  sections: Section[];
}

const BYTES: Record<ArrayKind, number> = { i32: 4, i16: 2, f32: 4 };

/** Serialises a model; float weights are quantised to int16 (scaled by the largest weight). */
export function encodeModel(model: NerModel): Buffer {
  let weights: Int16Array;
  let trans: Float32Array;
  let scale = 1;
  if (model.weights instanceof Int16Array) {
    weights = model.weights;
    trans = model.trans;
  } else {
    let max = 0;
    for (let i = 0; i < model.weights.length; i++) max = Math.max(max, Math.abs(model.weights[i]));
    scale = max > 0 ? max / 32767 : 1;
    weights = new Int16Array(model.weights.length);
    for (let i = 0; i < weights.length; i++) weights[i] = Math.round(model.weights[i] / scale);
    trans = Float32Array.from(model.trans, (t) => t / scale);
  }
  const arrays: [string, ArrayKind, Typed][] = [
    ['tableKeys', 'i32', model.table.keys],
    ['tableRows', 'i32', model.table.values],
    ['weights', 'i16', weights],
    ['trans', 'f32', trans],
    ['clusters', 'i32', model.res.clusters.toPairs()],
    ['capBins', 'i32', model.res.capBins.toPairs()],
    ['gazetteer', 'i32', model.res.gazetteer.toPairs()],
  ];
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, kind, arr] of arrays) {
    sections.push({ name, kind, offset, length: arr.length });
    offset += arr.length * BYTES[kind];
    offset = (offset + 7) & ~7;
  }
  const header: Header = { version: 2, labels: LABEL_NAMES, scale, gazMaxLen: model.res.gazMaxLen, info: model.info, sections };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headLen = (8 + 4 + headerBytes.length + 7) & ~7;
  const out = Buffer.alloc(headLen + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(out, 12);
  arrays.forEach(([, , arr], i) => {
    Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(out, headLen + sections[i].offset);
  });
  return out;
}

/** Rebuilds a model from the bytes written by encodeModel. */
export function decodeModel(bytes: Uint8Array): NerModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a newsq NER model (bad magic)');
  const headerLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as Header;
  if (header.version !== 2 || header.labels.join() !== LABEL_NAMES.join()) throw new Error('unsupported NER model version');
  const headLen = (8 + 4 + headerLength + 7) & ~7;
  // typed arrays need aligned offsets: view the file's memory when it is aligned, else copy once
  let body: ArrayBuffer;
  let base: number;
  if ((buf.byteOffset + headLen) % 8 === 0) {
    body = buf.buffer as ArrayBuffer;
    base = buf.byteOffset + headLen;
  } else {
    body = new ArrayBuffer(buf.length - headLen);
    new Uint8Array(body).set(buf.subarray(headLen));
    base = 0;
  }
  const get = (name: string): Typed => {
    const s = header.sections.find((x) => x.name === name);
    if (!s) throw new Error(`NER model lacks section ${name}`);
    if (s.kind === 'i32') return new Int32Array(body, base + s.offset, s.length);
    if (s.kind === 'i16') return new Int16Array(body, base + s.offset, s.length);
    return new Float32Array(body, base + s.offset, s.length);
  };
  return {
    table: IntMap.fromSlots(get('tableKeys') as Int32Array, get('tableRows') as Int32Array),
    weights: get('weights') as Int16Array,
    trans: get('trans') as Float32Array,
    res: {
      clusters: IntMap.fromPairs(get('clusters') as Int32Array),
      capBins: IntMap.fromPairs(get('capBins') as Int32Array),
      gazetteer: IntMap.fromPairs(get('gazetteer') as Int32Array),
      gazMaxLen: header.gazMaxLen,
    },
    info: header.info,
  };
}

/** Writes a model file (creating its folder). */
export function saveNerModel(model: NerModel, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodeModel(model));
}

/** Reads a model file (the only read of the tagger). */
export function readNerModel(path: string): NerModel {
  return decodeModel(readFileSync(path));
}

const cache = new Map<string, NerModel>();

/**
 * Loads a model: a shipped one by name ("default", "open") or a file by path (default: the default
 * model), once per process: later calls with the same name or path return the same object.
 */
export function loadNerModel(nameOrPath?: string): NerModel {
  const file = modelFile(nameOrPath);
  let model = cache.get(file);
  if (!model) {
    model = readNerModel(file);
    cache.set(file, model);
  }
  return model;
}
