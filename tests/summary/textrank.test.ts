import { describe, expect, it } from 'vitest';
import { pageRank } from '../../src/summary/textrank.js';
import { blendIdf, sentenceIdf, termBags, Vectors } from '../../src/summary/vectors.js';
import { fromCounts, idf, parseTable } from '../../src/summary/idf.js';

describe('pageRank', () => {
  it('ranks the hub of a star first and sums to 1', () => {
    const r = pageRank([0, 0.5, 0.5, 0.5, 0, 0, 0.5, 0, 0]);
    expect(r[0]).toBeGreaterThan(r[1]);
    expect(r[1]).toBeCloseTo(r[2], 9);
    expect(r.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
  });
  it('gives isolated nodes the uniform jump only', () => {
    const r = pageRank([0, 0, 0, 0]);
    expect(r[0]).toBeCloseTo(0.5, 6);
  });
  it('handles an empty graph', () => expect(pageRank([])).toEqual([]));
});

describe('TF-IDF vectors', () => {
  const table = fromCounts(100, { people: 60, sanction: 2 });
  // Terms as ids 0, 1, 2, ...: a weight table per id, and bags of ids.
  const names = ['people', 'sanction', 'vote'];
  const weight = Float64Array.from(names, (t) => idf(table, t));
  const bag = (...terms: string[]) => terms.map((t) => names.indexOf(t));
  const vectors = (...bags: number[][]) => new Vectors(bags, weight);
  it('weighs rare terms above common ones', () => {
    expect(idf(table, 'sanction')).toBeGreaterThan(idf(table, 'people'));
    const v = vectors(bag('people', 'sanction'));
    expect(v.weightOf(0, names.indexOf('sanction'))).toBeGreaterThan(v.weightOf(0, names.indexOf('people')));
  });
  it('gives identical bags cosine 1 and disjoint ones 0', () => {
    const v = vectors(bag('vote', 'sanction'), bag('sanction', 'vote'), bag('people'));
    expect(v.cosine(0, 1)).toBeCloseTo(1, 9);
    expect(v.cosine(0, 2)).toBe(0);
    expect(v.similarities(2, names.length)[1]).toBeCloseTo(1, 9);
  });
  it('fills the similarity matrix with exactly the cosines, both ways', () => {
    const v = vectors(bag('vote', 'sanction', 'vote'), bag('people'), bag('sanction', 'people', 'vote'), bag(), bag('sanction'));
    const n = v.count;
    const m = v.similarities(n, names.length);
    for (let i = 0; i < n; i++) {
      expect(m[i * n + i]).toBe(0);
      for (let j = i + 1; j < n; j++) { expect(m[i * n + j]).toBe(v.cosine(i, j)); expect(m[j * n + i]).toBe(m[i * n + j]); }
    }
  });
  it('numbers terms per document in the order first seen', () => {
    expect(termBags([[812, 97], [97, 5]])).toEqual({ bags: [[0, 1], [1, 2]], ids: [812, 97, 5] });
  });
  it('sentence IDF makes a term in every sentence weigh least', () => {
    const [putin, call, sanction] = [0, 1, 2];
    const w = sentenceIdf([[putin, call], [putin, sanction, putin], [putin, call]], 3);
    expect(w[putin]).toBeLessThan(w[call]);
    expect(w[call]).toBeLessThan(w[sanction]);
    expect(blendIdf(Float64Array.of(4), [1], 0.5)[0]).toBeCloseTo(2, 9);
  });
  it('parses the TSV table format', () => {
    const t = parseTable('#docs\t10\nsanction\t2\n');
    expect(t.docs).toBe(10);
    expect(t.df('sanction')).toBe(2);
    expect(t.df('unseen')).toBe(0);
  });
});
