// Sparse TF-IDF vectors of sentences and their cosine similarity: the edges of the summary graph.
//
//   ["sanction", "vote", "sanction"] → { sanction: (1 + ln 2)·idf, vote: 1·idf }, scaled to length 1
//
// Sublinear TF (1 + ln tf) so a name repeated in one sentence does not swamp it.
import { idf, type DocFrequencies } from './idf.js';

export type Vector = Map<string, number>;
/** A term's inverse document frequency, from whatever documents it is computed over. */
export type TermWeight = (term: string) => number;

/** Unit-length TF-IDF vector of a bag of terms; empty bag → empty vector. */
export function tfidfVector(terms: readonly string[], weight: DocFrequencies | TermWeight): Vector {
  const idfOf: TermWeight = typeof weight === 'function' ? weight : (t) => idf(weight, t);
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, n] of tf) {
    const w = (1 + Math.log(n)) * idfOf(t);
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

/**
 * IDF over the article's own sentences, each sentence a document: a term in every sentence
 * ("Lukashenko" in a story about him) links them all and so cannot tell them apart, while a term
 * in two sentences marks a real thread between them.
 */
export function sentenceIdf(bags: readonly (readonly string[])[]): TermWeight {
  const df = new Map<string, number>();
  for (const b of bags) for (const t of new Set(b)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = bags.length;
  return (t) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1;
}

/**
 * Geometric blend of two IDFs, `share` of the first: the article's own (sentenceIdf) and the
 * background one (how rare the word is in news at large). The background alone overrates names
 * that are new to the corpus; the article alone cannot tell "said" from "sanctions".
 */
export function blendIdf(a: TermWeight, b: TermWeight, share: number): TermWeight {
  const memo = new Map<string, number>(); // each term is looked up once per sentence it is in
  return (t) => {
    let w = memo.get(t);
    if (w === undefined) memo.set(t, (w = a(t) ** share * b(t) ** (1 - share)));
    return w;
  };
}
