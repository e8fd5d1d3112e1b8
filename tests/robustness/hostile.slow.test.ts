// Hostile text takes time linear in its size, through the whole pipeline and in the stages that
// once were not: quote-mark pairing, quote finding, the summary. Linearity is a ratio measured in
// the same run (tests/helpers/growth.ts): 4× the input may take at most 8× as long, where a
// quadratic stage would take 16×. That the same inputs finish with sane spans is hostile.test.ts.
import { describe, expect, test } from 'vitest';
import { analyze, read } from '../../src/pipeline/index.js';
import { pairMarks } from '../../src/quotes/marks.js';
import { findQuotes } from '../../src/pipeline/04-quotes.js';
import { MAX_SENTENCES, summarize } from '../../src/pipeline/05-summary.js';
import { HOSTILE } from '../helpers/hostile.js';
import { growth, LINEAR } from '../helpers/growth.js';

describe('hostile input through analyze()', () => {
  test.each(HOSTILE)('%s: linear time', (_, make, n) => {
    expect(growth((size) => { const text = make(size); return () => analyze(text); }, n)).toBeLessThan(LINEAR);
  });
});

describe('stage by stage', () => {
  test('pairMarks: thousands of stray marks of every kind', () => {
    const junk = (n: number) => 'a " b “ c ” d \' e ‘ f ’ '.repeat(n);
    expect(growth((n) => { const s = junk(n); return () => pairMarks(s, 0, s.length); }, 5000)).toBeLessThan(LINEAR);
  });

  test('pairMarks: a run of openers that never close', () => {
    const openers = (n: number) => '“'.repeat(n) + 'x' + '”';
    expect(growth((n) => { const s = openers(n); return () => pairMarks(s, 0, s.length); }, 20_000)).toBeLessThan(LINEAR);
  });

  test('findQuotes: stray marks in every paragraph', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} has " a stray “ mark and ‘ another ’ and "a quote of many words here," he said.`).join('\n\n');
    expect(growth((n) => { const seg = read(`A headline for the test\n\n${body(n)}`); return () => findQuotes(seg, []); }, 200)).toBeLessThan(LINEAR);
  });

  test('summarize: past MAX_SENTENCES body sentences, the quadratic similarity graph stops growing', () => {
    const para = (i: number) => `Paragraph number ${i} reports that the council met again to discuss the budget for schools.`;
    const big = (n: number) => 'A long report\n\n' + Array.from({ length: n }, (_, i) => para(i)).join('\n\n') + '\n';
    // Sizes fixed (minSeconds 0): past the cap the summary takes about the same few milliseconds at any
    // size, so growth() doubling the input until a run takes 50 ms would build millions of paragraphs.
    expect(growth((n) => { const seg = read(big(n)); return () => summarize(seg, [], [], { ratio: 0.5 }); }, MAX_SENTENCES * 3, 0)).toBeLessThan(LINEAR);
  });
});
