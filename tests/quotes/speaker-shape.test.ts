// A speaker is a name or a description, never a clause or a date. Made-up sentences, one pattern each.
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { findQuotes } from '../../src/pipeline/04-quotes.js';
import { isDateName } from '../../src/quotes/speaker-shape.js';

const quotesOf = (body: string) => findQuotes(read(`A headline for the test\n\n${body}`), []);
const speakerOf = (body: string, words: string) => {
  const q = quotesOf(body).find((x) => x.text.includes(words));
  return q ? [q.speaker, q.speakerMention?.text ?? null] : null;
};

describe('a speaker is a name or a description', () => {
  test('a verb after the name opens a clause: the name speaks', () => {
    const body = 'Mr Rowe wants the ferries to run more often than the buses but conceded this was costly.';
    const [speaker, mention] = speakerOf(body, 'this was costly') ?? [];
    expect(mention).toBe('Rowe');
    expect(speaker).not.toMatch(/wants|ferries/);
  });

  test('a time phrase after the name is not part of it', () => {
    const body = '"Everyone at home has been talking about the match," said Dupont ahead of the 4 May final.';
    expect(speakerOf(body, 'Everyone at home')).toEqual(['Dupont', 'Dupont']);
  });

  test('a description keeps its words', () => {
    const body = '"We will rebuild the bridge," a ministry spokesman said on Monday.';
    expect(speakerOf(body, 'rebuild the bridge')?.[1]).toBe('a ministry spokesman');
    const named = '"We will rebuild the bridge," said Prime Minister Theresa May.';
    expect(speakerOf(named, 'rebuild the bridge')?.[0]).toBe('Theresa May');
  });
});

describe('a date is no speaker', () => {
  test('a date before the cue', () => {
    const body = 'The chancellor Nigel Pike spoke often of tax cuts. Pike as recently as March 3 said that "there will be little room for cuts next year."';
    expect(quotesOf(body).map((q) => q.speaker).join('|')).not.toMatch(/March|\d/);
  });

  test('a date as the subject of a verb read as a cue', () => {
    const body = 'The peso has lost 40 pct against the dollar since the auctions, known as the Second Window, began last September 26.';
    expect(quotesOf(body).map((q) => q.speaker).join('|')).not.toMatch(/September/);
  });

  test.each([
    ['FEBRUARY', true], ['Wednesday February', true], ['December 17', true], ['last September 26', true],
    ['May', false], ['Theresa May', false], ['Mike Friday', false], ['April Ryan', false],
  ])('%s is only a date: %s', (name, yes) => {
    expect(isDateName(name)).toBe(yes);
  });
});

describe('numbers and days beside a speaker', () => {
  test('an age is no date: the quote keeps its attribution', () => {
    const body = 'Marsh, 61, who has led the committee for a decade, told reporters the findings were clear.';
    expect(quotesOf(body).filter((q) => q.text.includes('findings were clear')).length).toBe(1);
  });

  test('a weekday after a description is not part of it', () => {
    const body = 'The senator released a letter from his doctor Friday afternoon that says he is in good health.';
    const q = quotesOf(body).find((x) => x.text.includes('good health'));
    expect(q?.speakerMention?.text ?? '').not.toMatch(/Friday/);
  });
});

test('an acronym that spells a month is a name: "DEC says"', () => {
  const body = 'The charity DEC has no link with the fake site and says it has told the police.';
  expect(quotesOf(body).some((q) => q.text.includes('told the police') && q.speakerMention?.text.includes('DEC'))).toBe(true);
  expect(isDateName('DEC')).toBe(false);
  expect(isDateName('Dec 17')).toBe(true);
});
