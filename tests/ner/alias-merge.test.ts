// Alias merging, table-driven: each case lists mention texts (type person unless given) and the
// entities they must become.
import { describe, expect, test } from 'vitest';
import { acronymOf, mergeAliases } from '../../src/ner/alias-merge.js';
import type { EntityType, Mention } from '../../src/types.js';

function mentions(items: Array<string | [string, EntityType]>): Mention[] {
  let at = 0;
  return items.map((item, i) => {
    const [text, type] = typeof item === 'string' ? [item, 'person' as EntityType] : item;
    const m = { start: at, end: at + text.length, text, sentence: i, type };
    at += text.length + 10;
    return m;
  });
}

const CASES: Array<[string, Array<string | [string, EntityType]>, string[][]]> = [
  ['last name joins the full name', ['Alexander Lukashenko', 'Lukashenko', 'Lukashenko'], [['Alexander Lukashenko', 'Lukashenko']]],
  ['short form first, full name later', ['Putin', 'Vladimir Putin'], [['Putin', 'Vladimir Putin']]],
  ['husband and wife stay apart', ['Sergei Tikhanovsky', 'Svetlana Tikhanovskaya', 'Tikhanovskaya', 'Tikhanovsky'],
    [['Sergei Tikhanovsky', 'Tikhanovsky'], ['Svetlana Tikhanovskaya', 'Tikhanovskaya']]],
  ['shared first name stays apart', ['Svetlana Tikhanovskaya', 'Svetlana Alexievich'], [['Svetlana Tikhanovskaya'], ['Svetlana Alexievich']]],
  ['a first name shared by two people is ambiguous', ['Svetlana Tikhanovskaya', 'Svetlana Alexievich', 'Svetlana'],
    [['Svetlana Tikhanovskaya'], ['Svetlana Alexievich'], ['Svetlana']]],
  ['a first name of one person joins', ['Maria Kolesnikova', 'Maria'], [['Maria Kolesnikova', 'Maria']]],
  ['a nickname in marks joins the full name', ['Edward "Teddy" Mbeki', 'Teddy', 'Teddy'], [['Edward "Teddy" Mbeki', 'Teddy']]],
  ['middle initial variants join', ['George W. Bush', 'George Bush', 'Bush'], [['George W. Bush', 'George Bush', 'Bush']]],
  ['acronym of a longer name', [['European Union', 'organization'], ['EU', 'organization'], ['EU', 'organization']],
    [['European Union', 'EU']]],
  ['acronym with stops', [['United Nations', 'organization'], ['U.N.', 'organization']], [['United Nations', 'U.N.']]],
  ['acronym skipping small words', [['Collective Security Treaty Organization', 'organization'], ['CSTO', 'organization']],
    [['Collective Security Treaty Organization', 'CSTO']]],
  ['a word in lower case gives the acronym no letter', [['United Auto Workers union', 'organization'], ['UAW', 'organization']], [['United Auto Workers union', 'UAW']]],
  ['a name all in lower case keeps its letters', [['united states', 'place'], ['U.S', 'place']], [['united states', 'U.S']]],
  ['a short company name joins its legal name', [['Meta Platforms', 'organization'], ['Meta', 'organization'], ['Labour', 'organization'], ['Labour Party', 'organization']],
    [['Meta Platforms', 'Meta'], ['Labour Party', 'Labour']]],
  ['a unit is no legal name', [['Amazon Web Services', 'organization'], ['Amazon', 'organization']], [['Amazon Web Services'], ['Amazon']]],
  ['two full names with the same first word: ambiguous', [['Tallwick Group', 'organization'], ['Tallwick Motors', 'organization'], ['Tallwick', 'organization']],
    [['Tallwick Group'], ['Tallwick Motors'], ['Tallwick']]],
  ['a short form opening the one two-word name before it', [['Goldman Sachs', 'organization'], ['Goldman', 'organization']], [['Goldman Sachs', 'Goldman']]],
  ['a short form ending the one longer name before it', [['Aston Villa', 'organization'], ['Villa', 'organization'], ['Villa', 'organization']], [['Aston Villa', 'Villa']]],
  ['a short form opening a legal name', [['Newmont Mining Corp', 'organization'], ['Newmont', 'organization']], [['Newmont Mining Corp', 'Newmont']]],
  ['the head of "X of Y"', [['Bank of England', 'organization'], ['Bank', 'organization']], [['Bank of England', 'Bank']]],
  ['two longer names ending alike: ambiguous', [['Manchester City', 'organization'], ['Leicester City', 'organization'], ['City', 'organization']],
    [['Manchester City'], ['Leicester City'], ['City']]],
  ['a longer name met later is a part, not the full name', [['Facebook', 'organization'], ['Facebook Research', 'organization']], [['Facebook'], ['Facebook Research']]],
  ['a body of its own is no short form', [['Senate Armed Services Committee', 'organization'], ['Senate', 'organization'], ['White House', 'organization'], ['House', 'organization']],
    [['Senate Armed Services Committee'], ['Senate'], ['White House'], ['House']]],
  ['an adjective typed as a body is no short form', [['Christian News Service', 'organization'], ['Christian', 'organization']], [['Christian News Service'], ['Christian']]],
  ['a business named with a possessive, and its name without it', [['Wendy', 'organization'], ["Wendy's", 'organization'], ['Wendy', 'organization']], [["Wendy's", 'Wendy']]],
  ['types never merge', [['Washington', 'place'], ['Washington', 'person']], [['Washington'], ['Washington']]],
  ['places join on exact form only', [['Minsk', 'place'], ['Minsk', 'place'], ['Minsk Region', 'place']], [['Minsk'], ['Minsk Region']]],
];

describe('mergeAliases', () => {
  test.each(CASES)('%s', (_name, items, want) => {
    const got = mergeAliases(mentions(items));
    const sets = got.map((e) => [...e.aliases].sort()).sort((a, b) => a[0].localeCompare(b[0]));
    expect(sets).toEqual(want.map((w) => [...w].sort()).sort((a, b) => a[0].localeCompare(b[0])));
  });

  test('a business\'s name is the form with its possessive, however often the other is used', () => {
    const got = mergeAliases(mentions([['Wendy', 'organization'], ['Wendy', 'organization'], ["Wendy's", 'organization']]));
    expect(got.map((e) => e.name)).toEqual(["Wendy's"]);
  });

  test('name is the fullest form; ids follow count, then first appearance', () => {
    const got = mergeAliases(mentions([['Minsk', 'place'], 'Putin', 'Vladimir Putin', 'Putin']));
    expect(got.map((e) => [e.id, e.name, e.mentions.length])).toEqual([
      ['e1', 'Vladimir Putin', 3],
      ['e2', 'Minsk', 1],
    ]);
  });

  test('an acronym in brackets right after a name stands for it, whatever letters it takes', () => {
    const full = 'National Institute for Health and Care Excellence';
    const ms: Mention[] = [
      { start: 0, end: full.length, text: full, sentence: 0, type: 'organization' },
      { start: full.length + 2, end: full.length + 6, text: 'NICE', sentence: 0, type: 'organization' },
      { start: 200, end: 204, text: 'NICE', sentence: 1, type: 'organization' },
      { start: 300, end: 304, text: 'NATO', sentence: 2, type: 'organization' },
    ];
    expect(mergeAliases(ms).map((e) => [e.name, e.mentions.length])).toEqual([[full, 3], ['NATO', 1]]);
    // not when the acronym's letters are not the name's: "(WHO)" after another name
    const other: Mention[] = [ms[0], { ...ms[1], text: 'WHO' }];
    expect(mergeAliases(other)).toHaveLength(2);
  });

  test('a last name shared by two people goes to the one mentioned last before it', () => {
    const got = mergeAliases(mentions(['George Bush', 'Jeb Bush', 'Bush']));
    expect(got.find((e) => e.name === 'Jeb Bush')?.aliases).toEqual(['Jeb Bush', 'Bush']);
  });

  test.each([
    ['European Union', 'eu'],
    ['Collective Security Treaty Organization', 'csto'],
    ['Organization for Security and Co-operation in Europe', 'osce'],
    ['Belarus', ''],
  ])('acronymOf(%s) = %s', (name, acr) => {
    expect(acronymOf(name)).toBe(acr);
  });
});

describe('mergeAliases with the honorifics before mentions', () => {
  // "Mr" before mentions 2 and 4, "Ms" before 3 (by index into the list)
  const items = ['Margaret Ellison', 'Paul Ellison', 'Ellison', 'Ellison', 'Ellison'];
  const titles: Array<'male' | 'female' | undefined> = [undefined, undefined, 'male', 'female', 'male'];
  const ms = mentions(items);
  const hints = {
    titleGender: (m: Mention) => titles[ms.indexOf(m)],
    nameGender: (tokens: string[]) => ({ margaret: 'female', paul: 'male' } as Record<string, 'male' | 'female'>)[tokens[0]],
  };

  test('"Mr Ellison" is the man of the family, "Ms Ellison" the woman', () => {
    const got = mergeAliases(ms, hints);
    expect(got.find((e) => e.name === 'Paul Ellison')?.mentions.length).toBe(3);
    expect(got.find((e) => e.name === 'Margaret Ellison')?.mentions.length).toBe(2);
  });

  test('one honorific for a form keeps its mentions together: "Mr Smith ... Smith"', () => {
    const two = mentions(['Smith', 'Smith']);
    const got = mergeAliases(two, { titleGender: (m) => (m === two[0] ? 'male' : undefined) });
    expect(got.map((e) => e.mentions.length)).toEqual([2]);
  });
});
