// newsq inside a real pseudo-terminal, as a user sees it: `script` (util-linux) gives the process a
// terminal of the given width for stdout and stderr alike, and screen() replays what was written the
// way a terminal does (carriage returns, clear-to-end-of-line, overwriting) so that a test reads the
// lines left on the screen, progress bar included.
import stringWidth from 'string-width';
import { spawnAsync } from './spawn.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs `node bin/newsq.js ARGS` in a pseudo-terminal `columns` wide; returns the raw bytes written to it. */
export async function inTerminal(args: string[], columns = 80, env: Record<string, string> = {}): Promise<{ status: number | null; raw: string }> {
  const command = `stty cols ${columns} rows 50; exec node bin/newsq.js ${args.map(quote).join(' ')}`;
  const r = await spawnAsync('script', ['-qefc', command, '/dev/null'], { env: { ...process.env, ...env } });
  return { status: r.status, raw: r.stdout };
}

/** The lines a terminal shows after `raw` was written to it (SGR colours and cursor modes dropped). */
export function screen(raw: string): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let col = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\x1b') {
      const csi = /^\x1b\[([0-9;?]*)([A-Za-z])/.exec(raw.slice(i, i + 16));
      if (csi) {
        if (csi[2] === 'K') line = csi[1] === '2' ? [] : csi[1] === '1' ? line.map((ch, k) => (k <= col ? ' ' : ch)) : line.slice(0, col);
        if (csi[2] === 'G') col = Math.max(0, Number(csi[1] || 1) - 1);
        i += csi[0].length - 1;
      } else i += 1; // ESC 7, ESC 8 and the like
    } else if (c === '\r') col = 0;
    else if (c === '\n') { lines.push(line.join('').trimEnd()); line = []; col = 0; }
    else { while (line.length < col) line.push(' '); line[col++] = c; }
  }
  if (line.length) lines.push(line.join('').trimEnd());
  return lines;
}

/** The widest of the lines, in terminal columns. */
export const widest = (lines: string[]) => Math.max(0, ...lines.map((l) => stringWidth(l)));
