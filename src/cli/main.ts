// The process entry: runs the CLI on the real process and sets the exit status. Errors that escape
// run() are printed as one line, never as a stack trace.
import './v8-tuning.js'; // first: V8 flags before any other of newsq's code runs
import { run } from './run.js';
import { processIo } from './io.js';

export async function main(): Promise<void> {
  try {
    process.exitCode = await run(process.argv.slice(2), processIo());
  } catch (err) {
    process.stderr.write(`newsq: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
