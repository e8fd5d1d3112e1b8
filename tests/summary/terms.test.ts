import { describe, expect, it } from 'vitest';
import { stem, termOf } from '../../src/summary/terms.js';

describe('stem: plurals fold, nothing else', () => {
  it.each([
    ['sanctions', 'sanction'], ['policies', 'policy'], ['protesters', 'protester'], ['taxes', 'tax'],
    ['crisis', 'crisis'], ['news', 'news'], ['belarus', 'belarus'], ['dialogue', 'dialogue'], ['bus', 'bus'],
  ])('%s → %s', (word, want) => expect(stem(word)).toBe(want));
});

describe('termOf', () => {
  it.each([
    ['Sanctions', 'sanction'], ['Tuesday', null], ['the', null], ['said', null], ['2020', null],
    ['6,700', null], ['US', 'us'], ['us', null], ['U.S.', 'u.s'], ['Lukashenko', 'lukashenko'], [',', null],
  ])('%s → %s', (token, want) => expect(termOf(token)).toBe(want));
});
