// Hostile text: each finishes and gives spans that slice back. That each also takes time linear in
// its size is checked in the slow set (hostile.slow.test.ts), as a ratio measured in the same run.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { toJson } from '../../src/render/json.js';
import { HOSTILE } from '../helpers/hostile.js';

const REF = readFileSync('fixtures/belarus-2020-08-18.txt', 'utf8');

/** Spans of a report as the JSON contract gives them, each checked to slice back. */
function checkSpans(text: string) {
  const doc = toJson(analyze(text), 'x', 'analyze');
  const chars = [...text];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
        expect(0 <= o.start && o.start <= o.end && o.end <= chars.length).toBe(true);
        expect(chars.slice(o.start, o.end).join('')).toBe(o.text);
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(doc);
  return doc;
}

describe('hostile input', () => {
  test.each(HOSTILE)('%s: finishes, spans slice back', (_, make, n) => {
    expect(checkSpans(make(n / 8))).toMatchObject({ schema: 'newsq/1', source: 'x' });
  });

  test('empty text', () => {
    const doc = checkSpans('');
    expect(doc.entities).toEqual([]);
    expect(doc.quotes).toEqual([]);
  });

  test('CRLF and CR line endings give the same findings as LF', () => {
    const strip = (d: Record<string, unknown>) => JSON.stringify(d, (k, v) => (k === 'start' || k === 'end' || k === 'source' ? undefined : v)).replace(/\\r\\n|\\r/g, '\\n');
    const lf = toJson(analyze(REF), 'x', 'analyze');
    for (const eol of ['\r\n', '\r']) {
      const other = toJson(analyze(REF.replace(/\n/g, eol)), 'x', 'analyze');
      expect(strip(other)).toBe(strip(lf));
    }
  });
});
