// The command line's contract with its users: JSON Lines per the schema, offsets that slice back,
// TSV when piped, tables on a terminal, colour only where wanted.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { cli, jsonLines } from '../helpers/cli.js';

const REF = 'fixtures/belarus-2020-08-18.txt';
const schema = JSON.parse(readFileSync('schema/newsq-1.schema.json', 'utf8'));
const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false }).compile(schema);

const COMMAND_FIELDS: Array<[string, string[]]> = [
  ['analyze', ['schema', 'source', 'meta', 'summary', 'keywords', 'keyPeople', 'entities', 'quotes']],
  ['entities', ['schema', 'source', 'meta', 'entities']],
  ['quotes', ['schema', 'source', 'meta', 'quotes']],
  ['summary', ['schema', 'source', 'meta', 'summary', 'keywords', 'keyPeople']],
  ['tokens', ['schema', 'source', 'meta', 'sentences']],
];

/** Every {text, start, end} object anywhere in a document. */
function spansIn(value: unknown, out: Array<{ text: string; start: number; end: number }> = []) {
  if (Array.isArray(value)) value.forEach((v) => spansIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') out.push(o as never);
    Object.values(o).forEach((v) => spansIn(v, out));
  }
  return out;
}

describe('--json', () => {
  test.each(COMMAND_FIELDS)('%s prints one schema-valid object with the contract fields', async (command, fields) => {
    const r = await cli([command, '--json', REF]);
    expect(r.status).toBe(0);
    const docs = jsonLines(r.stdout);
    expect(docs).toHaveLength(1);
    expect(validate(docs[0]), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(docs[0])).toEqual(fields);
  });

  test('every span slices back out of the file by code points', async () => {
    const text = [...readFileSync(REF, 'utf8')];
    const [doc] = jsonLines((await cli(['analyze', '--json', REF])).stdout);
    const [tokens] = jsonLines((await cli(['tokens', '--json', REF])).stdout);
    const spans = [...spansIn(doc), ...spansIn(tokens.sentences)];
    expect(spans.length).toBeGreaterThan(100);
    for (const s of spans) expect(text.slice(s.start, s.end).join('')).toBe(s.text);
  });

  test('code point offsets stay right after emoji', async () => {
    const input = 'Title 🇧🇾\n\n😀 Crowds gathered in Minsk. 👍🏽 "We stay," said Maria Kolesnikova.\n';
    const [doc] = jsonLines((await cli(['tokens', '--json', '-'], { stdin: input })).stdout);
    const chars = [...input];
    for (const s of spansIn(doc.sentences)) expect(chars.slice(s.start, s.end).join('')).toBe(s.text);
    const minsk = doc.sentences.flatMap((s: { tokens: unknown[] }) => s.tokens).find((t: { text: string }) => t.text === 'Minsk');
    expect(minsk.start).toBe(input.indexOf('Minsk') - 3); // three astral characters before it
  });

  test('the reference article has its header read right', async () => {
    const [doc] = jsonLines((await cli(['summary', '--json', REF])).stdout);
    expect(doc.meta).toMatchObject({
      title: 'EU Leaders Urge Putin to Push for Talks in Belarus Over Disputed Vote',
      authors: ['Tatiana Kalinovskaya'],
      agency: 'AFP',
      date: '2020-08-18',
      url: 'https://www.themoscowtimes.com/2020/08/18/eu-chief-michel-talks-to-putin-on-belarus-crisis-a71187',
    });
    expect(doc.meta.words).toBeGreaterThan(700);
  });

  test('many inputs print one line each, in input order', async () => {
    const r = await cli(['tokens', '--json', 'fixtures/corpus', REF]);
    expect(jsonLines(r.stdout).map((d) => d.source)).toEqual([
      'fixtures/corpus/a-short.txt', 'fixtures/corpus/nested/b-markdown.md', REF,
    ]);
  });
});

describe('formats', () => {
  test('piped output without a format is TSV with a header and the source first', async () => {
    const r = await cli(['tokens', REF]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('source\tsentence\tkind\ttoken\tstart\tend\ttext');
    expect(lines[1].split('\t')).toEqual([REF, '1', 'title', '1', '2', '4', 'EU']); // the file starts with '# '
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  test('summary TSV: sentences, keywords and key people, told apart by kind', async () => {
    const rows = (await cli(['summary', REF])).stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['source', 'kind', '#', 'text', 'score']);
    const kinds = rows.slice(1).map((r) => r[1]);
    expect(kinds.filter((k) => k === 'sentence')).toHaveLength(3);
    expect(kinds).toContain('keyword');
    expect(rows.filter((r) => r[1] === 'person').map((r) => r[3])).toContain('Alexander Lukashenko');
  });

  test('CSV quotes cells that hold commas and quotes', async () => {
    const r = await cli(['tokens', '--format', 'csv', '-'], { stdin: 'Title\n\n"Yes," she said, smiling.' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('source,sentence,kind,token,start,end,text');
    expect(lines.slice(2, 5)).toEqual(['-,2,paragraph,1,7,8,""""', '-,2,paragraph,2,8,11,Yes', '-,2,paragraph,3,11,12,","']);
  });

  test('markdown prints a table under a heading per document', async () => {
    const r = await cli(['tokens', '--format', 'markdown', REF]);
    expect(r.stdout).toMatch(/^### fixtures\/belarus-2020-08-18\.txt — EU Leaders/);
    expect(r.stdout).toContain('| Sentence | Kind | Token | Start | End | Text |\n| ---: | :--- | ---: | ---: | ---: | :--- |');
  });

  test('a terminal gets a table, coloured unless NO_COLOR, --no-color or TERM=dumb', async () => {
    const tty = { stdoutIsTTY: true, env: { TERM: 'xterm-256color' } };
    const coloured = await cli(['tokens', REF], tty);
    expect(coloured.stdout).toContain('┌');
    expect(coloured.stdout).toMatch(/\x1b\[/);
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      expect((await cli(['tokens', REF], { stdoutIsTTY: true, env })).stdout).not.toMatch(/\x1b\[/);
    }
    expect((await cli(['tokens', '--no-color', REF], tty)).stdout).not.toMatch(/\x1b\[/);
  });

  test('FORCE_COLOR colours even a pipe', async () => {
    const r = await cli(['tokens', '--format', 'table', REF], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\x1b\[/);
  });

  test('tables fit the terminal width', async () => {
    const r = await cli(['analyze', REF], { stdoutIsTTY: true, columns: 80 });
    const lines = r.stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    expect(lines.length).toBeGreaterThan(40);
    // The source url is the one line left whole, so that terminals keep it clickable.
    for (const line of lines.filter((l) => !l.startsWith('https://'))) expect([...line].length, line).toBeLessThanOrEqual(80);
  });
});
