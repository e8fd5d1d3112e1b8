import { describe, expect, it } from 'vitest';
import { pageRank } from '../../src/summary/textrank.js';
import { blendIdf, cosine, sentenceIdf, similarityMatrix, termBags, tfidfVector } from '../../src/summary/vectors.js';
import { fromCounts, idf, parseTable } from '../../src/summary/idf.js';

describe('pageRank', () => {
  it('ranks the hub of a star first and sums to 1', () => {
    const r = pageRank([[0, 0.5, 0.5], [0.5, 0, 0], [0.5, 0, 0]]);
    expect(r[0]).toBeGreaterThan(r[1]);
    expect(r[1]).toBeCloseTo(r[2], 9);
    expect(r.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
  });
  it('gives isolated nodes the uniform jump only', () => {
    const r = pageRank([[0, 0], [0, 0]]);
    expect(r[0]).toBeCloseTo(0.5, 6);
  });
  it('handles an empty graph', () => expect(pageRank([])).toEqual([]));
});

describe('TF-IDF vectors', () => {
  const table = fromCounts(100, { people: 60, sanction: 2 });
  // Terms as ids 0, 1, 2, ...: a weight table per id, and bags of ids.
  const names = ['people', 'sanction', 'vote'];
  const weight = Float64Array.from(names, (t) => idf(table, t));
  const bag = (...terms: string[]) => Int32Array.from(terms, (t) => names.indexOf(t));
  const weightOf = (v: ReturnType<typeof tfidfVector>, t: string) => v.weights[v.terms.indexOf(names.indexOf(t))];
  it('weighs rare terms above common ones', () => {
    expect(idf(table, 'sanction')).toBeGreaterThan(idf(table, 'people'));
    const v = tfidfVector(bag('people', 'sanction'), weight);
    expect(weightOf(v, 'sanction')).toBeGreaterThan(weightOf(v, 'people'));
  });
  it('gives identical bags cosine 1 and disjoint ones 0', () => {
    const a = tfidfVector(bag('vote', 'sanction'), weight);
    expect(cosine(a, tfidfVector(bag('sanction', 'vote'), weight))).toBeCloseTo(1, 9);
    expect(cosine(a, tfidfVector(bag('people'), weight))).toBe(0);
    expect(similarityMatrix([a, a], names.length)[0][1]).toBeCloseTo(1, 9);
  });
  it('fills the similarity matrix with exactly the cosines, both ways', () => {
    const vs = [bag('vote', 'sanction', 'vote'), bag('people'), bag('sanction', 'people', 'vote'), bag(), bag('sanction')].map((b) => tfidfVector(b, weight));
    const m = similarityMatrix(vs, names.length);
    for (let i = 0; i < vs.length; i++) {
      expect(m[i][i]).toBe(0);
      for (let j = i + 1; j < vs.length; j++) { expect(m[i][j]).toBe(cosine(vs[i], vs[j])); expect(m[j][i]).toBe(m[i][j]); }
    }
  });
  it('numbers terms per document in the order first seen', () => {
    expect(termBags([Int32Array.of(812, 97), Int32Array.of(97, 5)])).toEqual({ bags: [Int32Array.of(0, 1), Int32Array.of(1, 2)], ids: [812, 97, 5] });
  });
  it('sentence IDF makes a term in every sentence weigh least', () => {
    const [putin, call, sanction] = [0, 1, 2];
    const w = sentenceIdf([Int32Array.of(putin, call), Int32Array.of(putin, sanction, putin), Int32Array.of(putin, call)], 3);
    expect(w[putin]).toBeLessThan(w[call]);
    expect(w[call]).toBeLessThan(w[sanction]);
    expect(blendIdf(Float64Array.of(4), Float64Array.of(1), 0.5)[0]).toBeCloseTo(2, 9);
  });
  it('parses the TSV table format', () => {
    const t = parseTable('#docs\t10\nsanction\t2\n');
    expect(t.docs).toBe(10);
    expect(t.df('sanction')).toBe(2);
    expect(t.df('unseen')).toBe(0);
  });
});
