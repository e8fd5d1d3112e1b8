// The background document-frequency table (src/summary/idf.ts): its TSV, read without a string or
// Map entry per line, answers as a plain term -> count map would.
import { describe, expect, test } from 'vitest';
import { idf, parseTable, shippedTable, UNSEEN_DF } from '../../src/summary/idf.js';

describe('parseTable', () => {
  test('reads the corpus size and the counts; an unlisted term counts 0', () => {
    const t = parseTable('#docs\t100\nsanction\t29\npeople\t80\n');
    expect(t.docs).toBe(100);
    expect([t.df('sanction'), t.df('people'), t.df('Sanction'), t.df('sanctions'), t.df('')]).toEqual([29, 80, 0, 0, 0]);
  });

  test('the last line of a term wins; lines without a tab and blank lines are skipped; CRLF is read', () => {
    const t = parseTable('a\t1\r\nnotab\n\nb c\t7\na\t2\n#docs\t0');
    expect([t.df('a'), t.df('b c'), t.df('notab')]).toEqual([2, 7, 0]);
    expect(t.docs).toBe(1); // never below one
  });

  test('a term with a tab in it keeps all but the last field; odd counts read as Number() reads them', () => {
    const t = parseTable('x\ty\t3\nq\t1e3\nw\t 5 \nv\t0099\nn\tnone\n');
    expect([t.df('x\ty'), t.df('q'), t.df('w'), t.df('v')]).toEqual([3, 1000, 5, 99]);
    expect(t.df('n')).toBeNaN();
  });

  test('many terms, asked again and again, keep their counts', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `term${i}\t${i}`);
    const t = parseTable(`#docs\t9999\n${lines.join('\n')}\n`);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 5000; i += 7) expect(t.df(`term${i}`)).toBe(i);
    }
    expect(t.df('term5000')).toBe(0);
  });

  test('the shipped table knows common news words, and idf weighs rare ones more', () => {
    const t = shippedTable();
    expect(t.docs).toBeGreaterThan(1000);
    expect(t.df('people')).toBeGreaterThan(t.df('sanction'));
    expect(idf(t, 'sanction')).toBeGreaterThan(idf(t, 'people'));
    expect(idf(t, 'zzzz-unseen')).toBe(Math.log((t.docs + 1) / (UNSEEN_DF + 1)) + 1);
  });
});
