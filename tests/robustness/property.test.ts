// Property tests: random and mutated article texts through analyze() never throw, and every span in
// the result lies inside the text and slices back to its own text.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { toJson } from '../../src/render/json.js';

const REF = readFileSync('fixtures/belarus-2020-08-18.txt', 'utf8');

function assertSpans(text: string): void {
  const doc = toJson(analyze(text), 'x', 'analyze');
  // Offsets count from after a leading byte-order mark (the contract), which analyze() drops.
  const chars = [...(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      if (!(0 <= o.start && o.start <= o.end && o.end <= chars.length)) throw new Error(`span out of range: ${JSON.stringify(o)}`);
      const got = chars.slice(o.start, o.end).join('');
      if (got !== o.text) throw new Error(`span does not slice back: ${JSON.stringify(o.text)} vs ${JSON.stringify(got)}`);
    }
    Object.values(o).forEach(walk);
  };
  walk(doc);
}

/** Pieces news text is made of, including the awkward ones. */
const piece = fc.oneof(
  fc.constantFrom('Putin', 'Lukashenko', "Lukashenko's", 'Svetlana Tikhanovskaya', 'the EU', 'U.S.', 'Mr.', 'said', 'told reporters', 'she said'),
  fc.constantFrom('"', '“', '”', "'", '‘', '’', '«', '»', '„', ',', '.', '?', '!', ':', '—', '...', '(', ')'),
  fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '**', '[', '](#)', '# ', '> ', '- '),
  fc.constantFrom('😀', '🇧🇾', '👍🏽', 'é', 'Мінск', '\u0301', '\ufeff', '\u200d'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const articleText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

/** The reference article with a few random edits: slices cut, pieces inserted. */
const mutated = fc.array(fc.tuple(fc.nat(REF.length), fc.nat(40), piece), { minLength: 1, maxLength: 8 }).map((edits) => {
  let t = REF;
  for (const [at, cut, insert] of edits) t = t.slice(0, at % (t.length + 1)) + insert + t.slice((at % (t.length + 1)) + cut);
  return t;
});

describe('analyze() on random text', () => {
  test('generated articles: never throws, spans slice back', () => {
    const run = fc.check(fc.property(articleText, (text) => { assertSpans(text); }), { numRuns: 300, seed: 20201818 });
    expect(run.failed, fc.defaultReportMessage(run)).toBe(false);
    expect(run.numRuns).toBe(300);
  });

  test('mutated reference article: never throws, spans slice back', () => {
    const run = fc.check(fc.property(mutated, (text) => { assertSpans(text); }), { numRuns: 25, seed: 42 });
    expect(run.failed, fc.defaultReportMessage(run)).toBe(false);
    expect(run.numRuns).toBe(25);
  });

  test('unpaired surrogate halves are tolerated', () => {
    expect(() => assertSpans('Title\n\n\ud83d Minsk \ude00 said Putin. "x\ud800"')).not.toThrow();
  });
});
