// The progress bar: on stderr, only when stderr is a terminal and there is more than one input;
// -q silences it; stdout never sees it.
import { describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';

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
