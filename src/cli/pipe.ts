// Quiet ends of pipes, apart from output.ts so that `newsq --help` (run.ts) does not load chalk.
import type { Writable } from 'node:stream';

const quiet = new WeakSet<Writable>();

/**
 * Help, version and error lines are written straight to the streams: when the reader has gone
 * (`newsq --help | head -1`) the write fails later with EPIPE, which without a listener is an
 * uncaught error and a stack trace. Swallowed here, once per stream; other errors still throw.
 */
export function quietOnClosedPipe(stream: Writable): void {
  if (quiet.has(stream)) return;
  quiet.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}
