// Worker processes for --jobs N: the main process analyses documents itself and hands others to N-1
// workers, so `--jobs 2` on two cores is two analysing processes, not two workers plus a main process
// competing with them. Processes rather than threads: each has its own heap and garbage collector and
// its own V8 flags: --single-threaded-gc, so that collection does not compete with the other process
// for the cores, and a 64 MB young generation, which halves the scavenges of this allocation-heavy work.
//
// A worker gets tasks only once it has loaded its code (it says "ready"), and at most DEPTH at a time,
// so it never waits for the main process between documents and a small input is done in the main
// process before a worker could have helped. Replies come back in the order the tasks went out.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Task } from './work.js';
import type { WorkerMessage, WorkerRequest } from './worker.js';
import type { NewsqDoc } from '../render/contract.js';

// Under vitest this module runs from src/ as TypeScript; the worker always runs compiled, from dist/.
const WORKER = fileURLToPath(import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url));
export const WORKER_FLAGS = ['--single-threaded-gc', '--max-semi-space-size=64'];
/**
 * Tasks a worker holds at once: one it works on and the next few, so that it is not left idle while
 * the main process, analysing a long document of its own, cannot hand it more.
 */
const DEPTH = 4;

/** What a worker gives back: the document object, or (for --json) its JSON line. */
export type PoolResult = { doc: NewsqDoc } | { line: string };

interface Pending { resolve: (r: PoolResult) => void; reject: (err: Error) => void }
interface Worker { child: ChildProcess; ready: boolean; alive: boolean; pending: Pending[] }

export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** Set by close(): the run is over, and failures of unfinished tasks are no longer news. */
  closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const child = fork(WORKER, [], { execArgv: WORKER_FLAGS, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
      const w: Worker = { child, ready: false, alive: true, pending: [] };
      child.on('message', (m: WorkerMessage) => {
        if ('ready' in m) { w.ready = true; return; }
        const p = w.pending.shift();
        if ('error' in m) p?.reject(new Error(m.error));
        else p?.resolve(m);
      });
      child.on('error', () => undefined); // a send to a worker that has just exited: 'exit' handles it
      child.on('exit', (code, signal) => {
        // A worker that dies (out of memory, killed) fails its tasks instead of hanging the run; the
        // main process takes the documents after them.
        w.alive = false;
        for (const p of w.pending.splice(0)) p.reject(new Error(`worker process ended (${signal ?? code})`));
      });
      this.workers.push(w);
    }
  }

  private free(): Worker | undefined {
    let best: Worker | undefined;
    for (const w of this.workers) {
      if (w.alive && w.ready && w.pending.length < DEPTH && (!best || w.pending.length < best.pending.length)) best = w;
    }
    return best;
  }

  /** Can a task be sent now without waiting? If not, the main process should do it itself. */
  hasRoom(): boolean {
    return !this.closed && this.free() !== undefined;
  }

  /** Sends a task to a worker with room (check hasRoom() first); `json` asks for the JSON line (see worker.ts). */
  run(task: Task, json: boolean, input?: Record<string, unknown>): Promise<PoolResult> {
    const w = this.free();
    if (!w) return Promise.reject(new Error('no worker process free'));
    return new Promise((resolve, reject) => {
      w.pending.push({ resolve, reject });
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
