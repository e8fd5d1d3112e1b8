// Sparse TF-IDF vectors of sentences and their cosine similarity: the edges of the summary graph.
//
//   terms [sanction, vote, sanction] = ids [0, 1, 0] → { 0: (1 + ln 2)·idf₀, 1: 1·idf₁ }, scaled to length 1
//
// Sublinear TF (1 + ln tf) so a name repeated in one sentence does not swamp it. Terms are small
// integers, numbered per document (termBags); a weight table is a Float64Array indexed by them.

/** A sparse vector: its term ids in the order first seen, and their weights. */
export interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Bags of term ids from bags of any ids (words.ts key ids), numbered 0, 1, 2, ... in the order first
 * seen across all bags: [[812, 97], [97, 5]] → bags [[0, 1], [1, 2]], ids [812, 97, 5].
 */
export function termBags(bags: readonly Int32Array[]): { bags: Int32Array[]; ids: number[] } {
  const local = new Map<number, number>();
  const ids: number[] = [];
  const out = bags.map((b) => {
    const o = new Int32Array(b.length);
    for (let i = 0; i < b.length; i++) {
      let t = local.get(b[i]);
      if (t === undefined) { local.set(b[i], (t = ids.length)); ids.push(b[i]); }
      o[i] = t;
    }
    return o;
  });
  return { bags: out, ids };
}

/** Unit-length TF-IDF vector of a bag of term ids, `weight[t]` each term's IDF; empty bag → empty vector. */
export function tfidfVector(bag: Int32Array, weight: Float64Array): Vector {
  // Term frequencies in the order the terms first appear (the order the norm is summed in).
  const terms: number[] = [];
  const tf: number[] = [];
  const slot = bag.length > 32 ? new Map<number, number>() : null; // a short bag is searched
  for (let i = 0; i < bag.length; i++) {
    const t = bag[i];
    const at = slot ? slot.get(t) ?? -1 : terms.indexOf(t);
    if (at < 0) { slot?.set(t, terms.length); terms.push(t); tf.push(1); } else tf[at]++;
  }
  const weights = new Float64Array(terms.length);
  let norm = 0;
  for (let k = 0; k < terms.length; k++) {
    const w = (1 + Math.log(tf[k])) * weight[terms[k]];
    weights[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = weights[k] / norm;
  return { terms: Int32Array.from(terms), weights };
}

/** Cosine of two unit vectors: the dot product, iterating the smaller one (the first of equals). */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  let dot = 0;
  for (let k = 0; k < small.terms.length; k++) {
    const at = large.terms.indexOf(small.terms[k]);
    if (at >= 0) dot += small.weights[k] * large.weights[at];
  }
  return dot;
}

/**
 * The symmetric similarity matrix of n vectors over term ids below `termCount` (n² / 2 cosines;
 * callers cap n), as rows. Each cosine is summed exactly as cosine() sums it, but the larger vector
 * of each pair is looked up in a dense scatter of it rather than searched.
 */
export function similarityMatrix(vectors: readonly Vector[], termCount: number): Float64Array[] {
  const n = vectors.length;
  const m = Array.from({ length: n }, () => new Float64Array(n));
  const dense = new Float64Array(termCount);
  const owner = new Int32Array(termCount).fill(-1);
  for (let x = 0; x < n; x++) {
    const vx = vectors[x];
    const size = vx.terms.length;
    for (let k = 0; k < size; k++) { dense[vx.terms[k]] = vx.weights[k]; owner[vx.terms[k]] = x; }
    // The pairs where x is the larger vector: cosine(v[i], v[j]) for i < j iterates v[i] when it is
    // no larger, else v[j]. So y < x counts here when |y| ≤ |x|, y > x when |y| < |x|.
    for (let y = 0; y < n; y++) {
      if (y === x) continue;
      const vy = vectors[y];
      const ys = vy.terms.length;
      if (y < x ? ys > size : ys >= size) continue;
      let dot = 0;
      for (let k = 0; k < ys; k++) {
        const t = vy.terms[k];
        if (owner[t] === x) dot += vy.weights[k] * dense[t];
      }
      m[x][y] = dot;
      m[y][x] = dot;
    }
  }
  return m;
}

/**
 * IDF over the article's own sentences, each sentence a document: a term in every sentence
 * ("Lukashenko" in a story about him) links them all and so cannot tell them apart, while a term
 * in two sentences marks a real thread between them. Per term id below `termCount`.
 */
export function sentenceIdf(bags: readonly Int32Array[], termCount: number): Float64Array {
  const df = new Int32Array(termCount);
  const last = new Int32Array(termCount).fill(-1); // the last bag that counted the term
  for (let b = 0; b < bags.length; b++) {
    for (const t of bags[b]) if (last[t] !== b) { last[t] = b; df[t]++; }
  }
  const n = bags.length;
  const w = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) w[t] = Math.log((n + 1) / (df[t] + 1)) + 1;
  return w;
}

/**
 * Geometric blend of two IDFs per term id, `share` of the first: the article's own (sentenceIdf) and
 * the background one (how rare the word is in news at large). The background alone overrates names
 * that are new to the corpus; the article alone cannot tell "said" from "sanctions".
 */
export function blendIdf(a: Float64Array, b: Float64Array, share: number): Float64Array {
  const w = new Float64Array(a.length);
  for (let t = 0; t < a.length; t++) w[t] = a[t] ** share * b[t] ** (1 - share);
  return w;
}
