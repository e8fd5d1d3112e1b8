// The corpus views over newsq's own records: the reduce step of a cluster run gives exactly what the
// articles give, from newsq/1 documents (found by itself or --input newsq) and from partial
// aggregates (--partial, then --input corpus).
import { beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { cli, jsonLines } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync('schema/newsq-corpus-1.schema.json', 'utf8'));
const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: true }).compile(schema);

const INPUTS = ['fixtures/corpus', 'fixtures/belarus-2020-08-18.txt'];
const dir = mkdtempSync(join(tmpdir(), 'newsq-reduce-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const lines = (s: string) => s.split('\n').filter(Boolean);

let speakers: string;
let quoteRecords: string[];

beforeAll(async () => {
  speakers = (await cli(['speakers', '--json', ...INPUTS])).stdout;
  quoteRecords = lines((await cli(['quotes', '--json', '--with-entities', ...INPUTS])).stdout);
}, 120_000);

describe('speakers over newsq/1 records', () => {
  test('quotes --json --with-entities, split in two files in either order, found without --input', async () => {
    expect(jsonLines(speakers).length).toBeGreaterThan(3);
    const a = file('a.jsonl', quoteRecords.slice(0, 2).join('\n') + '\n');
    const b = file('b.jsonl', quoteRecords.slice(2).join('\n') + '\n');
    expect((await cli(['speakers', '--json', b, a])).stdout).toBe(speakers);
    expect((await cli(['speakers', '--json', '--input', 'newsq', a, b])).stdout).toBe(speakers);
    // On stdin, in reverse order: the same view.
    const r = await cli(['speakers', '--json'], { stdin: [...quoteRecords].reverse().join('\n') + '\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(speakers);
  });

  test('partial aggregates merge to the same view, in any grouping', async () => {
    const p1 = file('p1.jsonl', (await cli(['speakers', '--partial', INPUTS[0]])).stdout);
    const p2 = file('p2.jsonl', (await cli(['speakers', '--partial', '--input', 'newsq'], { stdin: quoteRecords.slice(-1).join('\n') })).stdout);
    expect(jsonLines(await readText(p1))[0]).toMatchObject({ schema: 'newsq-corpus/1', kind: 'part' });
    for (const record of jsonLines(await readText(p1))) {
      if (!validate(record)) throw new Error(`${JSON.stringify(record)}: ${JSON.stringify(validate.errors)}`);
    }
    expect((await cli(['speakers', '--json', '--input', 'corpus', p2, p1])).stdout).toBe(speakers);
    // Documents and parts mix in one run.
    const docs = file('docs.jsonl', quoteRecords.slice(0, -1).join('\n') + '\n');
    expect((await cli(['speakers', '--json', docs, p2])).stdout).toBe(speakers);
  });

  test('plain quotes --json lacks the speakers\' entities: a clear error, not a wrong view', async () => {
    const plain = lines((await cli(['quotes', '--json', INPUTS[1]])).stdout);
    const r = await cli(['speakers'], { stdin: plain.join('\n') });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^newsq: stdin:1: quotes without their entities .*--with-entities/);
  });

  test('a printed view cannot be merged; bad lines and error records are told on stderr', async () => {
    const view = await cli(['speakers', '--input', 'corpus'], { stdin: speakers });
    expect(view.status).toBe(1);
    expect(view.stderr).toMatch(/cannot be merged exactly: make partial aggregates with --partial/);
    const r = await cli(['speakers', '--json', '--input', 'newsq'], {
      stdin: ['{broken', '{"schema":"newsq/1","source":"gone.txt","error":{"code":"not-found","message":"x"}}', ...quoteRecords].join('\n'),
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(speakers);
    expect(r.stderr).toBe('newsq: stdin:1: not a JSON object\nnewsq: 1 error record skipped (inputs that failed where the records were made)\n');
  });
});

test('--input newsq and corpus are for the corpus views only: a usage error elsewhere', async () => {
  const r = await cli(['entities', '--input', 'newsq', 'x.jsonl']);
  expect(r.status).toBe(2);
  expect(r.stderr).toBe('newsq: --input newsq is read by speakers and entities --aggregate only (see newsq entities --help)\n');
});

describe('entities --aggregate over newsq/1 records', () => {
  test('from entities --json, and from partial aggregates', async () => {
    const want = (await cli(['entities', '--aggregate', '--json', ...INPUTS])).stdout;
    const docs = lines((await cli(['entities', '--json', ...INPUTS])).stdout);
    expect((await cli(['entities', '--aggregate', '--json'], { stdin: [...docs].reverse().join('\n') })).stdout).toBe(want);
    const part = file('e.jsonl', (await cli(['entities', '--aggregate', '--partial'], { stdin: docs.join('\n') })).stdout);
    expect((await cli(['entities', '--aggregate', '--json', '--input', 'corpus', part])).stdout).toBe(want);
    // A table, too, as from the articles.
    expect((await cli(['entities', '--aggregate', part])).stdout).toBe((await cli(['entities', '--aggregate', ...INPUTS])).stdout);
  }, 60_000);
});

async function readText(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}
