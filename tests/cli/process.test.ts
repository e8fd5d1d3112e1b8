// The real executable, as a user's shell runs it: bin/newsq.js (running dist/, which `pretest`
// builds) in a child process. Each test may take 120 s: a child process starts slowly on a loaded
// machine, and the limit is for hangs, not speed. The same `| head` with worker processes is in
// workers.slow.test.ts.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readerLeavesEarly } from '../helpers/spawn.js';

const BIN = 'bin/newsq.js';
const SPAWNED = 120_000;

describe('bin/newsq.js', () => {
  test('prints its version and help', () => {
    const v = spawnSync('node', [BIN, '--version'], { encoding: 'utf8' });
    expect(v.status).toBe(0);
    expect(v.stdout.split('\n')[0]).toMatch(/^\d+\.\d+\.\d+$/);
    const h = spawnSync('node', [BIN, '--help'], { encoding: 'utf8' });
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('Commands:');
  }, SPAWNED);

  test('output piped into a reader that goes away early ends quietly with status 0', async () => {
    // `newsq tokens ... | head -1`: the reader closes after the first chunk.
    const { status, stderr } = await readerLeavesEarly(['tokens', '--jobs', '1', ...Array(40).fill('fixtures/belarus-2020-08-18.txt')]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, SPAWNED);

  test('a usage error exits 2 with one line and no stack trace', () => {
    const r = spawnSync('node', [BIN, 'entities', '--nope'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, SPAWNED);
});
