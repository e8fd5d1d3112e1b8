// Corpus scale: JSON Lines records in (for Spark, Hadoop Streaming, GNU parallel). The worker pool
// whose output matches a single-process run, in input order, is tested in workers.slow.test.ts.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { cli, jsonLines } from '../helpers/cli.js';

const REF = 'fixtures/belarus-2020-08-18.txt';

describe('--input jsonl', () => {
  test('one output line per record, source = id, other fields under input, bad records reported', async () => {
    const records = [
      JSON.stringify({ id: 'r1', text: 'Minsk rally\n\n"We stay," said Maria Kolesnikova.', lang: 'en' }),
      '{broken',
      JSON.stringify({ id: 'r3' }),
      '',
      JSON.stringify({ id: 7, text: readFileSync(REF, 'utf8') }),
    ].join('\n');
    const r = await cli(['quotes', '--input', 'jsonl', '--jobs', '1'], { stdin: records });
    expect(r.status).toBe(1);
    const docs = jsonLines(r.stdout);
    expect(docs.map((d) => d.source)).toEqual(['r1', 'stdin:2', 'r3', '7']);
    expect(docs[0].input).toEqual({ lang: 'en' });
    expect(docs[0].quotes.length).toBeGreaterThan(0);
    expect(docs[1].error).toEqual({ code: 'bad-record', message: 'not a JSON object' });
    expect(docs[2].error.message).toBe('no string field "text"');
    expect(r.stderr.trim().split('\n')).toEqual(['newsq: stdin:2: not a JSON object', 'newsq: r3: no string field "text"']);
  }, 60_000);

  test('--id-field and --text-field name other fields', async () => {
    const r = await cli(['tokens', '--input', 'jsonl', '--id-field', 'url', '--text-field', 'body'], {
      stdin: JSON.stringify({ url: 'https://example.org/a', body: 'Title\n\nHello Minsk.' }) + '\n',
    });
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ source: 'https://example.org/a', sentences: [{ text: 'Title' }, { text: 'Hello Minsk.' }] });
  });
});
