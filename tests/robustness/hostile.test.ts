// Hostile text: each finishes, gives sane spans, and takes time linear in its size. Linearity is
// checked as a ratio measured in the same run: the input at 4× the size may take at most 8× as
// long (a quadratic stage would take 16×). Sizes are kept small enough for the whole suite to stay fast.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { toJson } from '../../src/render/json.js';

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

function seconds(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/**
 * Time at size n and 4n (best of three each, after a warm-up); returns the ratio. n grows first until
 * the small run takes 50 ms, so that timer noise cannot pass for growth.
 */
function growth(make: (n: number) => string, n: number): number {
  analyze(make(Math.max(1, n >> 4)));
  const best = (text: string) => Math.min(seconds(() => analyze(text)), seconds(() => analyze(text)), seconds(() => analyze(text)));
  let small = make(n);
  let a = best(small);
  while (a < 0.05 && n < 2_000_000) { n *= 2; small = make(n); a = best(small); }
  return best(make(4 * n)) / a;
}

const HOSTILE: Array<[string, (n: number) => string, number]> = [
  ['thousands of stray straight quotes', (n) => `Title\n\n${'He said " and then " she " x '.repeat(n / 28)}`, 20_000],
  ['unbalanced curly and single quotes', (n) => `Title\n\n${'“Open ‘quote and ’ no close « here '.repeat(n / 34)}`, 20_000],
  ['one line with no punctuation', (n) => `Title\n\n${'word Minsk Lukashenko said that '.repeat(n / 32)}`, 20_000],
  ['an extremely long word', (n) => `Title\n\n${'a'.repeat(n)} said Putin.`, 50_000],
  ['only punctuation', (n) => '.,;:!?"\'()[]{}—–-…'.repeat(n / 18), 20_000],
  ['only whitespace', (n) => ' \n\t\r\n  \u00a0'.repeat(n / 8), 50_000],
  ['emoji and astral characters', (n) => `Title\n\n${'😀 🇧🇾 Minsk 👍🏽 “said” 𝒳 '.repeat(n / 24)}`, 20_000],
  ['markdown syntax left open', (n) => `# Title\n\n${'**bold [link ](# *em _under `code '.repeat(n / 36)}`, 20_000],
  ['many short paragraphs', (n) => `Title\n\n${'Putin said so.\n\n'.repeat(n / 16)}`, 20_000],
];

describe('hostile input', () => {
  test.each(HOSTILE)('%s: finishes, spans slice back, linear time', (_, make, n) => {
    checkSpans(make(n / 8));
    expect(growth(make, n)).toBeLessThan(8);
  }, 60_000);

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
