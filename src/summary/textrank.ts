// Centrality of sentences in their similarity graph: weighted PageRank (TextRank, Mihalcea & Tarau
// 2004; LexRank, Erkan & Radev 2004, continuous variant). A sentence that shares distinctive terms
// with many others is what the article keeps coming back to.
//
//   weights [0, .5, .5,  .5, 0, 0,  .5, 0, 0] (3×3) → node 0 ranks first (it links both others)

/**
 * PageRank with damping d over a symmetric n×n weight matrix, flat (row j at j·n): each node hands its
 * score to its neighbours in proportion to edge weight; a node with no edges hands it to everyone (so
 * scores sum to 1). Iterates until the scores move less than `tolerance` in total (n ≤ 200 sentences:
 * milliseconds). The edges are listed once, row by row, so an iteration costs the edges, not n².
 */
export function pageRank(weights: ArrayLike<number>, n = Math.round(Math.sqrt(weights.length)), damping = 0.85, iterations = 60, tolerance = 1e-7): number[] {
  if (n === 0) return [];
  const out = new Float64Array(n);
  // Row j's non-zero entries: columns edgeTo[edgeAt[j] .. edgeAt[j + 1]) with weights edgeWeight[...].
  const edgeAt: number[] = [0];
  const edgeTo: number[] = [];
  let edges = 0;
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) if (weights[j * n + i] !== 0) edges++;
  const edgeWeight = new Float64Array(edges);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[j * n + i];
      s += w;
      if (w !== 0) { edgeWeight[edgeTo.length] = w; edgeTo.push(i); }
    }
    out[j] = s;
    edgeAt.push(edgeTo.length);
  }
  let score = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if (out[j] === 0) dangling += score[j];
    next.fill((1 - damping) / n + (damping * dangling) / n);
    for (let j = 0; j < n; j++) {
      if (out[j] === 0) continue;
      const share = (damping * score[j]) / out[j];
      for (let e = edgeAt[j]; e < edgeAt[j + 1]; e++) next[edgeTo[e]] += share * edgeWeight[e];
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i] - score[i]);
    const before = score;
    score = next;
    next = before;
    if (delta < tolerance) break;
  }
  return Array.from(score);
}
