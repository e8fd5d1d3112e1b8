// Saving and loading a tagger model: one binary file, read without unpacking, parsing or rehashing.
//
//   layout (version 3, "NSQNER03"): magic | u32 header length | header JSON | padding to 8 |
//     typed-array sections, each 8-aligned: feature-table slots (tableKeys, tableRows), int16 weights,
//     transitions (in weight units), the table's used-slot bitmap (tableUsed: derived from tableKeys,
//     saved so that loading need not scan them; files without it still load), then the word tables
//     as hash slots too (clustersKeys, clustersValues, capBinsKeys, capBinsValues, gazetteerKeys,
//     gazetteerValues)
//
// The weights stay int16 in memory (scores are sums of integers: exact, half the cache footprint) and
// every hash table is saved as its slots, so loading is one file read plus typed-array views: no gunzip,
// no copy, no rehash (~125 ms of a small article's run went to that when the models shipped gzipped).
// The word tables are saved in one canonical layout (entries inserted in ascending key order into a
// table sized as `new IntMap(size)` sizes it), so the same entries always give the same bytes, whether
// the model comes from training or from an older file.
//
// Older files still load: version 2 ("NSQNER02", word tables as [key, value] pairs, rehashed on load),
// gzip-compressed or not. `node scripts/convert-ner-model.mjs OLD NEW` rewrites one as version 3,
// exactly as a retrain would have written it. The only file I/O of the tagger lives here; everything
// else is pure.

import { closeSync, fstatSync, mkdirSync, openSync, read, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntMap } from './int-map.js';
import { LABEL_NAMES } from './labels.js';
import { usedSlots, type NerModel, type NerModelInfo } from './model.js';

/** node:zlib, loaded only for a gzip-compressed file (the shipped models are not). */
const zlib = (): typeof import('node:zlib') => createRequire(import.meta.url)('node:zlib');

const MAGIC = 'NSQNER03';
/** The previous format: word tables as [key, value] pairs, rehashed on load. Still read. */
const MAGIC_V2 = 'NSQNER02';

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
  version: 2 | 3;
  labels: string[];
  /** One weight unit in perceptron updates (the int16 weights times this give the averaged weights). */
  scale: number;
  gazMaxLen: number;
  info: NerModelInfo;
  /** Version 3: the number of entries of each hash table (table, clusters, capBins, gazetteer). */
  sizes?: Record<string, number>;
  sections: Section[];
}

const BYTES: Record<ArrayKind, number> = { i32: 4, i16: 2, f32: 4 };
const WORD_TABLES = ['clusters', 'capBins', 'gazetteer'] as const;

/**
 * Serialises a model; float weights are quantised to int16 (scaled by the largest weight). A model
 * whose weights are int16 already (a loaded one) keeps them, with `scale` as the header's unit
 * (informational: loading does not use it).
 */
export function encodeModel(model: NerModel, scale = 1): Buffer {
  let weights: Int16Array;
  let trans: Float32Array;
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
    ['tableUsed', 'i32', usedSlots(model.table)],
  ];
  const sizes: Record<string, number> = { table: model.table.size };
  for (const name of WORD_TABLES) {
    const map = IntMap.canonical(model.res[name]);
    arrays.push([`${name}Keys`, 'i32', map.keys], [`${name}Values`, 'i32', map.values]);
    sizes[name] = map.size;
  }
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, kind, arr] of arrays) {
    sections.push({ name, kind, offset, length: arr.length });
    offset += arr.length * BYTES[kind];
    offset = (offset + 7) & ~7;
  }
  const header: Header = { version: 3, labels: LABEL_NAMES, scale, gazMaxLen: model.res.gazMaxLen, info: model.info, sizes, sections };
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

/** A model file's bytes -> its header and typed-array sections (views of the bytes when aligned). */
function readSections(bytes: Uint8Array): { header: Header; get: (name: string) => Typed } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = buf.length >= 12 ? buf.toString('latin1', 0, 8) : '';
  if (magic !== MAGIC && magic !== MAGIC_V2) throw new Error('not a newsq NER model (bad magic)');
  const headerLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as Header;
  if (header.version !== (magic === MAGIC ? 3 : 2) || header.labels.join() !== LABEL_NAMES.join()) {
    throw new Error('unsupported NER model version');
  }
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
  return { header, get };
}

/** Rebuilds a model from the bytes written by encodeModel (version 3, or version 2 of older files). */
export function decodeModel(bytes: Uint8Array): NerModel {
  return decodeWithScale(bytes).model;
}

function decodeWithScale(bytes: Uint8Array): { model: NerModel; scale: number } {
  const { header, get } = readSections(bytes);
  const i32 = (name: string) => get(name) as Int32Array;
  const word = (name: (typeof WORD_TABLES)[number]): IntMap =>
    header.version === 2
      ? IntMap.fromPairs(i32(name))
      : IntMap.fromSlots(i32(`${name}Keys`), i32(`${name}Values`), header.sizes?.[name]);
  const model: NerModel = {
    table: IntMap.fromSlots(i32('tableKeys'), i32('tableRows'), header.sizes?.table),
    weights: get('weights') as Int16Array,
    trans: get('trans') as Float32Array,
    used: header.sections.some((s) => s.name === 'tableUsed') ? i32('tableUsed') : undefined,
    res: {
      clusters: word('clusters'),
      capBins: word('capBins'),
      gazetteer: word('gazetteer'),
      gazMaxLen: header.gazMaxLen,
    },
    info: header.info,
  };
  return { model, scale: header.scale };
}

/** Writes a model file (creating its folder), gzip-compressed when the name ends in ".gz". */
export function saveNerModel(model: NerModel, path: string): void {
  writeModelBytes(encodeModel(model), path);
}

function writeModelBytes(bytes: Buffer, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  // level 9 and no file name or time in the gzip header: the same model gives the same file
  writeFileSync(path, path.endsWith('.gz') ? zlib().gzipSync(bytes, { level: zlib().constants.Z_BEST_COMPRESSION }) : bytes);
}

/** A model file's bytes, read whole and unpacked. */
function readModelBytes(path: string): Uint8Array {
  return unpacked(readFileSync(path));
}

/** A model file's bytes, gunzipped when they are gzip's. */
const unpacked = (bytes: Uint8Array): Uint8Array => (bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib().gunzipSync(bytes) : bytes);

/** Reads a model file, plain or gzip-compressed, of this version or the one before (the only read of the tagger). */
export function readNerModel(path: string): NerModel {
  return decodeModel(readModelBytes(path));
}

/**
 * Rewrites a model file in the current format (an older version, or gzip: by `to`'s name), byte for
 * byte what training the same model now would write: the weights and feature table are copied as
 * they are, the word tables laid out canonically, the header's weight unit kept.
 */
export function convertNerModel(from: string, to: string): void {
  const { model, scale } = decodeWithScale(readModelBytes(from));
  writeModelBytes(encodeModel(model, scale), to);
}

const cache = new Map<string, NerModel>();
const reading = new Map<string, Promise<NerModel>>();

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

/**
 * loadNerModel, with the file read in the background: the CLI starts it as soon as it knows the model
 * and awaits it before the first document, so the file's ~9 MB are copied into memory by libuv's
 * thread pool while the main thread loads the rest of newsq and reads the inputs (on one small article
 * the read is ~30 ms of a ~350 ms run). Later calls, sync or async, get the same model.
 */
export function loadNerModelAsync(nameOrPath?: string): Promise<NerModel> {
  const file = modelFile(nameOrPath);
  const done = cache.get(file);
  if (done) return Promise.resolve(done);
  return reading.get(file) ?? modelFrom(file, readInBackground(file));
}

/**
 * Takes a model file's bytes that are being read already (bin/newsq.js starts reading the default
 * model before it loads the rest of newsq): loadNerModelAsync(file) then waits for these.
 */
export function primeNerModel(file: string, bytes: Promise<Uint8Array>): void {
  if (!cache.has(file) && !reading.has(file)) modelFrom(file, bytes).catch(() => undefined);
}

function modelFrom(file: string, bytes: Promise<Uint8Array>): Promise<NerModel> {
  const pending = bytes.then((b) => {
    let model = cache.get(file); // loaded meanwhile by a sync call: keep that one, so there is one per file
    if (!model) {
      model = decodeModel(unpacked(b));
      cache.set(file, model);
    }
    return model;
  });
  reading.set(file, pending);
  // Once settled it is no longer "reading": a model is in the cache, and after a failed read the next
  // call (sync or async) tries again and reports its own error.
  const settled = () => { reading.delete(file); };
  pending.then(settled, settled);
  return pending;
}

/**
 * A file's bytes, by one read request on the thread pool, made at once (the file is opened and sized
 * here, synchronously): the main thread need not come back between the parts of a read. bin/newsq.js
 * has a copy of this for the default model: it reads before any of newsq is loaded.
 */
export function readInBackground(path: string): Promise<Uint8Array> {
  let fd: number;
  let size: number;
  try {
    fd = openSync(path, 'r');
    size = fstatSync(fd).size;
  } catch (err) {
    return Promise.reject(err);
  }
  const bytes = Buffer.allocUnsafeSlow(size);
  return new Promise<Uint8Array>((resolve, reject) => {
    const from = (at: number): void => {
      read(fd, bytes, at, size - at, at, (err, n) => {
        if (err || n === 0 || at + n >= size) {
          closeSync(fd);
          if (err) reject(err);
          else resolve(at + n >= size ? bytes : bytes.subarray(0, at + n)); // a file that shrank meanwhile: what was there
        } else from(at + n);
      });
    };
    from(0);
  });
}
