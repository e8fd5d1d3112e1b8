// Viterbi decoding over BILOU labels with the illegal transitions blocked: the best-scoring label
// sequence in which every entity opens with B or U and closes with L or U.
//
//   scores for "Vladimir Putin said" -> B-PER L-PER O (never I-PER O, never B-PER U-LOC)

import { allowed, canEnd, NUM_LABELS } from './labels.js';

const L = NUM_LABELS;

/** For each label, the labels that may precede it (index L stands for the sentence start). */
const PREDECESSORS: Int32Array[] = Array.from({ length: L }, (_, cur) =>
  Int32Array.from([...Array(L).keys()].filter((prev) => allowed(prev, cur))),
);
const STARTS = Int32Array.from([...Array(L).keys()].filter((cur) => allowed(-1, cur)));
const ENDS = Int32Array.from([...Array(L).keys()].filter(canEnd));

let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/**
 * emissions: n × L scores; trans: (L + 1) × L (row L = from the start).
 * Writes the best labels into `out` (length n).
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, trans: Float32Array, out: Int32Array): void {
  if (n === 0) return;
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(n * L * 2);
    backBuf = new Int32Array(n * L * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  score.fill(-Infinity, 0, L);
  for (let k = 0; k < STARTS.length; k++) {
    const c = STARTS[k];
    score[c] = emissions[c] + trans[L * L + c];
  }
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let c = 0; c < L; c++) {
      const preds = PREDECESSORS[c];
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k];
        const v = score[prevBase + p] + trans[p * L + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[base + c] = best + emissions[base + c];
      back[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let k = 0; k < ENDS.length; k++) {
    const c = ENDS[k];
    if (score[last + c] > best) {
      best = score[last + c];
      arg = c;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
}
