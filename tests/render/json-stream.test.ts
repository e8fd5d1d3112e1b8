// A very large document's JSON line comes in pieces that join to exactly JSON.stringify's line.
import { describe, expect, test } from 'vitest';
import { jsonLine, STREAM_FROM } from '../../src/render/json-stream.js';

const joined = (out: string | Iterable<string>) => (typeof out === 'string' ? out : [...out].join(''));

describe('jsonLine', () => {
  test('an ordinary document is one JSON.stringify line', () => {
    const doc = { schema: 'newsq/1', source: 'a.txt', entities: [{ id: 'e1', mentions: [{ text: 'Minsk', start: 0, end: 5 }] }] };
    expect(jsonLine(doc)).toBe(JSON.stringify(doc) + '\n');
  });

  test('a very large one comes in pieces with the same bytes', () => {
    const span = (i: number) => ({ text: i % 7 ? 'Lukashenko’s "aide"' : '\ud800', start: i, end: i + 1, gone: undefined });
    const doc = {
      schema: 'newsq/1', source: 'big.txt', input: undefined, meta: { title: null, authors: ['A'] },
      entities: Array.from({ length: 3 }, (_, e) => ({ id: `e${e}`, mentions: Array.from({ length: STREAM_FROM }, (_, i) => span(i)), gender: undefined })),
      quotes: [undefined, () => 1, { id: 'q1' }],
    };
    const out = jsonLine(doc);
    expect(typeof out).not.toBe('string');
    const pieces = [...(out as Iterable<string>)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1 << 17);
    expect(pieces.join('')).toBe(JSON.stringify(doc) + '\n');
  });

  test('random nesting, holes and undefined members keep JSON.stringify bytes', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const leaf = () => [1, 'a’"\\x', null, true, undefined, 1.5e-7, '\udc00'][Math.floor(rand() * 7)];
    const any = (d: number): unknown => {
      const r = rand();
      if (d > 2 || r < 0.4) return leaf();
      if (r < 0.7) return Array.from({ length: rand() < 0.05 ? 300 : 3 }, () => any(d + 1));
      return { k: any(d + 1), 0: any(d + 1), n: any(d + 1), f: rand() < 0.1 ? () => 1 : 1 };
    };
    for (let t = 0; t < 5; t++) {
      const doc = { schema: 'newsq/1', a: Array.from({ length: STREAM_FROM + 100 }, () => any(1)), b: any(0) };
      expect(joined(jsonLine(doc))).toBe(JSON.stringify(doc) + '\n');
    }
  });
});
