// The process entry: runs the CLI on the real process and sets the exit status. Errors that escape
// run() are printed as one line, never as a stack trace.
import './v8-tuning.js'; // first: V8 flags before any other of newsq's code runs
import { run } from './run.js';
import { processIo } from './io.js';

/** A file that bin/newsq.js started reading before it loaded newsq: the default tagger's, for a run that may analyse. */
export interface Prefetched {
  file: string;
  bytes: Promise<Uint8Array>;
}

export async function main(prefetched?: Prefetched): Promise<void> {
  try {
    if (prefetched) (await import('../ner/model-io.js')).primeNerModel(prefetched.file, prefetched.bytes);
    process.exitCode = await run(process.argv.slice(2), processIo());
  } catch (err) {
    process.stderr.write(`newsq: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
