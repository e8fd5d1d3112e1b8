// A child process run to its end without blocking this one: spawnSync would stop the test worker's
// event loop for as long as the child runs, and vitest's worker reports "Timeout calling
// onTaskUpdate" when that passes 60 s (a large input on a loaded machine).
import { spawn, type SpawnOptions } from 'node:child_process';

export interface Spawned { status: number | null; stdout: string; stderr: string }

/** Runs command to its end; `input` is written to its stdin; with `discardStdout` its output goes to /dev/null. */
export function spawnAsync(command: string, args: string[], options: SpawnOptions & { input?: string; discardStdout?: boolean } = {}): Promise<Spawned> {
  const { input, discardStdout, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...spawnOptions, stdio: [input === undefined ? 'ignore' : 'pipe', discardStdout ? 'ignore' : 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (c) => out.push(c));
    child.stderr!.on('data', (c) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    if (input !== undefined) child.stdin!.end(input);
  });
}

/** `newsq ARGS | head -1` as a shell runs it: the reader goes away after the first chunk of output. */
export function readerLeavesEarly(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn('node', ['bin/newsq.js', ...args]);
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  child.stdout.once('data', () => child.stdout.destroy());
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}
