// The bundles' V8 code caches (scripts/bundle.mjs) must be accepted on an ordinary run. V8 takes a
// cache only under the V8 version and flags it was written with, and refuses it silently: the run
// is only slower (~0.1-0.2 CPU-s per process). So a change of flags at the write (NEWSQ_CODE_CACHE=write
// setting --interrupt-budget, once) or of a worker's flags (src/cli/pool.ts WORKER_FLAGS) would lose
// the caches without a word; here it fails. bin/newsq.js says what V8 did with NEWSQ_CODE_CACHE=report.
// Needs the bundles `pretest` builds. The worker is forked as the pool forks it, but given no task:
// it only loads its code (no models), says ready and exits, so this stays in the fast set.
import { describe, expect, test } from 'vitest';
import { fork } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnAsync } from '../helpers/spawn.js';
import { WORKER, WORKER_ARGS, WORKER_FLAGS } from '../../src/cli/pool.js';

const REPORT = { ...process.env, NEWSQ_CODE_CACHE: 'report' };

describe('code cache', () => {
  test('the CLI bundle runs with its code cache accepted', async () => {
    const run = await spawnAsync('node', ['bin/newsq.js', 'tokens', '--json', '--jobs', '1', 'fixtures/corpus/a-short.txt'], { env: REPORT, discardStdout: true });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('newsq: code cache newsq.cjs: accepted\n');
  });

  test('--help runs its own copy of the bundle, with the code cache of a --help run, accepted', async () => {
    const run = await spawnAsync('node', ['bin/newsq.js', '--help'], { env: REPORT, discardStdout: true });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('newsq: code cache help.cjs: accepted\n');
  });

  test('a worker process runs its bundle with its code cache accepted', async () => {
    const child = fork(WORKER, WORKER_ARGS, { execArgv: WORKER_FLAGS, env: REPORT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
    let stderr = '';
    child.stderr!.on('data', (c) => (stderr += c));
    const ended = new Promise((resolve) => child.stderr!.once('end', resolve));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const ready = await new Promise<unknown>((resolve) => child.once('message', resolve));
    child.disconnect(); // the run is over: the worker exits
    // (not 'close': after disconnect() it does not come on Node 20)
    const [status] = await Promise.all([exited, ended]);
    expect(ready).toEqual({ ready: true });
    expect(status).toBe(0);
    expect(stderr).toBe('newsq: code cache worker.cjs: accepted\n');
  });

  test('an installed package runs its bundle and caches whatever times npm gave the files; a working copy checks them', async () => {
    // npm unpacks a package's files with the time of unpacking, in archive order: dist/cli/main.js can
    // come out newer than the bundle, and a cache older than its script. An installed package has no src/.
    const dir = mkdtempSync(join(tmpdir(), 'newsq-installed-'));
    for (const part of ['bin', 'dist', 'package.json']) cpSync(part, join(dir, part), { recursive: true });
    for (const part of ['models', 'node_modules']) symlinkSync(resolve(part), join(dir, part));
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'dist/cli/main.js'), later, later);
    utimesSync(join(dir, 'dist/bundle/newsq.cjs'), new Date(Date.now() + 30_000), new Date(Date.now() + 30_000));
    const args = [join(dir, 'bin/newsq.js'), 'tokens', '--json', '--jobs', '1', 'fixtures/corpus/a-short.txt'];
    const installed = await spawnAsync('node', args, { env: REPORT, discardStdout: true });
    expect(installed.status).toBe(0);
    expect(installed.stderr).toBe('newsq: code cache newsq.cjs: accepted\n');
    mkdirSync(join(dir, 'src')); // the same files in a working copy: the bundle is older than dist/, so dist/ runs
    const workingCopy = await spawnAsync('node', args, { env: REPORT, discardStdout: true });
    expect(workingCopy.status).toBe(0);
    expect(workingCopy.stderr).toBe('newsq: code cache newsq.cjs: no bundle\n');
  });

  test('without a current bundle the report says so', async () => {
    const run = await spawnAsync('node', ['bin/newsq.js', 'tokens', '--json', '--jobs', '1', 'fixtures/corpus/a-short.txt'], { env: { ...REPORT, NEWSQ_BUNDLE: '0' }, discardStdout: true });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('newsq: code cache newsq.cjs: no bundle\n');
  });
});
