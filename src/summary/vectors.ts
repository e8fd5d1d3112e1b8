// Sparse TF-IDF vectors of sentences and their cosine similarity: the edges of the summary graph.
//
//   ["sanction", "vote", "sanction"] → { sanction: (1 + ln 2)·idf, vote: 1·idf }, scaled to length 1
//
// Sublinear TF (1 + ln tf) so a name repeated in one sentence does not swamp it.
import { idf, type DocFrequencies } from './idf.js';

export type Vector = Map<string, number>;

/** Unit-length TF-IDF vector of a bag of terms; empty bag → empty vector. */
export function tfidfVector(terms: readonly string[], table: DocFrequencies): Vector {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, n] of tf) {
    const w = (1 + Math.log(n)) * idf(table, t);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** Cosine of two unit vectors: the dot product, iterating the smaller one. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const x = large.get(t);
    if (x !== undefined) dot += w * x;
  }
  return dot;
}

/** The symmetric similarity matrix of n vectors (n² / 2 cosines; callers cap n). */
export function similarityMatrix(vectors: readonly Vector[]): number[][] {
  const n = vectors.length;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i], vectors[j]);
      m[i][j] = s;
      m[j][i] = s;
    }
  }
  return m;
}
