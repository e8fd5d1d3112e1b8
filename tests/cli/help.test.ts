// The help as a new user meets it: bare `newsq` shows all of it; the notes wrap to the terminal
// between words; each command's help tells its own JSON; usage errors point to the help of the
// command at hand; conflicting options are usage errors; help, version and error lines end quietly
// when the reader has gone (`newsq --help | head -1`).
import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { cli } from '../helpers/cli.js';
import { readerLeavesEarly } from '../helpers/spawn.js';
import { COMMANDS, PROGRAM, TOOLS } from '../../src/commands.js';

const REF = 'fixtures/belarus-2020-08-18.txt';

describe('help', () => {
  test('bare newsq prints the whole help, train-ner and examples included', async () => {
    const r = await cli([]);
    expect(r.status).toBe(2);
    for (const name of [...COMMANDS.map((c) => c.name), ...TOOLS.map((t) => t.name)]) expect(r.stderr).toContain(`  ${name} `);
    expect(r.stderr).toContain('Examples:');
    expect(r.stderr).toContain(PROGRAM.examples[0]);
  });

  test.each([80, 100, 120])('the help wraps at %i columns, the notes between words', async (columns) => {
    for (const argv of [['--help'], ['entities', '--help']]) {
      const r = await cli(argv, { columns });
      const lines = r.stdout.split('\n').filter((l) => !/^  (newsq|cat) /.test(l)); // examples stay whole, to be copied
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(columns);
      const flat = r.stdout.replace(/\n(?!\n)/g, ' ');
      for (const note of PROGRAM.notes) expect(flat).toContain(note);
    }
  });

  test('speakers --help tells its own JSON: newsq-corpus/1 records per speaker', async () => {
    const r = await cli(['speakers', '--help'], { columns: 200 });
    expect(r.stdout).toMatch(/--json +JSON Lines, one record per speaker \(schema newsq-corpus\/1\)/);
    expect(r.stdout).not.toContain('schema newsq/1');
  });
});

describe('usage errors', () => {
  test.each([
    [['entities', '--bogus', REF], 'newsq entities --help'],
    [['quotes', '--kind', 'hearsay', REF], 'newsq quotes --help'],
    [['frobnicate'], 'newsq --help'],
    [['completion', 'ksh'], 'newsq completion --help'],
  ])('newsq %j points to %s', async (argv, help) => {
    const r = await cli(argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`\\(see ${help.replace(/-/g, '\\-')}\\)\\n$`));
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  test.each([
    [['tokens', '--format', 'tsv', '--json', REF], /--json.*cannot be used with.*--format/],
    [['summary', '--sentences', '3', '--ratio', '0.5', REF], /--sentences.*cannot be used with.*--ratio/],
    [['analyze', '--ratio', '0.5', '--sentences', '3', REF], /--(ratio|sentences).*cannot be used with.*--(ratio|sentences)/],
  ])('conflicting options are a usage error: %j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

/** `newsq ARGS` with the reader of stdout or stderr gone before anything is written: every write fails with EPIPE. */
function readerGone(args: string[], gone: 'stdout' | 'stderr'): Promise<{ status: number | null; other: string }> {
  const child = spawn('node', ['bin/newsq.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child[gone].destroy();
  let other = '';
  child[gone === 'stdout' ? 'stderr' : 'stdout'].on('data', (c) => (other += c));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, other })));
}

describe('a closed pipe ends help, version and errors quietly', () => {
  test.each([[['--help']], [['entities', '--help']], [['help', 'entities']], [['--version']], [['completion', 'bash']]])('newsq %j | head -0', async (argv) => {
    const r = await readerGone(argv, 'stdout');
    expect(r.other).toBe(''); // no stack trace on stderr
    expect(r.status).toBe(0);
  }, 30_000);

  test('newsq --help | head -1, three times (the crash was a race, 7 runs in 10)', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await readerLeavesEarly(['--help']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  }, 60_000);

  test('an error line to a closed stderr', async () => {
    const r = await readerGone(['entities', '--bogus'], 'stderr');
    expect(r.status).toBe(2);
    expect(r.other).toBe('');
  }, 30_000);
});
