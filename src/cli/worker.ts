// A worker process of the pool (src/cli/pool.ts): says "ready" once its code is loaded, then receives
// tasks over IPC and answers each, in order, with the document object, its JSON line (--json: a
// string crosses the pipe far more cheaply than an object graph, and the main process only writes
// it), or an error message. Models load once per worker, on its first task.
import './v8-tuning.js'; // first: V8 flags before any other of newsq's code runs
import { work, type Task } from './work.js';
import type { NewsqDoc } from '../render/contract.js';

/** A worker's message: ready, or the answer to one task. */
export type WorkerMessage = { ready: true } | { doc: NewsqDoc } | { line: string } | { error: string };

/**
 * One task; `json` asks for the document as the JSON line the CLI prints, with `input` (a JSON Lines
 * record's other fields) under "input" as the main process would add it.
 */
export interface WorkerRequest { task: Task; json: boolean; input?: Record<string, unknown> }

process.on('message', ({ task, json, input }: WorkerRequest) => {
  let reply: WorkerMessage;
  try {
    const doc = work(task);
    if (json && input) doc.input = input;
    reply = json ? { line: JSON.stringify(doc) + '\n' } : { doc };
  } catch (err) {
    reply = { error: String((err as Error)?.message ?? err).split('\n')[0] };
  }
  // The parent may have gone (its reader closed the pipe early): then there is no one to answer.
  if (process.connected) process.send!(reply, undefined, {}, () => undefined);
});
process.on('error', () => process.exit(0));
// The parent closing the channel means the run is over.
process.on('disconnect', () => process.exit(0));
if (process.connected) process.send!({ ready: true }, undefined, {}, () => undefined);
