// A pool of worker processes for --jobs N. Processes rather than threads: each has its own heap
// and garbage collector and its own V8 flags: --single-threaded-gc, so that collection does not
// compete with the other workers for the cores, and a 64 MB young generation, which halves the
// scavenges of this allocation-heavy work (measured in `npm run bench -- --jobs 1,2`).
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Task } from './work.js';
import type { WorkerReply } from './worker.js';
import type { NewsqDoc } from '../render/contract.js';

// Under vitest this module runs from src/ as TypeScript; the worker always runs compiled, from dist/.
const WORKER = fileURLToPath(import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url));
export const WORKER_FLAGS = ['--single-threaded-gc', '--max-semi-space-size=64'];

interface Pending { resolve: (doc: NewsqDoc) => void; reject: (err: Error) => void }

export class WorkerPool {
  private readonly idle: ChildProcess[] = [];
  private readonly busy = new Map<ChildProcess, Pending>();
  private readonly waiting: Array<() => void> = [];
  private alive: number;
  /** Set by close(): the run is over, and failures of unfinished tasks are no longer news. */
  closed = false;

  constructor(size: number) {
    this.alive = size;
    for (let i = 0; i < size; i++) {
      const child = fork(WORKER, [], { execArgv: WORKER_FLAGS, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
      child.on('message', (m: WorkerReply) => {
        const p = this.busy.get(child);
        this.busy.delete(child);
        this.idle.push(child);
        this.waiting.shift()?.();
        if (m.error !== undefined) p?.reject(new Error(m.error));
        else p?.resolve(m.doc!);
      });
      child.on('error', () => undefined); // a send to a worker that has just exited: 'exit' handles it
      child.on('exit', (code, signal) => {
        // A worker that dies (out of memory, killed) fails its task instead of hanging the run.
        this.alive--;
        this.busy.get(child)?.reject(new Error(`worker process ended (${signal ?? code})`));
        this.busy.delete(child);
        const at = this.idle.indexOf(child);
        if (at >= 0) this.idle.splice(at, 1);
        if (this.alive === 0) for (const wake of this.waiting.splice(0)) wake();
      });
      this.idle.push(child);
    }
  }

  /** Runs a task on the next free worker. */
  async run(task: Task): Promise<NewsqDoc> {
    while (!this.idle.length) {
      if (this.alive === 0) throw new Error('no worker processes left');
      await new Promise<void>((r) => this.waiting.push(r));
    }
    const child = this.idle.shift()!;
    return new Promise((resolve, reject) => {
      this.busy.set(child, { resolve, reject });
      child.send({ task });
    });
  }

  close(): void {
    this.closed = true;
    for (const child of [...this.idle, ...this.busy.keys()]) if (child.connected) child.disconnect();
  }
}
