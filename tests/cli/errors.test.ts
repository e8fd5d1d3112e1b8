// Exit statuses and error lines: 0 ok, 1 some input failed (others still processed), 2 usage.
// Every error is one line on stderr naming the input; never a stack trace.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, jsonLines } from '../helpers/cli.js';

const REF = 'fixtures/belarus-2020-08-18.txt';
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:/);

describe('usage errors exit 2 and name the problem', () => {
  const CASES: Array<[string[], RegExp]> = [
    [['entities', '--bogus', REF], /unknown option '--bogus'/],
    [['entities', '--min-count', 'many', REF], /--min-count.*whole number/],
    [['entities', '--limit', '0', REF], /--limit.*at least 1/],
    [['entities', '--type', 'animal', REF], /unknown type "animal"/],
    [['quotes', '--kind', 'hearsay', REF], /unknown kind "hearsay"/],
    [['summary', '--ratio', '2', REF], /--ratio/],
    [['tokens', '--format', 'xml', REF], /--format.*xml/],
    [['frobnicate', REF], /unknown command 'frobnicate'/],
    [[], /Usage: newsq/],
  ];
  test.each(CASES)('newsq %j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    noTrace(r.stderr);
  });

  test('no input and stdin a terminal', async () => {
    const r = await cli(['entities'], { stdinIsTTY: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('newsq: no input: give files or directories, or pipe text on stdin (see newsq entities --help)\n');
  });
});

describe('help and version exit 0', () => {
  test('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n/); // then the terms of the shipped NER models
  });
  test.each(['analyze', 'entities', 'quotes', 'summary', 'tokens'])('%s --help shows examples', async (command) => {
    const r = await cli([command, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Usage: newsq ${command}`);
    expect(r.stdout).toContain('Examples:');
  });
});

describe('input failures exit 1 and the other inputs still run', () => {
  test('a missing file among good ones', async () => {
    const r = await cli(['tokens', '--json', 'missing.txt', REF]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('newsq: missing.txt: no such file or directory\n');
    const docs = jsonLines(r.stdout);
    expect(docs[0]).toEqual({ schema: 'newsq/1', source: 'missing.txt', error: { code: 'not-found', message: 'no such file or directory' } });
    expect(docs[1].source).toBe(REF);
  });

  test('an unreadable file, a directory with no articles, a glob with no match', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsq-'));
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Title\n\nText.');
    chmodSync(locked, 0o000);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.json'), '{}');
    const r = await cli(['tokens', '--json', locked, empty, join(dir, '*.nothing'), REF]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    // root can read anything; then only the other two fail
    const asRoot = process.getuid?.() === 0;
    expect(lines).toHaveLength(asRoot ? 2 : 3);
    if (!asRoot) expect(lines[0]).toBe(`newsq: ${locked}: permission denied`);
    expect(r.stderr).toContain(`newsq: ${empty}: no article files`);
    expect(r.stderr).toContain(`newsq: ${join(dir, '*.nothing')}: no files match this pattern`);
    expect(jsonLines(r.stdout).at(-1).source).toBe(REF);
    noTrace(r.stderr);
  });

  test('a table run reports the failure on stderr only', async () => {
    const r = await cli(['entities', 'missing.txt', REF]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('missing.txt');
  });
});

describe('inputs', () => {
  test('stdin is read when no file is given, with source "-"', async () => {
    const r = await cli(['tokens', '--json'], { stdin: 'Title\n\nHello Minsk.' });
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)[0].source).toBe('-');
  });

  test('a quoted glob expands, sorted', async () => {
    const r = await cli(['tokens', '--json', 'fixtures/corpus/**/*.{txt,md}']);
    expect(jsonLines(r.stdout).map((d) => d.source)).toEqual(['fixtures/corpus/a-short.txt', 'fixtures/corpus/nested/b-markdown.md']);
  });

  test('a markdown article has its header read', async () => {
    const [doc] = jsonLines((await cli(['tokens', '--json', 'fixtures/corpus/nested/b-markdown.md'])).stdout);
    expect(doc.meta).toMatchObject({ title: 'EU weighs sanctions on Belarus', authors: ['John Roe'], agency: 'Reuters', date: '2020-08-19' });
  });
});
