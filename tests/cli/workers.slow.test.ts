// The worker pool (--jobs N > 1): documents run in N worker processes forked from dist/cli/worker.js
// (which `pretest:slow` builds), and the output is what one process gives, in input order. Slow
// because every run forks N processes that each load the models. (--model in the workers: train.slow.test.ts.)
import { describe, expect, test } from 'vitest';
import { readerLeavesEarly } from '../helpers/spawn.js';
import { cli, jsonLines } from '../helpers/cli.js';

const REF = 'fixtures/belarus-2020-08-18.txt';

describe('--jobs', () => {
  test('two worker processes give the same output, in the same order, as one process', async () => {
    const inputs = ['fixtures/corpus', REF, 'missing.txt', REF, 'fixtures/corpus/a-short.txt'];
    const one = await cli(['analyze', '--json', '--jobs', '1', ...inputs]);
    const two = await cli(['analyze', '--json', '--jobs', '2', ...inputs]);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(jsonLines(two.stdout).map((d) => d.source)).toEqual([
      'fixtures/corpus/a-short.txt', 'fixtures/corpus/nested/b-markdown.md', REF, 'missing.txt', REF, 'fixtures/corpus/a-short.txt',
    ]);
  });

  test('output piped into a reader that goes away early ends quietly with status 0', async () => {
    // `newsq tokens --jobs 2 ... | head -1` as a shell runs it: unfinished documents in the workers
    // are cancelled without a word.
    const { status, stderr } = await readerLeavesEarly(['tokens', '--jobs', '2', ...Array(40).fill(REF)]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
