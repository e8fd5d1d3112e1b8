// Saving and loading a tagger model: one gzip-compressed binary file.
//
//   layout (before gzip): "NSQNER01" | u32 header length | header JSON | padding to 8 |
//                         typed-array sections (feature keys, int16 weights, transitions, word tables)
//
// The only file I/O of the tagger lives here; everything else is pure.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { IntMap } from './int-map.js';
import { NUM_LABELS, LABEL_NAMES } from './labels.js';
import type { NerModel, NerModelInfo } from './model.js';

const MAGIC = 'NSQNER01';

/** The model that ships with newsq, relative to this file (dist/ner/ -> models/). */
export const DEFAULT_MODEL_URL = new URL('../../models/ner-en.bin.gz', import.meta.url);

type ArrayKind = 'i32' | 'i16' | 'f32';
interface Section {
  name: string;
  kind: ArrayKind;
  offset: number;
  length: number;
}
interface Header {
  version: 1;
  labels: string[];
  scale: number;
  rows: number;
  gazMaxLen: number;
  info: NerModelInfo;
  sections: Section[];
}

const BYTES: Record<ArrayKind, number> = { i32: 4, i16: 2, f32: 4 };

/** Serialises a model; weights are stored as int16 (scaled by the largest weight). */
export function encodeModel(model: NerModel): Buffer {
  const L = NUM_LABELS;
  const rows = model.weights.length / L;
  const keys = new Int32Array(rows);
  model.table.forEach((k, row) => {
    keys[row] = k;
  });
  let max = 0;
  for (let i = 0; i < model.weights.length; i++) max = Math.max(max, Math.abs(model.weights[i]));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i] / scale);
  const arrays: [string, ArrayKind, Int32Array | Int16Array | Float32Array][] = [
    ['keys', 'i32', keys],
    ['weights', 'i16', q],
    ['trans', 'f32', model.trans],
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
  const header: Header = { version: 1, labels: LABEL_NAMES, scale, rows, gazMaxLen: model.res.gazMaxLen, info: model.info, sections };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headLen = (8 + 4 + headerBytes.length + 7) & ~7;
  const out = Buffer.alloc(headLen + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(out, 12);
  arrays.forEach(([, , arr], i) => {
    Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(out, headLen + sections[i].offset);
  });
  return gzipSync(out, { level: 9 });
}

/** Rebuilds a model from the bytes written by encodeModel. */
export function decodeModel(gz: Uint8Array): NerModel {
  const buf = gunzipSync(gz);
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a newsq NER model (bad magic)');
  const headerLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as Header;
  if (header.version !== 1 || header.labels.join() !== LABEL_NAMES.join()) throw new Error('unsupported NER model version');
  const headLen = (8 + 4 + headerLength + 7) & ~7;
  // copy into an aligned buffer so typed arrays can view it
  const body = new ArrayBuffer(buf.length - headLen);
  new Uint8Array(body).set(buf.subarray(headLen));
  const get = (name: string) => {
    const s = header.sections.find((x) => x.name === name);
    if (!s) throw new Error(`NER model lacks section ${name}`);
    if (s.kind === 'i32') return new Int32Array(body, s.offset, s.length);
    if (s.kind === 'i16') return new Int16Array(body, s.offset, s.length);
    return new Float32Array(body, s.offset, s.length);
  };
  const keys = get('keys') as Int32Array;
  const q = get('weights') as Int16Array;
  const table = new IntMap(keys.length);
  for (let i = 0; i < keys.length; i++) table.set(keys[i], i);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * header.scale;
  return {
    table,
    weights,
    trans: Float32Array.from(get('trans') as Float32Array),
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

const cache = new Map<string, NerModel>();

/**
 * Loads a model from `path` (default: the shipped model), once per process: later calls with the same
 * path return the same object.
 */
export function loadNerModel(path?: string): NerModel {
  const file = path ?? fileURLToPath(DEFAULT_MODEL_URL);
  let model = cache.get(file);
  if (!model) {
    model = decodeModel(readFileSync(file));
    cache.set(file, model);
  }
  return model;
}
