// The trainer on a tiny hand-written CoNLL file (fixtures/ner-tiny.conll, invented sentences): it must
// learn its names, generalise to new combinations, save and load, and train deterministically.
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { trainNer } from '../../src/ner/train.js';
import { decodeModel, encodeModel } from '../../src/ner/model-io.js';
import { tagSentences } from '../../src/ner/model.js';

const TINY = fileURLToPath(new URL('../../fixtures/ner-tiny.conll', import.meta.url));

describe('trainNer on a tiny set', () => {
  const model = trainNer({ files: [TINY], clusters: null, epochs: 6 });

  test('learns the training sentences', () => {
    expect(tagSentences(model, [['Anna', 'Petrova', 'said', 'in', 'Riga', 'that', 'Atlas', 'Motors', 'would', 'grow', '.']])).toEqual([
      ['B-PER', 'L-PER', 'O', 'O', 'U-LOC', 'O', 'B-ORG', 'L-ORG', 'O', 'O', 'O'],
    ]);
  });

  test('tags a new combination of known names', () => {
    const [labels] = tagSentences(model, [['Blue', 'River', 'Foods', 'hired', 'Greta', 'Lind', 'from', 'Oslo', '.']]);
    expect(labels).toEqual(['B-ORG', 'I-ORG', 'L-ORG', 'O', 'B-PER', 'L-PER', 'O', 'U-LOC', 'O']);
  });

  test('survives saving and loading', () => {
    const bytes = encodeModel(model);
    const again = decodeModel(bytes);
    const s = [['The', 'Portuguese', 'minister', 'Mendes', 'visited', 'Kaunas', 'on', 'Monday', '.']];
    expect(tagSentences(again, s)).toEqual(tagSentences(model, s));
    expect(tagSentences(again, s)[0]).toEqual(['O', 'U-MISC', 'O', 'U-PER', 'O', 'U-LOC', 'O', 'O', 'O']);
  });

  test('is deterministic', () => {
    const other = trainNer({ files: [TINY], clusters: null, epochs: 6 });
    const a = encodeModel({ ...model, info: { ...model.info } });
    const b = encodeModel({ ...other, info: { ...other.info } });
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
