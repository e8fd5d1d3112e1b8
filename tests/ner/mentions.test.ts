// From labels to clean spans: titles, possessives, punctuation and markup stay out; title-case
// headlines are lower-cased before tagging; the byline's names come from the article header.
import { describe, expect, test } from 'vitest';
import { endsSentenceWithStop, sentenceMentions, trimSpan } from '../../src/ner/mentions.js';
import { isTitleCase, truecaseHeadline } from '../../src/ner/truecase.js';
import { bylineMentions, withBylineMentions } from '../../src/ner/byline.js';
import { loadNerModel } from '../../src/ner/model-io.js';
import { LABEL_NAMES } from '../../src/ner/labels.js';
import type { Mention, Sentence } from '../../src/types.js';
import { Tokens } from '../../src/pipeline/tokens.js';

/** A sentence over `text` whose tokens are its space-separated words. */
function sentence(text: string, kind: Sentence['kind'] = 'paragraph'): Sentence {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  return { start: 0, end: text.length, text, block: 0, kind, tokens: Tokens.of(tokens) };
}

describe('trimSpan', () => {
  test.each([
    ['President Vladimir Putin', 'person', 'Vladimir Putin'],
    ['Prime Minister Boris Johnson', 'person', 'Boris Johnson'],
    ['Mr. Lukashenko', 'person', 'Lukashenko'],
    ['Lukashenko \'s', 'person', 'Lukashenko'],
    ['Lukashenko ’s', 'person', 'Lukashenko'],
    ['( EU', 'organization', 'EU'],
    ['Minsk ,', 'place', 'Minsk'],
    ['U.S. Trade Representative Clayton Yeutter', 'person', 'Clayton Yeutter'], // a title after words of its own
    ['Martin Luther King Jr.', 'person', 'Martin Luther King Jr.'], // a title word needs a name of two words after it
    ['Tallmoor Senator Vell', 'person', 'Tallmoor Senator Vell'],
    ['President', 'person', 'President'], // a title alone is left as tagged
    ['Prince Charles', 'organization', 'Prince Charles'], // titles are only stripped from people
  ])('%s (%s) -> %s', (span, type, want) => {
    const words = span.split(' ');
    const [s, e] = trimSpan(words, 0, words.length, type as never);
    expect(words.slice(s, e).join(' ')).toBe(want);
  });

  test.each([
    [['Moody', "'s", 'said', 'so'], 'organization', "Moody 's"],
    [['Lloyd', "'s", 'of', 'London'], 'organization', "Lloyd 's"],
    [['at', 'St', 'Mary', "'s", '.'], 'place', "St Mary 's"],
    [['Chrysler', 'Financial', "'s", 'parent'], 'organization', 'Chrysler Financial'],
    [['the', 'Exchange', "'s", '(', 'CME', ')', 'board'], 'organization', 'Exchange'],
    [['Exchange', "'s", ',', 'CME', ',', 'said'], 'organization', 'Exchange'],
    [['Labour', "'s", 'plans'], 'organization', 'Labour'],
    [['Lukashenko', "'s", 'said'], 'person', 'Lukashenko'],
  ])('a possessive that possesses nothing is part of a body\'s name: %j', (words, type, want) => {
    const start = words[0] === 'at' || words[0] === 'the' ? 1 : 0;
    const possessive = words.findIndex((w) => w === "'s");
    const [s, e] = trimSpan(words, start, possessive + 1, type as never);
    expect(words.slice(s, e).join(' ')).toBe(want);
  });

  test.each([
    [['shares', 'of', 'Lear', 'Corp.'], 4, true],
    [['Lear', 'Corp.', 'shares', 'rose'], 2, false],
    [['in', 'the', 'U.S.'], 3, false], // an initialism keeps its stop
    [['at', 'Acme', 'Corp.', '"'], 3, false], // CoNLL keeps the stop before a closing quote
  ])('sentence-final stop of %j', (words, end, want) => {
    expect(endsSentenceWithStop(words, end)).toBe(want);
  });
});

describe('sentenceMentions', () => {
  test('splits a span where markup hides between two names', () => {
    const text = 'Charles Michel **Stephanie Lecocq / EPA';
    const s = sentence(text.replace('**', '  '));
    const labels = ['B-PER', 'I-PER', 'I-PER', 'L-PER', 'O', 'U-ORG'].map((l) => LABEL_NAMES.indexOf(l));
    const got = sentenceMentions(text, s, 0, labels).map((m) => `${m.type}:${m.text}`);
    expect(got).toEqual(['person:Charles Michel', 'person:Stephanie Lecocq', 'organization:EPA']);
  });
});

describe('truecaseHeadline', () => {
  const res = loadNerModel().res;
  test('lower-cases the ordinary words of a title-case headline', () => {
    const words = 'EU Leaders Urge Putin to Push for Talks in Belarus Over Disputed Vote'.split(' ');
    expect(isTitleCase(words)).toBe(true);
    expect(truecaseHeadline(res, words).join(' ')).toBe('EU leaders urge Putin to push for talks in Belarus over disputed vote');
  });
  test('leaves ordinary sentences alone', () => {
    const words = 'Protesters gathered in Minsk on Sunday .'.split(' ');
    expect(isTitleCase(words)).toBe(false);
    expect(truecaseHeadline(res, words)).toBe(words);
  });
});

describe('byline', () => {
  const text = 'By Tatiana Kalinovskaya for AFP';
  const s = sentence(text, 'byline');
  const meta = { title: null, authors: ['Tatiana Kalinovskaya'], agency: 'AFP', date: null, url: null };
  test('names the author and the agency', () => {
    expect(bylineMentions(text, meta, [s]).map((m) => `${m.type}:${m.text}`)).toEqual(['person:Tatiana Kalinovskaya', 'organization:AFP']);
  });
  test('replaces what the tagger made of the same words', () => {
    const tagged: Mention[] = [{ start: 3, end: 31, text: text.slice(3), sentence: 0, type: 'person' }];
    const merged = withBylineMentions(tagged, bylineMentions(text, meta, [s]));
    expect(merged.map((m) => m.text)).toEqual(['Tatiana Kalinovskaya', 'AFP']);
  });
});
