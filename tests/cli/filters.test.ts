// The filters of `entities` and `quotes`, on the reference article.
import { describe, expect, test } from 'vitest';
import { cli, jsonLines } from '../helpers/cli.js';

const REF = 'fixtures/belarus-2020-08-18.txt';
const json = async (argv: string[]) => jsonLines((await cli([...argv, '--json', REF])).stdout)[0];

describe('entities filters', () => {
  test('--type keeps only those types', async () => {
    const doc = await json(['entities', '--type', 'person,place']);
    expect(doc.entities.length).toBeGreaterThan(5);
    expect(new Set(doc.entities.map((e: { type: string }) => e.type))).toEqual(new Set(['person', 'place']));
  });

  test('--min-count and --limit', async () => {
    const all = (await json(['entities'])).entities;
    const doc = await json(['entities', '--min-count', '2', '--limit', '3']);
    expect(doc.entities).toHaveLength(3);
    expect(doc.entities).toEqual(all.filter((e: { count: number }) => e.count >= 2).slice(0, 3));
  });

  test('entities come most mentioned first', async () => {
    const counts = (await json(['entities'])).entities.map((e: { count: number }) => e.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('quotes filters', () => {
  test('--speaker matches any alias of the speaker', async () => {
    const full = await json(['quotes', '--speaker', 'Alexander Lukashenko']);
    const short = await json(['quotes', '--speaker', 'lukashenko']);
    expect(full.quotes.length).toBeGreaterThan(0);
    expect(short.quotes).toEqual(full.quotes);
    for (const q of full.quotes) expect(q.speaker).toBe('Alexander Lukashenko');
  });

  test('--kind keeps only those kinds', async () => {
    const doc = await json(['quotes', '--kind', 'partial']);
    expect(doc.quotes.length).toBeGreaterThan(0);
    for (const q of doc.quotes) expect(q.kind).toBe('partial');
  });
});
