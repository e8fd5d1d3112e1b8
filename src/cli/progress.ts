// A progress bar on stderr while many inputs run: only when stderr is a terminal, there is more
// than one input, and -q was not given. Cleared when done, so the terminal keeps only the output.
//
// stdout and stderr are usually the same terminal, so every other write to either stream while the
// bar is up takes the bar off its line first and puts it back after: a document's table never
// starts on the bar's line (`newsq █░░ 1/30 …/reuters-00016.txt/tmp/...`) and no stale bars stay in
// the scrollback. The streams' write() is wrapped for as long as the bar lives, so process.ts, the
// warnings and the error lines need not know about it. (cli-progress was used before: it saves and
// restores the cursor position and turns the terminal's line wrapping off around the whole run,
// which cannot work with output in between.)
import type { Writable } from 'node:stream';
import stringWidth from 'string-width';
import type { Io } from './io.js';
import { loadTable, shortenPath } from '../render/table.js';

// The string widths that shortenPath() measures are loaded with the table renderer.
await loadTable();

export interface Progress {
  tick(source: string): void;
  stop(): void;
}

const CLEAR = '\r\x1b[K';
const BAR = 30;
/** At most this often (ms) a tick redraws the bar; a write to stdout always redraws it. */
const EVERY = 100;

type Write = Writable['write'];

export function progressBar(io: Io, total: number, quiet: boolean | undefined): Progress | null {
  if (quiet || !io.stderrIsTTY || total < 2) return null;
  const stderr = io.stderr;
  const raw: Write = stderr.write.bind(stderr);
  let done = 0;
  let source = '';
  let shown = false;
  let drawnAt = 0;
  // The cursor is at the start of a line (the last write ended with a newline): the bar can go there.
  let atLineStart = true;

  const columns = () => (stderr as { columns?: number }).columns ?? io.columns ?? 80;
  const line = () => {
    const filled = Math.round((BAR * done) / total);
    const head = `newsq ${'█'.repeat(filled)}${'░'.repeat(BAR - filled)} ${done}/${total} `;
    // One column short of the width, so the terminal never wraps the bar onto a second line.
    const room = columns() - 1 - stringWidth(head);
    return room > 0 ? head + shortenPath(source, room) : head.slice(0, Math.max(0, columns() - 1));
  };
  const draw = () => {
    if (!atLineStart) return;
    raw(CLEAR + line());
    shown = true;
    drawnAt = Date.now();
  };
  const clear = () => {
    if (shown) raw(CLEAR);
    shown = false;
  };

  // Every other write to stdout or stderr: bar off, the write, bar back on.
  const wrapped: Array<[Writable, Write]> = [];
  for (const stream of new Set([io.stdout, stderr])) {
    const original: Write = stream.write;
    const own = Object.prototype.hasOwnProperty.call(stream, 'write');
    stream.write = function (this: Writable, chunk: unknown, ...rest: unknown[]) {
      clear();
      const ok = (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
      if (text) atLineStart = text.endsWith('\n');
      draw();
      return ok;
    } as Write;
    wrapped.push([stream, own ? original : (undefined as unknown as Write)]);
  }

  draw();
  return {
    tick: (next) => {
      done++;
      source = next;
      if (Date.now() - drawnAt >= EVERY || done === total) draw();
    },
    stop: () => {
      for (const [stream, original] of wrapped) {
        if (original) stream.write = original;
        else delete (stream as { write?: Write }).write;
      }
      wrapped.length = 0;
      clear();
    },
  };
}
