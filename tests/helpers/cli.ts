// Drives the CLI in-process through run(argv, io), with strings for stdin and captured stdout/stderr.
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';

export interface CliResult { status: number; stdout: string; stderr: string }

export interface CliSetup {
  stdin?: string | Buffer;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  columns?: number;
}

export async function cli(argv: string[], setup: CliSetup = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c) => out.push(c));
  stderr.on('data', (c) => err.push(c));
  const io: Io = {
    stdout,
    stderr,
    stdin: Readable.from(setup.stdin !== undefined ? [Buffer.from(setup.stdin)] : []),
    stdinIsTTY: setup.stdinIsTTY ?? setup.stdin === undefined,
    stdoutIsTTY: setup.stdoutIsTTY ?? false,
    stderrIsTTY: setup.stderrIsTTY ?? false,
    env: setup.env ?? {},
    columns: setup.columns ?? 100,
  };
  const status = await run(argv, io);
  return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Parses JSON Lines output. */
export const jsonLines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
