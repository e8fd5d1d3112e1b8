// A worker process of the pool (src/cli/pool.ts): receives tasks over IPC, answers each with the
// document object or an error message. Models load once per worker, on its first task.
import { work, type Task } from './work.js';
import type { NewsqDoc } from '../render/contract.js';

/** A worker's answer to one task. */
export interface WorkerReply { doc?: NewsqDoc; error?: string }

process.on('message', (message: { task: Task }) => {
  let reply: WorkerReply;
  try {
    reply = { doc: work(message.task) };
  } catch (err) {
    reply = { error: String((err as Error)?.message ?? err).split('\n')[0] };
  }
  // The parent may have gone (its reader closed the pipe early): then there is no one to answer.
  if (process.connected) process.send!(reply, undefined, {}, () => undefined);
});
process.on('error', () => process.exit(0));
// The parent closing the channel means the run is over.
process.on('disconnect', () => process.exit(0));
