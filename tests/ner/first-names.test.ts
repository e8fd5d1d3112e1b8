// First names' genders from the model's lists (src/ner/gender.ts firstNamesOf).
import { describe, expect, test } from 'vitest';
import { loadNerModel } from '../../src/ner/model-io.js';
import { firstNamesOf } from '../../src/ner/gender.js';

const firstNames = firstNamesOf(loadNerModel().res.gazetteer);

describe('firstNamesOf', () => {
  test.each([
    ['Angela', 'female'],
    ['Geneviève', 'female'], // the lists spell it "genevieve"
    ['José', 'male'],
    ['Hélène', 'female'],
    ['Svetlana', 'female'], // the lexicon's additions
  ])('%s -> %s', (name, gender) => {
    expect(firstNames(name)).toBe(gender);
  });

  test('a name both genders carry has none', () => {
    expect(firstNames('Robin')).toBeUndefined();
  });
});
