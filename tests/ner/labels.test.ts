// BILOU labels, their conversions and the decoder's blocked transitions.
import { describe, expect, test } from 'vitest';
import { allowed, iobToSpans, LABEL_NAMES, labelsToSpans, NUM_LABELS, spansToLabels } from '../../src/ner/labels.js';
import { viterbi } from '../../src/ner/viterbi.js';

const label = (name: string) => LABEL_NAMES.indexOf(name);

describe('labels', () => {
  test.each([
    [['I-PER', 'I-PER', 'O', 'I-LOC'], [[0, 2, 0], [3, 4, 2]]],
    [['B-PER', 'I-PER', 'B-PER'], [[0, 2, 0], [2, 3, 0]]], // IOB1: B- only between two adjacent entities
    [['I-ORG', 'I-MISC', 'O'], [[0, 1, 1], [1, 2, 3]]],
    [['O', 'B-LOC', 'I-LOC', 'I-LOC'], [[1, 4, 2]]], // IOB2
  ])('IOB %j -> spans', (tags, spans) => {
    expect(iobToSpans(tags).map((s) => [s.start, s.end, s.type])).toEqual(spans);
  });

  test('spans -> BILOU -> spans round-trips', () => {
    const spans = [{ start: 0, end: 1, type: 0 }, { start: 2, end: 5, type: 1 }];
    const labels = spansToLabels(6, spans);
    expect(Array.from(labels, (l) => LABEL_NAMES[l])).toEqual(['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(labelsToSpans(labels)).toEqual(spans);
  });

  test.each([
    ['O', 'B-PER', true],
    ['O', 'I-PER', false],
    ['B-PER', 'L-PER', true],
    ['B-PER', 'L-LOC', false],
    ['I-ORG', 'O', false],
    ['L-ORG', 'U-LOC', true],
    ['U-LOC', 'L-LOC', false],
  ])('%s -> %s allowed: %s', (a, b, ok) => {
    expect(allowed(label(a), label(b))).toBe(ok);
  });

  test('Viterbi never outputs an illegal sequence, even when the scores ask for one', () => {
    // emissions favour I-PER alone (illegal without B-PER before it)
    const n = 2;
    const em = new Float64Array(n * NUM_LABELS);
    em[label('I-PER')] = 10;
    em[NUM_LABELS + label('O')] = 1;
    const out = new Int32Array(n);
    viterbi(em, n, new Float32Array((NUM_LABELS + 1) * NUM_LABELS), out);
    const names = Array.from(out, (l) => LABEL_NAMES[l]);
    expect(names).not.toContain('I-PER');
    expect(labelsToSpans(out).every((s) => s.end > s.start)).toBe(true);
  });
});
