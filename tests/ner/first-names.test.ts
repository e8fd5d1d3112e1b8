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
    ['Grace', 'female'], // names that are also words, which compromise files under the word
    ['Mark', 'male'],
    ['Helmut', 'male'], // names frequent in world news that the lists lack
  ])('%s -> %s', (name, gender) => {
    expect(firstNames(name)).toBe(gender);
  });

  test('a name both genders carry has none', () => {
    expect(firstNames('Robin')).toBeUndefined();
    expect(firstNames('Jamie')).toBeUndefined();
  });

  test('every added name is one lower-case word with a reason', async () => {
    const { EXTRA_FIRST_NAMES } = await import('../../src/lexicon/first-names.js');
    for (const [name, e] of Object.entries(EXTRA_FIRST_NAMES)) {
      expect(name).toMatch(/^[a-z]+$/);
      expect(e.reason.length).toBeGreaterThan(10);
    }
  });
});
