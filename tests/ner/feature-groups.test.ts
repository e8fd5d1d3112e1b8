// The tagger adds up feature groups A-C once per distinct word (src/ner/features.ts, model.ts): for
// every token, those groups and group D must be exactly the features training sees, and tagging with
// the per-word sums must give the labels of plain lookups.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  extractSentence,
  FeatureBuffer,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  placeFeatures,
  placeOf,
  prepareDocument,
} from '../../src/ner/features.js';
import { loadNerModel } from '../../src/ner/model-io.js';
import { tagSentences, type NerModel } from '../../src/ner/model.js';

const model = loadNerModel();
const article = readFileSync(new URL('../../fixtures/belarus-2020-08-18.txt', import.meta.url), 'utf8')
  .split(/\n+/)
  .filter(Boolean)
  .map((l) => l.match(/[\p{L}\p{N}'’.-]+|[^\s\p{L}\p{N}]/gu) ?? []);
const odd = [
  ['Minsk'],
  ['Lukashenko', 'said'],
  ['RUSSIA', 'TELLS', 'EU', 'TO', 'STAY', 'OUT', 'OF', 'BELARUS'],
  ['In', 'New', 'York', ',', 'Sviatlana', 'Tsikhanouskaya', 'met', 'the', 'U.S.', 'envoy', '.'],
  ['the', 'the', 'the', 'Anna', 'Anna', 'anna', 'ANNA', '2020', '-'],
];
const docs = [[...odd, ...article], odd];

/** The uncached reference: the same model with float weights (scored by plain lookups). */
const plain: NerModel = { ...model, weights: Float64Array.from(model.weights) };

describe('feature groups', () => {
  test('groups A-C plus group D are each token\'s whole feature list', () => {
    const all = new FeatureBuffer();
    const d = new FeatureBuffer();
    const part = new FeatureBuffer();
    let checked = 0;
    for (const sentences of docs) {
      const doc = prepareDocument(model.res, sentences);
      for (let s = 0; s < sentences.length; s++) {
        const n = sentences[s].length;
        const first = doc.offset[s];
        const caps = doc.capsSentence[s] === 1;
        extractSentence(doc, s, all);
        extractSentence(doc, s, d, true);
        for (let i = 0; i < n; i++) {
          part.reset(1);
          placeFeatures(doc, doc.type[first + i], placeOf(i, n), caps, part);
          for (const o of NEIGHBOUR_OFFSETS) {
            const j = i + o;
            neighbourFeatures(doc, j < 0 || j >= n ? -1 : doc.type[first + j], o, part);
          }
          const split = [...d.feats.subarray(d.start[i], d.start[i + 1]), ...part.feats.subarray(0, part.count)].sort();
          const whole = [...all.feats.subarray(all.start[i], all.start[i + 1])].sort();
          expect(split).toEqual(whole);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  test('tagging from per-word sums gives the labels of plain lookups', () => {
    for (const sentences of docs) expect(tagSentences(model, sentences)).toEqual(tagSentences(plain, sentences));
    // again, now from sums made by the documents before
    expect(tagSentences(model, article)).toEqual(tagSentences(plain, article));
  });

  test('past the bound on cached words, new words are scored the long way, then the cache starts over', () => {
    const many = Array.from({ length: 700 }, (_, s) => Array.from({ length: 50 }, (_, i) => `Qz${s}x${i}${i % 3 ? 'ov' : ''}`));
    const doc = [...many.slice(0, 100), ...article.slice(0, 20), ...many.slice(100)];
    expect(tagSentences(model, doc)).toEqual(tagSentences(plain, doc));
    expect(tagSentences(model, article)).toEqual(tagSentences(plain, article));
  });
});
