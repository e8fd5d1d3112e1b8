// Wire sign-offs and datelines are not prose: the article reader cuts them out of the body (and keeps
// the agency they name), so no sentence, quote or entity comes from them. Texts are made up here.
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/pipeline/01-article.js';
import { read } from '../../src/pipeline/index.js';
import { findEntities } from '../../src/pipeline/03-entities.js';
import { loadNerModel } from '../../src/ner/model-io.js';

const body = (text: string) => {
  const a = parseArticle(text);
  return a.blocks.filter((b) => b.kind === 'paragraph').map((b) => text.slice(b.start, b.end));
};

describe('sign-offs', () => {
  const CASES: Array<[string, string, string]> = [
    ['after the last sentence', 'GRAIN BOARD SETS NEW QUOTAS\n\nThe board set new quotas on Monday.\n\nA further statement will follow next week. REUTER\n', 'Reuters'],
    ['trailed by dots', 'GRAIN BOARD SETS NEW QUOTAS\n\nThe board set new quotas on Monday.\n\nA further statement will follow next week. REUTER...\n', 'Reuters'],
    ['after a closing quote', 'Board sets quotas\n\nThe board set new quotas on Monday.\n\n"We will say more next week," the chairman said. Reuter\n', 'Reuters'],
    ['on a line of its own', 'Board sets quotas\n\nThe board set new quotas on Monday.\n\nA further statement will follow next week.\n\nAP\n', 'AP'],
    ['after a table row with no stop', 'GRAIN BOARD SETS NEW QUOTAS\n\nThe board set new quotas on Monday.\n\nWheat 1,200 (900), maize 300 (250), barley 80 (75), oats 40 (38), rye 12 (10), total next week 1,400 (1,100) REUTER\n', 'Reuters'],
    ['dashed', 'Board sets quotas\n\nThe board set new quotas on Monday.\n\nA further statement will follow next week. -- AFP\n', 'AFP'],
  ];
  test.each(CASES)('%s', (_, text, agency) => {
    const paragraphs = body(text);
    expect(paragraphs.at(-1)).toMatch(/next week/);
    expect(paragraphs.join('\n')).not.toMatch(/REUTER|Reuter|\bAP\b|AFP/);
    expect(parseArticle(text).meta.agency).toBe(agency);
  });

  test('an agency named in the last sentence is prose', () => {
    const text = 'Board sets quotas\n\nThe board set new quotas on Monday.\n\n"It was time," the chairman told Reuters.\n';
    expect(body(text).at(-1)).toBe('"It was time," the chairman told Reuters.');
    expect(parseArticle(text).meta.agency).toBeNull();
  });

  test('a byline agency wins over the sign-off', () => {
    const text = 'Board sets quotas\n\nBy Jane Roe for AFP\n\nThe board set new quotas on Monday.\n\nMore will follow. REUTER\n';
    expect(parseArticle(text).meta.agency).toBe('AFP');
  });

  test('the sign-off is no entity', () => {
    const text = 'FARM GROUP SEES HIGHER GRAIN PRICES\n\nThe Midwest Grain Council expects wheat prices to rise by spring, its chairman Tom Hallberg said in Chicago.\n\nHallberg said the council would publish its estimates next month. REUTER\n';
    const names = findEntities(read(text), { model: loadNerModel() }).map((e) => e.name);
    expect(names).toContain('Tom Hallberg');
    expect(names.join('|')).not.toMatch(/REUTER/i);
  });
});

describe('datelines', () => {
  const CASES: Array<[string, string, string | null]> = [
    ['a capital with an agency', 'Minister resigns\n\nOTTAWA (AP) — The minister resigned on Friday.\n\nShe gave no reason.\n', 'AP'],
    ['a town and province', 'Minister visits\n\nMILL CREEK, N.B. — The minister visited the town on Friday.\n\nShe met workers.\n', null],
    ['a day after the place', 'BANK ADDS FUNDS\n\nLONDON, March 26 - The bank said it added funds to the market.\n\nIt gave no figure.\n', null],
    ['a date with its year, as AFP writes it', 'Floods kill 12\n\nHANOI, Oct 14, 2025 (AFP) - The death toll rose on Tuesday.\n\nRain went on.\n', 'AFP'],
    ['a cased place before the agency', 'Fed holds\n\nWashington (Reuters) - The central bank held rates on Wednesday.\n\nMarkets rose.\n', 'Reuters'],
    ['two places, a day and the agency', 'Truce extended\n\nJERUSALEM/GAZA, Nov 27 (Reuters) - The truce was extended by two days.\n\nTalks go on.\n', 'Reuters'],
  ];
  test.each(CASES)('%s', (_, text, agency) => {
    expect(body(text)[0]).toMatch(/^The /);
    expect(parseArticle(text).meta.agency).toBe(agency);
  });

  test('capitals later in the story, or without a dash, stay', () => {
    const text = 'Results\n\nThe tour ended on Sunday.\n\nANN LEE -- Lee finished third.\n';
    expect(body(text)).toEqual(['The tour ended on Sunday.', 'ANN LEE -- Lee finished third.']);
    expect(body('Results\n\nNATO said on Sunday it would meet.\n')).toEqual(['NATO said on Sunday it would meet.']);
  });
});
