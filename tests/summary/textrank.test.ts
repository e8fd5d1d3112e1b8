import { describe, expect, it } from 'vitest';
import { pageRank } from '../../src/summary/textrank.js';
import { blendIdf, cosine, sentenceIdf, similarityMatrix, tfidfVector } from '../../src/summary/vectors.js';
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
  it('weighs rare terms above common ones', () => {
    expect(idf(table, 'sanction')).toBeGreaterThan(idf(table, 'people'));
    const v = tfidfVector(['people', 'sanction'], table);
    expect(v.get('sanction')!).toBeGreaterThan(v.get('people')!);
  });
  it('gives identical bags cosine 1 and disjoint ones 0', () => {
    const a = tfidfVector(['vote', 'sanction'], table);
    expect(cosine(a, tfidfVector(['sanction', 'vote'], table))).toBeCloseTo(1, 9);
    expect(cosine(a, tfidfVector(['people'], table))).toBe(0);
    expect(similarityMatrix([a, a])[0][1]).toBeCloseTo(1, 9);
  });
  it('sentence IDF makes a term in every sentence weigh least', () => {
    const w = sentenceIdf([['putin', 'call'], ['putin', 'sanction'], ['putin', 'call']]);
    expect(w('putin')).toBeLessThan(w('call'));
    expect(w('call')).toBeLessThan(w('sanction'));
    expect(blendIdf(() => 4, () => 1, 0.5)('x')).toBeCloseTo(2, 9);
  });
  it('parses the TSV table format', () => {
    const t = parseTable('#docs\t10\nsanction\t2\n');
    expect(t.docs).toBe(10);
    expect(t.df('sanction')).toBe(2);
    expect(t.df('unseen')).toBe(0);
  });
});
