// Common-noun abbreviations never make or end a name span.
import { describe, expect, test } from 'vitest';
import { trimSpan } from '../../src/ner/mentions.js';

describe('trimSpan and common acronyms', () => {
  const CASES: Array<[string, 'person' | 'organization' | 'place' | 'misc', string]> = [
    ['CD', 'organization', ''],
    ['Sony CD', 'organization', 'Sony'],
    ['CEO Tim Cook', 'person', 'Tim Cook'],
    ['Surrey CD', 'organization', 'Surrey'],
    ['BBC', 'organization', 'BBC'],
  ];
  test.each(CASES)('%s (%s) → %j', (span, type, expected) => {
    const words = span.split(' ');
    const [s, e] = trimSpan(words, 0, words.length, type);
    expect(words.slice(s, e).join(' ')).toBe(expected);
  });
});
