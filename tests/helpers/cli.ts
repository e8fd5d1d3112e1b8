// Drives the CLI in-process through run(argv, io), with strings for stdin and captured stdout/stderr.
// Document commands run with `--jobs 1` unless the argv names its own --jobs: the CLI's default is
// one worker process per core, and forking those for every small test is what made the suite slow
// and flaky on a loaded machine. Tests about the worker pool pass `--jobs 2` and live in *.slow.test.ts.
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';
import { COMMANDS } from '../../src/commands.js';

export interface CliResult { status: number; stdout: string; stderr: string }

export interface CliSetup {
  stdin?: string | Buffer;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  columns?: number;
}

/** The commands that read documents and take --jobs: the commands table (train-ner, --help and --version are not in it). */
const DOCUMENT_COMMANDS = new Set<string>(COMMANDS.map((c) => c.name));

/** argv with `--jobs 1` after the command, unless it is not a document command or sets --jobs itself. */
export function inProcess(argv: string[]): string[] {
  const [command, ...rest] = argv;
  const setsJobs = rest.some((a) => a === '-j' || a === '--jobs' || a.startsWith('--jobs=') || /^-j\d/.test(a));
  return DOCUMENT_COMMANDS.has(command) && !setsJobs ? [command, '--jobs', '1', ...rest] : argv;
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
  const status = await run(inProcess(argv), io);
  return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Parses JSON Lines output. */
export const jsonLines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
