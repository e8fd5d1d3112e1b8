import { describe, expect, it } from 'vitest';
import { mmrSelect, summaryLength } from '../../src/summary/select.js';

describe('summaryLength (--sentences / --ratio)', () => {
  it.each([
    [34, {}, 3],
    [34, { sentences: 5 }, 5],
    [34, { ratio: 0.2 }, 7],
    [34, { ratio: 0.01 }, 1], // at least one
    [34, { ratio: 1 }, 34],
    [2, {}, 2], // never more than the body has
    [0, { ratio: 0.5 }, 0],
    [34, { sentences: 4, ratio: 0.5 }, 4], // an explicit count wins
  ])('%i body sentences, %o → %i', (body, opts, want) => expect(summaryLength(body, opts)).toBe(want));
});

describe('mmrSelect', () => {
  // 0 and 1 say the same thing (similarity 0.9); 2 is different.
  const sims = [[1, 0.9, 0.1], [0.9, 1, 0.1], [0.1, 0.1, 1]];
  const sim = (i: number, j: number) => sims[i][j];
  it('never picks a near-duplicate of an earlier pick', () => {
    expect(mmrSelect([1, 0.95, 0.3], sim, 2, [true, true, true])).toEqual([0, 2]);
  });
  it('skips ineligible sentences', () => {
    expect(mmrSelect([1, 0.95, 0.3], sim, 2, [false, true, true])).toEqual([1, 2]);
  });
  it('returns fewer picks when only duplicates remain', () => {
    expect(mmrSelect([1, 0.95], (i, j) => sims[i][j], 3, [true, true])).toEqual([0]);
  });
});
