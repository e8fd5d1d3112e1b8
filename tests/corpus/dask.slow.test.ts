// A real Dask cluster on 127.0.0.1 — a scheduler and two workers, each its own process — runs
// examples/dask/speakers.py: the corpus as a Dask bag, each partition through `newsq quotes --input
// jsonl --jobs 1 --with-entities`, reduced with `newsq speakers --input newsq --partial` and merged
// with `--input corpus`. The result equals one process's `newsq speakers` on the same records, also
// when one worker process is killed in the middle of a partition and Dask runs it again elsewhere.
// Needs Dask's distributed scheduler for /usr/bin/python3 (Debian: apt-get install python3-distributed;
// .ci/run installs it); elsewhere the test is skipped with a note.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnAsync } from '../helpers/spawn.js';
import { jsonlCorpus } from '../helpers/jsonl-corpus.js';

const PYTHON = '/usr/bin/python3';
const hasDask = spawnSync(PYTHON, ['-c', 'import distributed, dask.bag'], { encoding: 'utf8' }).status === 0;
if (!hasDask) console.warn('note: Dask distributed is not installed for /usr/bin/python3; skipping the Dask cluster test (apt-get install python3-distributed)');

const NEWSQ = `node ${join(process.cwd(), 'bin', 'newsq.js')}`;
const dir = mkdtempSync(join(tmpdir(), 'newsq-dask-'));
const CORPUS = join(dir, 'corpus.jsonl');
const started: ChildProcess[] = [];
let scheduler = '';
const workers: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a Python process and waits until its log says `ready`. */
function startPython(args: string[], ready: RegExp): Promise<ChildProcess> {
  const child = spawn(PYTHON, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (c: Buffer) => {
      log += c;
      if (ready.test(log)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${log}`)));
  });
}

const startWorker = () => startPython(['-m', 'distributed.cli.dask_worker', scheduler, '--host', '127.0.0.1', '--nthreads', '1',
  '--no-nanny', '--no-dashboard', '--local-directory', dir], /Registered to/);

/** The process ids whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(name));
    } catch { /* gone meanwhile */ }
  }
  return out;
}

const speakersPy = (extra: string[] = []) => spawnAsync(PYTHON, ['examples/dask/speakers.py', CORPUS, '--scheduler', scheduler, '--newsq', NEWSQ, ...extra, '--', '--json']);

describe.skipIf(!hasDask)('Dask distributed', () => {
  let single = '';
  let singleSeconds = 0;

  beforeAll(async () => {
    writeFileSync(CORPUS, jsonlCorpus(6));
    scheduler = `tcp://127.0.0.1:${await freePort()}`;
    await startPython(['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', scheduler.split(':').at(-1)!, '--no-dashboard'], /Scheduler at/);
    workers.push(await startWorker(), await startWorker());
    const t = performance.now();
    const r = await spawnAsync('sh', ['-c', `${NEWSQ} speakers --input jsonl --jobs 1 --json < ${CORPUS}`]);
    singleSeconds = (performance.now() - t) / 1000;
    expect(r.status).toBe(0);
    single = r.stdout;
  });

  afterAll(async () => {
    // A worker whose scheduler is gone may not stop on SIGTERM: after a grace period it is killed, so
    // no Python process outlives the test.
    const running = started.filter((p) => p.exitCode === null && p.signalCode === null);
    const exited = running.map((p) => new Promise<void>((resolve) => p.once('exit', () => resolve())));
    for (const p of running) p.kill('SIGTERM');
    const grace = new Promise<void>((resolve) => setTimeout(resolve, 3000).unref());
    await Promise.race([Promise.all(exited), grace]);
    for (const p of running) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    await Promise.all(exited);
  });

  test('scheduler and two workers: the same speakers as one process', async () => {
    const t = performance.now();
    const r = await speakersPy(['--partitions', '6']);
    const seconds = (performance.now() - t) / 1000;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(3);
    expect(r.stdout).toBe(single);
    console.log(`dask, 2 workers, 6 partitions: ${seconds.toFixed(1)} s; newsq speakers --jobs 1: ${singleSeconds.toFixed(1)} s (18 records)`);
  });

  test('a worker killed in the middle of a partition: Dask runs it again, the result is still exact', async () => {
    const [victim] = workers;
    let killed = false;
    // Kill the first worker as soon as it runs newsq on a partition (and that orphaned newsq with it).
    const watch = setInterval(() => {
      const newsq = childrenOf(victim.pid!);
      if (!newsq.length || killed) return;
      killed = true;
      victim.kill('SIGKILL');
      for (const pid of newsq) try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
    }, 50);
    try {
      const r = await speakersPy(['--partitions', '6']);
      expect(killed).toBe(true);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(single);
    } finally {
      clearInterval(watch);
    }
  });
});
