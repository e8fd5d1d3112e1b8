// How many sentences, and which: greedy Maximal Marginal Relevance (Carbonell & Goldstein 1998) over
// the combined scores, so two sentences that say the same thing ("Putin spoke to Merkel." / "Merkel
// and Putin spoke by phone.") never both make a three-sentence summary.

/** Two sentences this similar (cosine of TF-IDF vectors) count as saying the same thing. */
export const NEAR_DUPLICATE = 0.5;
/** Weight of relevance against novelty in MMR: 0.7 relevance, 0.3 penalty for overlap. */
export const MMR_LAMBDA = 0.7;

/**
 * Summary length: `sentences` when given, else `ratio` of the body sentences rounded and at least 1,
 * else 3; never more than there are candidates. `{ratio: 0.2}` of 34 → 7; `{ratio: 0.01}` of 34 → 1.
 */
export function summaryLength(bodySentences: number, options: { sentences?: number; ratio?: number }): number {
  let n = 3;
  if (options.sentences !== undefined) n = options.sentences;
  else if (options.ratio !== undefined) n = Math.max(1, Math.round(options.ratio * bodySentences));
  return Math.max(0, Math.min(Math.floor(n), bodySentences));
}

/**
 * Picks up to k indexes of `scores` (only those with `eligible[i]`), each time the one maximising
 * λ·score − (1 − λ)·(its highest similarity to those already picked), skipping near-duplicates of a
 * pick. Scores should be in [0, 1]. Returns the picks in choosing order.
 */
export function mmrSelect(scores: ArrayLike<number>, sim: (i: number, j: number) => number, k: number, eligible: readonly boolean[]): number[] {
  const picked: number[] = [];
  const maxSim = new Float64Array(scores.length);
  const open = new Set<number>();
  for (let i = 0; i < scores.length; i++) if (eligible[i]) open.add(i);
  while (picked.length < k && open.size) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of open) {
      const value = MMR_LAMBDA * scores[i] - (1 - MMR_LAMBDA) * maxSim[i];
      if (value > bestValue) { bestValue = value; best = i; }
    }
    picked.push(best);
    open.delete(best);
    for (const i of [...open]) {
      const s = sim(i, best);
      if (s >= NEAR_DUPLICATE) open.delete(i);
      else maxSim[i] = Math.max(maxSim[i], s);
    }
  }
  return picked;
}
