// The worker pool (--jobs N > 1): once an input is known to be large (2 MB, by its files' sizes before it
// is read, or else by the text read so far; NEWSQ_POOL_AFTER moves the threshold, here to 64 KB so that a
// few copies of the reference article start a worker), documents run in
// the main process and in N-1 worker processes forked from bin/newsq.js (running the bundled worker
// that `pretest:slow` builds), and the output is what one process gives, in input order. Slow because every run forks
// processes that each load the models. (--model in the workers: train.slow.test.ts.)
import { describe, expect, test } from 'vitest';
import { statSync } from 'node:fs';
import { readerLeavesEarly, spawnAsync } from '../helpers/spawn.js';
import { cli, jsonLines } from '../helpers/cli.js';

const REF = 'fixtures/belarus-2020-08-18.txt';
const LOW_THRESHOLD = { NEWSQ_POOL_AFTER: String(64 * 1024) };

describe('--jobs', () => {
  test('two processes give the same output, in the same order, as one process', async () => {
    const inputs = [...Array(14).fill(REF), 'fixtures/corpus', REF, 'missing.txt', REF, 'fixtures/corpus/a-short.txt'];
    const one = await cli(['analyze', '--json', '--jobs', '1', ...inputs]);
    const two = await cli(['analyze', '--json', '--jobs', '2', ...inputs], { env: LOW_THRESHOLD });
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(jsonLines(two.stdout).map((d) => d.source)).toEqual([
      ...Array(14).fill(REF), 'fixtures/corpus/a-short.txt', 'fixtures/corpus/nested/b-markdown.md', REF, 'missing.txt', REF, 'fixtures/corpus/a-short.txt',
    ]);
  });

  test('a worker process starts only once the input has passed the threshold', async () => {
    // Every module each process loads (tests/helpers/trace-loads.mjs), the workers' included.
    const run = (files: string[], env: Record<string, string> = LOW_THRESHOLD) => spawnAsync('node', ['bin/newsq.js', 'analyze', '--json', '--jobs', '2', ...files], {
      env: { ...process.env, ...env, NODE_OPTIONS: '--import ./tests/helpers/trace-loads.mjs' },
    });
    // a worker is a second process that loads bin/newsq.js: each process's loader hook names it once, as
    // a file: URL (the CommonJS list at exit names it again, as a path, in the processes that get there)
    const usedWorker = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('loaded: file://') && l.endsWith('/bin/newsq.js')).length > 1;
    // 30 articles (150 KB) are under the default 2 MB: one process
    expect(usedWorker((await run(Array(30).fill(REF), {})).stderr)).toBe(false);
    // with the threshold at 64 KB: three articles stay in one process, thirty start a worker
    const small = await run([REF, REF, REF]);
    expect(small.status).toBe(0);
    expect(usedWorker(small.stderr)).toBe(false);
    const large = await run(Array(30).fill(REF));
    expect(large.status).toBe(0);
    expect(usedWorker(large.stderr)).toBe(true);
    expect(jsonLines(large.stdout)).toHaveLength(30);
    expect(new Set(jsonLines(large.stdout).map((d) => JSON.stringify(d))).size).toBe(1);
    // Files' sizes decide before anything is read, so the workers start at once: here only the
    // last file reaches the threshold, when no document would be left for a worker started later.
    const twenty = Array(20).fill(REF);
    const atOnce = await run(twenty, { NEWSQ_POOL_AFTER: String(20 * statSync(REF).size) });
    expect(atOnce.status).toBe(0);
    expect(usedWorker(atOnce.stderr)).toBe(true);
    expect(jsonLines(atOnce.stdout)).toHaveLength(20);
  });

  test('output piped into a reader that goes away early ends quietly with status 0', async () => {
    // `newsq tokens --jobs 2 ... | head -1` as a shell runs it: unfinished documents in the workers
    // are cancelled without a word.
    const { status, stderr } = await readerLeavesEarly(['tokens', '--jobs', '2', ...Array(40).fill(REF)]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
