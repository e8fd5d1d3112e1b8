// Worker processes for --jobs N: the main process analyses documents itself and hands others to N-1
// workers, so `--jobs 2` on two cores is two analysing processes, not two workers plus a main process
// competing with them. Processes rather than threads: each has its own heap and garbage collector and
// its own V8 flags: --single-threaded-gc, so that collection does not compete with the other process
// for the cores, and a 64 MB young generation, which halves the scavenges of this allocation-heavy work.
//
// A worker gets tasks only once it has loaded its code (it says "ready"). The main process hears from
// a worker only between its own documents, so a worker must hold enough to stay busy meanwhile: the
// main process keeps a document for itself only when every worker already holds more text than that
// document (and MIN_QUEUED besides: a worker's current document may be nearly done), and otherwise
// hands it to the worker that holds the least.
// A worker holds little more than that, so at the end of the input the main process does not wait
// long on a worker's queue. Replies come back in the order the tasks went out.
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Task } from './work.js';
import type { WorkerMessage, WorkerRequest } from './worker.js';
import type { NewsqDoc } from '../render/contract.js';

// A worker is bin/newsq.js with WORKER_ARGS: it runs the bundled worker (dist/bundle/worker.cjs, with
// its V8 code cache: ~0.15 CPU-s less to start than ~120 ES modules), or dist/cli/worker.js when the
// bundle is missing or older. The same path from src/cli/ (under vitest) and dist/cli/.
export const WORKER = fileURLToPath(new URL('../../bin/newsq.js', import.meta.url));
export const WORKER_ARGS = ['--newsq-worker'];
/** A worker's V8 flags; the worker's code cache is written under them (scripts/bundle.mjs), as V8 takes it only under the same flags. */
export const WORKER_FLAGS = ['--single-threaded-gc', '--max-semi-space-size=64'];
/**
 * Text (UTF-16 units) a worker should hold before the main process keeps a document for itself: a
 * few ordinary articles, so that a worker is not left idle while the main process analyses one.
 */
const MIN_QUEUED = 32 * 1024;
/** Tasks a worker holds at most (many tiny JSON Lines records). */
const MAX_TASKS = 64;

/** What a worker gives back: the document object, or (for --json) its JSON line. */
export type PoolResult = { doc: NewsqDoc } | { line: string };

interface Pending { resolve: (r: PoolResult) => void; reject: (err: Error) => void; length: number }
interface Worker { child: ChildProcess; ready: boolean; alive: boolean; pending: Pending[]; queued: number }

export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** Set by close(): the run is over, and failures of unfinished tasks are no longer news. */
  closed = false;

  constructor(size: number) {
    // node:child_process (and node:net with it, ~5 ms) is loaded only by a run that starts workers.
    const { fork } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
    for (let i = 0; i < size; i++) {
      const child = fork(WORKER, WORKER_ARGS, { execArgv: WORKER_FLAGS, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
      const w: Worker = { child, ready: false, alive: true, pending: [], queued: 0 };
      child.on('message', (m: WorkerMessage) => {
        if ('ready' in m) { w.ready = true; return; }
        const p = w.pending.shift();
        if (p) w.queued -= p.length;
        if ('error' in m) p?.reject(new Error(m.error));
        else p?.resolve(m);
      });
      child.on('error', () => undefined); // a send to a worker that has just exited: 'exit' handles it
      child.on('exit', (code, signal) => {
        // A worker that dies (out of memory, killed) fails its tasks instead of hanging the run; the
        // main process takes the documents after them.
        w.alive = false;
        w.queued = 0;
        for (const p of w.pending.splice(0)) p.reject(new Error(`worker process ended (${signal ?? code})`));
      });
      this.workers.push(w);
    }
  }

  /** The worker holding the least text, of those ready and not full. */
  private least(): Worker | undefined {
    let best: Worker | undefined;
    for (const w of this.workers) {
      if (w.alive && w.ready && w.pending.length < MAX_TASKS && (!best || w.queued < best.queued)) best = w;
    }
    return best;
  }

  /**
   * Should a document of `length` go to a worker? Yes when one can take it and none holds enough
   * to stay busy while the main process analyses it; no (the main process does it) otherwise.
   */
  wants(length: number): boolean {
    if (this.closed) return false;
    const w = this.least();
    return w !== undefined && w.queued < MIN_QUEUED + length;
  }

  /** Sends a task to the worker holding the least (check wants() first); `json` asks for the JSON line (see worker.ts). */
  run(task: Task, json: boolean, input?: Record<string, unknown>): Promise<PoolResult> {
    const w = this.least();
    if (!w) return Promise.reject(new Error('no worker process free'));
    return new Promise((resolve, reject) => {
      w.pending.push({ resolve, reject, length: task.text.length });
      w.queued += task.text.length;
      w.child.send({ task, json, input } satisfies WorkerRequest);
    });
  }

  /**
   * Ends the workers: the run is over (every answer is in) or its reader has gone. A worker still
   * loading its code is not waited for, so a small input is never slower for having started one.
   */
  close(): void {
    this.closed = true;
    for (const w of this.workers) {
      if (w.child.connected) w.child.disconnect();
      if (w.alive) w.child.kill();
    }
  }
}
