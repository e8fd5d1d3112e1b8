// Viterbi decoding over BILOU labels with the illegal transitions blocked: the best-scoring label
// sequence in which every entity opens with B or U and closes with L or U.
//
//   scores for "Vladimir Putin said" -> B-PER L-PER O (never I-PER O, never B-PER U-LOC)
//
// Ties go to the lowest-numbered label. The forward pass keeps only the scores; the path is then
// traced back by finding, for each chosen label, the first predecessor that reaches its score.

import { allowed, canEnd, NUM_LABELS } from './labels.js';

const L = NUM_LABELS;

/** For each label, the labels that may precede it, ascending. */
const PREDECESSORS: number[][] = Array.from({ length: L }, (_, cur) => [...Array(L).keys()].filter((prev) => allowed(prev, cur)));
const ALLOWED = Uint8Array.from({ length: L * L }, (_, x) => (allowed(Math.floor(x / L), x % L) ? 1 : 0));
/**
 * O, B-* and U-* share their predecessors (O, L-*, U-*: "no entity open"): the "opening" labels. Their
 * predecessors' scores are read once per token, and the weights are laid out in the order of the loop.
 */
const CLOSED = Int32Array.from(PREDECESSORS[0]);
const same = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const OPENING = Int32Array.from([...Array(L).keys()].filter((c) => same(PREDECESSORS[c], PREDECESSORS[0])));
/** The others (I-*, L-*), their predecessors flattened: PRED[PRED_FROM[j] .. PRED_FROM[j + 1]) precede OTHER[j]. */
const OTHER = Int32Array.from([...Array(L).keys()].filter((c) => !same(PREDECESSORS[c], PREDECESSORS[0])));
const PRED = Int32Array.from([...OTHER].flatMap((c) => PREDECESSORS[c]));
const PRED_FROM = Int32Array.from([...OTHER, 0].map((_, j) => [...OTHER].slice(0, j).reduce((n, c) => n + PREDECESSORS[c].length, 0)));
const STARTS = Int32Array.from([...Array(L).keys()].filter((cur) => allowed(-1, cur)));
const ENDS = Int32Array.from([...Array(L).keys()].filter(canEnd));

const NC = CLOSED.length;
const openTrans = new Float64Array(OPENING.length * NC); // [j * NC + k]: trans from CLOSED[k] to OPENING[j]
const otherTrans = new Float64Array(PRED.length); // [k]: trans from PRED[k] to its OTHER label
const closedScores = new Float64Array(NC);
let scoreBuf = new Float64Array(0);

/**
 * emissions: n × L scores; trans: (L + 1) × L (row L = from the start).
 * Writes the best labels into `out` (length n).
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, trans: Float32Array, out: Int32Array): void {
  if (n === 0) return;
  if (scoreBuf.length < n * L) scoreBuf = new Float64Array(n * L * 2);
  const score = scoreBuf;
  // the transition weights in loop order (read every call: training changes them between sentences)
  for (let j = 0; j < OPENING.length; j++) for (let k = 0; k < NC; k++) openTrans[j * NC + k] = trans[CLOSED[k] * L + OPENING[j]];
  for (let j = 0; j < OTHER.length; j++) for (let k = PRED_FROM[j]; k < PRED_FROM[j + 1]; k++) otherTrans[k] = trans[PRED[k] * L + OTHER[j]];

  score.fill(-Infinity, 0, L);
  for (let k = 0; k < STARTS.length; k++) {
    const c = STARTS[k];
    score[c] = emissions[c] + trans[L * L + c];
  }
  const cs = closedScores;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let k = 0; k < NC; k++) cs[k] = score[prevBase + CLOSED[k]];
    for (let j = 0; j < OPENING.length; j++) {
      const t = j * NC;
      let best = cs[0] + openTrans[t];
      for (let k = 1; k < NC; k++) best = Math.max(best, cs[k] + openTrans[t + k]);
      const c = OPENING[j];
      score[base + c] = best + emissions[base + c];
    }
    for (let j = 0; j < OTHER.length; j++) {
      const end = PRED_FROM[j + 1];
      let best = -Infinity;
      for (let k = PRED_FROM[j]; k < end; k++) best = Math.max(best, score[prevBase + PRED[k]] + otherTrans[k]);
      const c = OTHER[j];
      score[base + c] = best + emissions[base + c];
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
  // back along the path: the first predecessor (ascending) with the best score, as a strict ">" scan finds
  for (let i = n - 1; i > 0; i--) {
    const c = out[i];
    const prevBase = (i - 1) * L;
    let b = -Infinity;
    let a = 0;
    for (let p = 0; p < L; p++) {
      if (!ALLOWED[p * L + c]) continue;
      const v = score[prevBase + p] + trans[p * L + c];
      if (v > b) {
        b = v;
        a = p;
      }
    }
    out[i - 1] = a;
  }
}
