// A progress bar on stderr while many inputs run: only when stderr is a terminal, there is more
// than one input, and -q was not given. Cleared when done, so the terminal keeps only the output.
// cli-progress is loaded only when a bar is shown.
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { Io } from './io.js';

export interface Progress {
  tick(source: string): void;
  stop(): void;
}

export function progressBar(io: Io, total: number, quiet: boolean | undefined): Progress | null {
  if (quiet || !io.stderrIsTTY || total < 2) return null;
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar({
    stream: io.stderr as unknown as NodeJS.WritableStream,
    format: 'newsq {bar} {value}/{total} {source}',
    barsize: 30,
    clearOnComplete: true,
    hideCursor: false,
    noTTYOutput: true, // we decided above that stderr is a terminal
    fps: 10,
    etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { source: '' });
  return {
    tick: (source) => bar.increment(1, { source }),
    stop: () => bar.stop(),
  };
}
