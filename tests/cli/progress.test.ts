// The progress bar: on stderr, only when stderr is a terminal and there is more than one input;
// -q silences it; stdout never sees it.
import { describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { inTerminal, screen } from '../helpers/terminal.js';

const MANY = ['--jobs', '1', 'fixtures/corpus', 'fixtures/belarus-2020-08-18.txt'];

describe('progress', () => {
  test('shown on a terminal stderr for several inputs', async () => {
    const r = await cli(['tokens', '--json', ...MANY], { stderrIsTTY: true });
    expect(r.stderr).toMatch(/newsq .*3\/3/);
    expect(r.stdout).not.toMatch(/3\/3/);
  });

  const QUIET: Array<[string, string[], boolean]> = [
    ['-q', ['-q', ...MANY], true],
    ['stderr not a terminal', MANY, false],
    ['a single input', ['fixtures/belarus-2020-08-18.txt'], true],
  ];
  test.each(QUIET)('not shown: %s', async (_, args, tty) => {
    const r = await cli(['tokens', '--json', ...args], { stderrIsTTY: tty });
    expect(r.stderr).toBe('');
  });
});

// In a real terminal, stdout and stderr on the same screen: each document's output starts on a line of
// its own, with no bar text in it, and no bar is left behind at the end.
describe('progress in a pseudo-terminal', () => {
  test('the bar is cleared before each document and gone at the end', async () => {
    const { status, raw } = await inTerminal(['quotes', '--jobs', '1', 'fixtures/corpus', 'fixtures/belarus-2020-08-18.txt']);
    expect(status).toBe(0);
    expect(raw).toContain('█'); // the bar was drawn
    const lines = screen(raw);
    expect(lines.filter((l) => /[█░]/.test(l))).toEqual([]);
    for (const source of ['fixtures/corpus/a-short.txt', 'fixtures/corpus/nested/b-markdown.md', 'fixtures/belarus-2020-08-18.txt']) {
      expect(lines).toContain(source);
    }
  }, 60_000);

  test('an error line on stderr does not land on the bar either', async () => {
    const { raw } = await inTerminal(['tokens', 'fixtures/corpus/a-short.txt', 'no-such-file.txt', 'fixtures/corpus/a-short.txt']);
    const lines = screen(raw);
    expect(lines).toContain('newsq: no-such-file.txt: no such file or directory');
    expect(lines.filter((l) => /[█░]/.test(l))).toEqual([]);
  }, 60_000);
});
