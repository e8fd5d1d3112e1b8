// Sparse TF-IDF vectors of sentences and their cosine similarity: the edges of the summary graph.
//
//   terms [sanction, vote, sanction] = ids [0, 1, 0] → { 0: (1 + ln 2)·idf₀, 1: 1·idf₁ }, scaled to length 1
//
// Sublinear TF (1 + ln tf) so a name repeated in one sentence does not swamp it. Terms are small
// integers, numbered per document (termBags); a weight table is a Float64Array indexed by them. All
// of a document's vectors live in one flat store (Vectors): a typed array per sentence would cost
// more to allocate than the arithmetic does.

/**
 * Bags of term ids from bags of any ids (words.ts key ids), numbered 0, 1, 2, ... in the order first
 * seen across all bags: [[812, 97], [97, 5]] → bags [[0, 1], [1, 2]], ids [812, 97, 5].
 */
export function termBags(bags: readonly (readonly number[])[]): { bags: number[][]; ids: number[] } {
  const local = new Map<number, number>();
  const ids: number[] = [];
  const out = bags.map((b) => {
    const o: number[] = [];
    for (let i = 0; i < b.length; i++) {
      let t = local.get(b[i]);
      if (t === undefined) { local.set(b[i], (t = ids.length)); ids.push(b[i]); }
      o.push(t);
    }
    return o;
  });
  return { bags: out, ids };
}

/**
 * Unit-length TF-IDF vectors of bags of term ids below `weight.length`, `weight[t]` the IDF of term t;
 * an empty bag gives an empty vector. Vector i holds terms[at[i] .. at[i + 1]) in the order they first
 * appear in its bag (the order its norm is summed in), with their weights.
 */
export class Vectors {
  readonly at: number[] = [0];
  readonly terms: number[] = [];
  readonly weights: Float64Array;

  constructor(bags: readonly (readonly number[])[], weight: Float64Array) {
    let total = 0;
    for (const b of bags) total += b.length;
    this.weights = new Float64Array(total);
    const terms = this.terms;
    const w = this.weights;
    // Where term t sits in the vector being built: slot[t], valid when seen[t] is that vector's number.
    const slot: number[] = new Array<number>(weight.length).fill(0);
    const seen: number[] = new Array<number>(weight.length).fill(-1);
    for (let v = 0; v < bags.length; v++) {
      const bag = bags[v];
      const from = terms.length;
      for (let i = 0; i < bag.length; i++) {
        const t = bag[i];
        if (seen[t] === v) w[slot[t]]++;
        else { seen[t] = v; slot[t] = terms.length; w[terms.length] = 1; terms.push(t); }
      }
      const to = terms.length;
      let norm = 0;
      for (let k = from; k < to; k++) {
        const x = (1 + Math.log(w[k])) * weight[terms[k]];
        w[k] = x;
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      if (norm > 0) for (let k = from; k < to; k++) w[k] = w[k] / norm;
      this.at.push(to);
    }
  }

  get count(): number {
    return this.at.length - 1;
  }

  /** Number of distinct terms of vector i. */
  size(i: number): number {
    return this.at[i + 1] - this.at[i];
  }

  /** Weight of term t in vector i; 0 when absent. */
  weightOf(i: number, t: number): number {
    for (let k = this.at[i]; k < this.at[i + 1]; k++) if (this.terms[k] === t) return this.weights[k];
    return 0;
  }

  /** Cosine of unit vectors i and j: the dot product, iterating the smaller one (the first of equals). */
  cosine(i: number, j: number): number {
    const [small, large] = this.size(i) <= this.size(j) ? [i, j] : [j, i];
    const { at, terms, weights } = this;
    let dot = 0;
    for (let k = at[small]; k < at[small + 1]; k++) {
      const t = terms[k];
      for (let m = at[large]; m < at[large + 1]; m++) {
        if (terms[m] === t) { dot += weights[k] * weights[m]; break; }
      }
    }
    return dot;
  }

  /**
   * The symmetric similarity matrix of the first n vectors, flat (row i at i·n), diagonal 0 (n² / 2
   * cosines; callers cap n). `termCount`: one more than the highest term id. Each entry is summed
   * exactly as cosine() sums it, but the larger vector of each pair is read from a dense scatter of it
   * rather than searched.
   */
  similarities(n: number, termCount: number): Float64Array {
    const { at, terms, weights } = this;
    const m = new Float64Array(n * n);
    const dense = new Float64Array(termCount);
    const owner: number[] = new Array<number>(termCount).fill(-1);
    for (let x = 0; x < n; x++) {
      const size = at[x + 1] - at[x];
      for (let k = at[x]; k < at[x + 1]; k++) { dense[terms[k]] = weights[k]; owner[terms[k]] = x; }
      // The pairs where x is the larger vector: cosine(i, j) for i < j iterates i when it is no
      // larger than j, else j. So y < x counts here when |y| ≤ |x|, y > x when |y| < |x|.
      for (let y = 0; y < n; y++) {
        if (y === x) continue;
        const ys = at[y + 1] - at[y];
        if (y < x ? ys > size : ys >= size) continue;
        let dot = 0;
        for (let k = at[y]; k < at[y + 1]; k++) {
          const t = terms[k];
          if (owner[t] === x) dot += weights[k] * dense[t];
        }
        m[x * n + y] = dot;
        m[y * n + x] = dot;
      }
    }
    return m;
  }
}

/**
 * IDF over the article's own sentences, each sentence a document: a term in every sentence
 * ("Lukashenko" in a story about him) links them all and so cannot tell them apart, while a term
 * in two sentences marks a real thread between them. Per term id below `termCount`.
 */
export function sentenceIdf(bags: readonly (readonly number[])[], termCount: number): Float64Array {
  const df: number[] = new Array<number>(termCount).fill(0);
  const last: number[] = new Array<number>(termCount).fill(-1); // the last bag that counted the term
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
export function blendIdf(a: Float64Array, b: ArrayLike<number>, share: number): Float64Array {
  const w = new Float64Array(a.length);
  for (let t = 0; t < a.length; t++) w[t] = a[t] ** share * b[t] ** (1 - share);
  return w;
}
