// Centrality of sentences in their similarity graph: weighted PageRank (TextRank, Mihalcea & Tarau
// 2004; LexRank, Erkan & Radev 2004, continuous variant). A sentence that shares distinctive terms
// with many others is what the article keeps coming back to.
//
//   weights [[0, .5, .5], [.5, 0, 0], [.5, 0, 0]] → node 0 ranks first (it links both others)

/**
 * PageRank with damping d over a symmetric weight matrix: each node hands its score to its neighbours
 * in proportion to edge weight; a node with no edges hands it to everyone (so scores sum to 1).
 * Iterates until the scores move less than `tolerance` in total (n ≤ 200 sentences: milliseconds).
 */
export function pageRank(weights: readonly ArrayLike<number>[], damping = 0.85, iterations = 60, tolerance = 1e-7): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const row = weights[j];
    let s = 0;
    for (let i = 0; i < n; i++) s += row[i];
    out[j] = s;
  }
  let score = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if (out[j] === 0) dangling += score[j];
    const next = new Float64Array(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let j = 0; j < n; j++) {
      if (out[j] === 0) continue;
      const share = (damping * score[j]) / out[j];
      const row = weights[j];
      for (let i = 0; i < n; i++) if (row[i] !== 0) next[i] += share * row[i];
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i] - score[i]);
    score = next;
    if (delta < tolerance) break;
  }
  return Array.from(score);
}
