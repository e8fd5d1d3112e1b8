// Viterbi against a plain reference decoder (a strict ">" scan over the allowed predecessors, with
// back-pointers): same labels on random scores, including many exact ties (small integers).
import { describe, expect, test } from 'vitest';
import { allowed, canEnd, NUM_LABELS } from '../../src/ner/labels.js';
import { viterbi } from '../../src/ner/viterbi.js';

const L = NUM_LABELS;

function reference(em: Float64Array, n: number, trans: Float32Array): number[] {
  const score = new Float64Array(n * L).fill(-Infinity);
  const back = new Int32Array(n * L);
  for (let c = 0; c < L; c++) if (allowed(-1, c)) score[c] = em[c] + trans[L * L + c];
  for (let i = 1; i < n; i++)
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, c)) continue;
        const v = score[(i - 1) * L + p] + trans[p * L + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * L + c] = best + em[i * L + c];
      back[i * L + c] = arg;
    }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < L; c++)
    if (canEnd(c) && score[(n - 1) * L + c] > best) {
      best = score[(n - 1) * L + c];
      arg = c;
    }
  const out = [arg];
  for (let i = n - 1; i > 0; i--) out.unshift(back[i * L + out[0]]);
  return out;
}

describe('viterbi', () => {
  test('matches the reference decoder, ties included', () => {
    let seed = 7;
    const rand = (k: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % k;
    };
    for (let round = 0; round < 400; round++) {
      const range = [3, 20, 5000][round % 3];
      const n = 1 + rand(30);
      const em = Float64Array.from({ length: n * L }, () => rand(range) - (range >> 1));
      const trans = Float32Array.from({ length: (L + 1) * L }, () => rand(range) - (range >> 1));
      const out = new Int32Array(n);
      viterbi(em, n, trans, out);
      expect([...out]).toEqual(reference(em, n, trans));
    }
  });
});
