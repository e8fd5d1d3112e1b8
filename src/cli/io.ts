// What the CLI may touch of the outside world, injected so tests can drive `run()` without a process.
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** Terminal width for tables; defaults to 100 when not a terminal. */
  columns?: number;
}

/**
 * The real process, for bin/newsq.js. stdin is made only when asked for: Node builds process.stdin on
 * first use (a stream over a file, pipe or terminal, ~4 ms), and a run over files never reads it.
 */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    get stdinIsTTY() {
      return !!process.stdin.isTTY;
    },
    env: process.env,
    columns: process.stdout.columns,
  };
}
