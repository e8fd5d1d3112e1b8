// A person's gender from the name alone (src/ner/gender.ts, src/lexicon/name-endings.ts).
import { describe, expect, test } from 'vitest';
import { nameGender } from '../../src/ner/gender.js';

const noFirstNames = () => undefined;

describe('nameGender', () => {
  test('a Vietnamese middle name: "Thi" a woman, "Van" a man, after a common family name, accents or not', () => {
    expect(nameGender(['Nguyen', 'Thi', 'Hoa'], noFirstNames)).toBe('female');
    expect(nameGender(['Trần', 'Văn', 'Minh'], noFirstNames)).toBe('male');
    expect(nameGender(['Jessica', 'Van', 'Camp'], noFirstNames)).toBeUndefined(); // not after a Vietnamese family name
    expect(nameGender(['Nguyen', 'Hoa'], noFirstNames)).toBeUndefined(); // no middle name
  });

  test('a Slavic surname ending when no first name tells', () => {
    expect(nameGender(['Tikhanovskaya'], noFirstNames)).toBe('female');
    expect(nameGender(['Lukashenko'], noFirstNames)).toBe('male');
  });
});
