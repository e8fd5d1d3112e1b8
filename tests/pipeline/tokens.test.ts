// A document's tokens as columns, and the runs (sentences, paragraphs) read through them.
import { describe, expect, test } from 'vitest';
import { joinRuns, MAX_INDEXED, TokenColumns, Tokens } from '../../src/pipeline/tokens.js';
import { tokenize } from '../../src/pipeline/tokenize.js';
import { read } from '../../src/pipeline/index.js';

const TEXT = 'He said no. She said yes.';

describe('token columns', () => {
  test('a run reads its own tokens by index', () => {
    const run = tokenize(TEXT, TEXT, 0, TEXT.length);
    expect(run.length).toBe(8);
    expect([run.text(1), run.start(1), run.end(1)]).toEqual(['said', 3, 7]);
    expect(run.at(4)).toEqual({ text: 'She', start: 12, end: 15 });
    expect(run.texts(1, 3)).toEqual(['said', 'no']);
  });

  test("outside a run every read is undefined, never a neighbour's token", () => {
    const seg = read(`Headline\n\n${TEXT}\n`);
    const [, first, second] = seg.sentences;
    expect(first.tokens.columns).toBe(second.tokens.columns); // one document, one set of columns
    expect(first.tokens.text(first.tokens.length)).toBeUndefined(); // "She" is the next sentence's
    expect(second.tokens.text(-1)).toBeUndefined();
    expect(second.tokens.start(-1)).toBeUndefined();
    expect(first.tokens.end(99)).toBeUndefined();
  });

  test('slice clamps as Array.prototype.slice does', () => {
    const run = tokenize(TEXT, TEXT, 0, TEXT.length).slice(4);
    expect(run.texts()).toEqual(['She', 'said', 'yes', '.']);
    expect(run.slice(1, 3).texts()).toEqual(['said', 'yes']);
    expect(run.slice(-5, 99).length).toBe(4);
    expect(run.slice(3, 1).length).toBe(0);
    expect(run.texts(2, 1)).toEqual([]);
  });

  test('columns grow past their first size and trim to what they hold', () => {
    const columns = new TokenColumns(2);
    for (let i = 0; i < 100; i++) columns.push(`w${i % 10}`, 3 * i, 3 * i + 2);
    columns.trim();
    expect(columns.starts.length).toBe(100);
    const run = new Tokens(columns, 90, 10);
    expect([run.text(9), run.start(9), run.end(9)]).toEqual(['w9', 297, 299]);
  });

  test('a spelling has one word id, and the word list one string per spelling', () => {
    const run = tokenize(TEXT, TEXT, 0, TEXT.length);
    expect(run.wordId(1)).toBe(run.wordId(5)); // "said" twice
    expect(run.wordId(3)).toBe(run.wordId(7)); // "."
    expect(run.wordId(0)).not.toBe(run.wordId(4));
    expect(run.columns.words).toEqual(['He', 'said', 'no', '.', 'She', 'yes']);
  });

  test('past MAX_INDEXED spellings a new one gets a new id each time, and every text stays right', () => {
    const columns = new TokenColumns();
    for (let i = 0; i < MAX_INDEXED; i++) columns.push(String(i), 0, String(i).length);
    columns.push('new', 0, 3);
    columns.push('new', 4, 7);
    columns.push('0', 8, 9);
    const run = new Tokens(columns, MAX_INDEXED, 3);
    expect(run.texts()).toEqual(['new', 'new', '0']);
    expect(run.wordId(0)).not.toBe(run.wordId(1));
    expect(run.wordId(2)).toBe(0);
  });

  test("a paragraph's sentences join without a copy; runs from elsewhere are copied", () => {
    const [, a, b] = read(`Headline\n\n${TEXT}\n`).sentences;
    const joined = joinRuns([a.tokens, b.tokens]);
    expect(joined.columns).toBe(a.tokens.columns);
    expect(joined.texts()).toEqual(['He', 'said', 'no', '.', 'She', 'said', 'yes', '.']);
    const swapped = joinRuns([b.tokens, a.tokens]);
    expect(swapped.columns).not.toBe(a.tokens.columns);
    expect(swapped.texts().join(' ')).toBe('She said yes . He said no .');
    expect(swapped.at(4)).toEqual({ text: 'He', start: 10, end: 12 });
  });

  test("a token's text must be the text between its offsets (its end is not kept: start + length)", () => {
    expect(() => Tokens.of([{ text: 'Minsk', start: 5, end: 11 }])).toThrow(RangeError);
  });

  test('Tokens.of makes a run from objects; a run iterates as objects', () => {
    const run = Tokens.of([{ text: 'Minsk', start: 5, end: 10 }, { text: 'said', start: 11, end: 15 }]);
    expect(run.toArray()).toEqual([{ text: 'Minsk', start: 5, end: 10 }, { text: 'said', start: 11, end: 15 }]);
    expect([...run.slice(1)]).toEqual([{ text: 'said', start: 11, end: 15 }]);
  });
});
