// Reading other labelled sets with their own conventions (invented sentences): type mapping, titles cut
// off person spans, and partial labels where a set does not annotate MISC.
import { describe, expect, test } from 'vitest';
import { labelMasks, nameStart, type TrainSource } from '../../src/ner/sources.js';
import { LABEL_NAMES } from '../../src/ner/labels.js';

const GMB: TrainSource = {
  file: 'gmb',
  types: { GEO: 'LOC', GPE: 'LOC|MISC', ORG: 'ORG', PER: 'PER', TIM: 'O' },
  titlesInPerson: true,
  unannotated: ['MISC'],
};
const names = (mask: number): string[] => LABEL_NAMES.filter((_, l) => mask & (1 << l));

describe('labelled sets with other conventions', () => {
  test('GMB: titles leave person spans, dates are never MISC, gpe may be LOC or MISC', () => {
    const words = 'President Anna Berg met Iraqi officials in Basra on Monday'.split(' ');
    const tags = ['B-per', 'I-per', 'I-per', 'O', 'B-gpe', 'O', 'O', 'B-geo', 'O', 'B-tim'];
    const { labels, allowed } = labelMasks(GMB, words, tags);
    expect(Array.from(labels, (l) => LABEL_NAMES[l])).toEqual(['O', 'B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'O', 'U-LOC', 'O', 'O']);
    expect(names(allowed![1])).toEqual(['B-PER']);
    expect(names(allowed![4])).toEqual(['U-LOC', 'U-MISC']);
    expect(names(allowed![9])).toEqual(['O']); // "Monday": a date, not an unannotated name
    expect(names(allowed![0])).toEqual(['O', 'B-MISC', 'I-MISC', 'L-MISC', 'U-MISC']); // capitalised O
    expect(names(allowed![5])).toEqual(['O', 'I-MISC']); // lower case: inside a name at most
  });

  test('the name starts after the last title word', () => {
    const w = 'U.S. Secretary of State Anna Berg'.split(' ');
    expect(nameStart(w, 0, w.length)).toBe(4);
    expect(nameStart(['Mr.', 'Berg'], 0, 2)).toBe(1);
    expect(nameStart(['Anna', 'Berg'], 0, 2)).toBe(0);
  });

  test('a set with every type annotated has exact labels', () => {
    const { allowed } = labelMasks({ file: 'x' }, ['Anna', 'said'], ['B-PER', 'O']);
    expect(allowed).toBeNull();
  });
});
