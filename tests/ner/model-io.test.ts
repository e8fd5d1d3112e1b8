// The model file format (src/ner/model-io.ts): version 3 saves every hash table as its slots, the word
// tables in one canonical layout, so the same model always gives the same bytes and loading is views
// over the file; version-2 files (word tables as pairs, often gzipped) still load and convert losslessly.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { convertNerModel, decodeModel, encodeModel, loadNerModel, loadNerModelAsync, primeNerModel, readInBackground, readNerModel, saveNerModel } from '../../src/ner/model-io.js';
import { IntMap } from '../../src/ner/int-map.js';
import { LABEL_NAMES } from '../../src/ner/labels.js';
import type { NerModel } from '../../src/ner/model.js';

const L = LABEL_NAMES.length;

function mapOf(entries: [number, number][]): IntMap {
  const m = new IntMap(4);
  for (const [k, v] of entries) m.set(k, v);
  return m;
}

/** A small model with int16 weights, as a loaded one has; its word tables filled in the given order. */
function tinyModel(order: 'up' | 'down'): NerModel {
  const words: [number, number][] = Array.from({ length: 300 }, (_, i) => [(i * 2654435761) | 0, i + 1]);
  if (order === 'down') words.reverse();
  const table = mapOf([[11, 0], [-7, 1], [123456789, 2]]);
  return {
    table,
    weights: Int16Array.from({ length: 3 * L }, (_, i) => (i * 37) % 200 - 100),
    trans: Float32Array.from({ length: (L + 1) * L }, (_, i) => (i % 5) - 2),
    res: { clusters: mapOf(words), capBins: mapOf(words.filter(([, v]) => v <= 40)), gazetteer: mapOf(words.filter(([, v]) => v > 100)), gazMaxLen: 3 },
    info: { created: 'test', trainedOn: ['tiny'], epochs: 1, sentences: 1, tokens: 1, features: 3 },
  };
}

/** The version-2 encoder of before (word tables as [key, value] pairs), to make an old file. */
function encodeV2(model: NerModel, scale: number): Buffer {
  const arrays: [string, 'i32' | 'i16' | 'f32', Int32Array | Int16Array | Float32Array][] = [
    ['tableKeys', 'i32', model.table.keys],
    ['tableRows', 'i32', model.table.values],
    ['weights', 'i16', model.weights as Int16Array],
    ['trans', 'f32', model.trans],
    ['clusters', 'i32', model.res.clusters.toPairs()],
    ['capBins', 'i32', model.res.capBins.toPairs()],
    ['gazetteer', 'i32', model.res.gazetteer.toPairs()],
  ];
  const sections = [];
  let offset = 0;
  for (const [name, kind, arr] of arrays) {
    sections.push({ name, kind, offset, length: arr.length });
    offset = (offset + arr.byteLength + 7) & ~7;
  }
  const header = Buffer.from(JSON.stringify({ version: 2, labels: LABEL_NAMES, scale, gazMaxLen: model.res.gazMaxLen, info: model.info, sections }));
  const headLen = (12 + header.length + 7) & ~7;
  const out = Buffer.alloc(headLen + offset);
  out.write('NSQNER02', 0, 'latin1');
  out.writeUInt32LE(header.length, 8);
  header.copy(out, 12);
  arrays.forEach(([, , arr], i) => Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(out, headLen + sections[i].offset));
  return out;
}

function expectSameModel(a: NerModel, b: NerModel): void {
  expect([...b.table.keys]).toEqual([...a.table.keys]);
  expect([...b.table.values]).toEqual([...a.table.values]);
  expect([...b.weights]).toEqual([...a.weights]);
  expect([...b.trans]).toEqual([...a.trans]);
  expect(b.info).toEqual(a.info);
  expect(b.res.gazMaxLen).toBe(a.res.gazMaxLen);
  for (const name of ['clusters', 'capBins', 'gazetteer'] as const) {
    expect(b.res[name].size).toBe(a.res[name].size);
    a.res[name].forEach((k, v) => expect(b.res[name].get(k)).toBe(v));
  }
}

describe('NER model files', () => {
  test('version 3: the word tables are slots, loaded as views of the bytes, with their sizes', () => {
    const model = tinyModel('up');
    const bytes = encodeModel(model);
    expect(bytes.toString('latin1', 0, 8)).toBe('NSQNER03');
    const again = decodeModel(bytes);
    expectSameModel(model, again);
    expect(again.res.clusters.keys.buffer).toBe(bytes.buffer);
    expect(again.res.clusters.keys.length).toBe(new IntMap(300).keys.length);
  });

  test('the same entries give the same bytes, whatever order they were inserted in', () => {
    const up = encodeModel(tinyModel('up'));
    expect(Buffer.compare(up, encodeModel(tinyModel('down')))).toBe(0);
    expect(Buffer.compare(up, encodeModel(decodeModel(up)))).toBe(0);
  });

  test('a version-2 file, gzipped or not, loads and converts to what encodeModel writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsq-model-'));
    const model = tinyModel('down');
    const v2 = encodeV2(model, 0.25);
    writeFileSync(join(dir, 'old.bin'), v2);
    writeFileSync(join(dir, 'old.bin.gz'), gzipSync(v2));
    expectSameModel(model, readNerModel(join(dir, 'old.bin')));
    expectSameModel(model, readNerModel(join(dir, 'old.bin.gz')));
    convertNerModel(join(dir, 'old.bin.gz'), join(dir, 'new.bin'));
    const converted = readFileSync(join(dir, 'new.bin'));
    expect(Buffer.compare(converted, encodeModel(model, 0.25))).toBe(0);
    expect(JSON.parse(converted.toString('utf8', 12, 12 + converted.readUInt32LE(8))).scale).toBe(0.25);
  });

  test('a name ending in .gz is written gzipped, and read back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsq-model-'));
    const model = tinyModel('up');
    saveNerModel(model, join(dir, 'm.bin.gz'));
    expect(readFileSync(join(dir, 'm.bin.gz'))[0]).toBe(0x1f);
    expectSameModel(model, readNerModel(join(dir, 'm.bin.gz')));
  });

  test('read in the background: the same model as a sync load, once per file; a failed read is not kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsq-model-'));
    const file = join(dir, 'm.bin');
    const model = tinyModel('up');
    saveNerModel(model, file);
    expect(Buffer.compare(Buffer.from(await readInBackground(file)), readFileSync(file))).toBe(0);
    const first = loadNerModelAsync(file);
    expect(loadNerModelAsync(file)).toBe(first); // one read in flight per file
    const loaded = await first;
    expectSameModel(model, loaded);
    expect(loadNerModel(file)).toBe(loaded);
    expect(await loadNerModelAsync(file)).toBe(loaded);

    const missing = join(dir, 'later.bin');
    await expect(loadNerModelAsync(missing)).rejects.toThrow(/ENOENT/);
    saveNerModel(model, missing); // the next call tries again
    expectSameModel(model, await loadNerModelAsync(missing));
  });

  test('bytes read by someone else (bin/newsq.js) are taken, gzipped or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsq-model-'));
    const model = tinyModel('down');
    const bytes = encodeModel(model);
    primeNerModel(join(dir, 'never-on-disk.bin'), Promise.resolve(bytes));
    expectSameModel(model, await loadNerModelAsync(join(dir, 'never-on-disk.bin')));
    primeNerModel(join(dir, 'zipped.bin'), Promise.resolve(gzipSync(bytes)));
    const zipped = await loadNerModelAsync(join(dir, 'zipped.bin'));
    expectSameModel(model, zipped);
    expect(loadNerModel(join(dir, 'zipped.bin'))).toBe(zipped); // a sync load, once the bytes have come, takes them too
  });

  test('anything else is refused', () => {
    expect(() => decodeModel(Buffer.from('not a model at all'))).toThrow(/bad magic/);
  });
});
