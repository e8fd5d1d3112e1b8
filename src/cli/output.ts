// Writing to stdout politely: waits when the pipe is full, and stops quietly when the reader has
// gone away (`newsq ... | head`), so the process ends with status 0 and no stack trace.
import type { Writable } from 'node:stream';
import { plainPaint, type Paint } from '../render/style.js';

export class Output {
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw err;
    });
  }

  /** Writes a string, or each string of an iterable in turn (a very large JSON line comes in pieces). */
  async write(chunk: string | Iterable<string>): Promise<void> {
    if (typeof chunk !== 'string') {
      for (const piece of chunk) {
        if (this.closed) return;
        await this.write(piece);
      }
      return;
    }
    if (this.closed || !chunk) return;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => { this.stream.off('drain', done); this.stream.off('close', done); this.stream.off('error', done); resolve(); };
        this.stream.once('drain', done);
        this.stream.once('close', done);
        this.stream.once('error', done);
      });
    }
  }
}


export { quietOnClosedPipe } from './pipe.js';

/**
 * Colour on a terminal only: never with --no-color, NO_COLOR or TERM=dumb; FORCE_COLOR forces it
 * (FORCE_COLOR=0 turns it off). chalk alone ignores NO_COLOR on a TTY, so we set its level ourselves.
 * chalk is loaded only for colour: with it come node:tty and node:net (~5 ms of a short run's start).
 */
export async function paintFor(isTTY: boolean, env: Record<string, string | undefined>, noColor: boolean): Promise<Paint> {
  const force = env.FORCE_COLOR;
  let level: 0 | 1 | 2 | 3 = 0;
  if (force !== undefined && force !== '' && force !== 'false') {
    level = force === '0' ? 0 : force === '2' ? 2 : force === '3' ? 3 : 1;
  } else if (!noColor && isTTY && !env.NO_COLOR && env.TERM !== 'dumb') {
    level = env.COLORTERM === 'truecolor' ? 3 : 1;
  }
  if (noColor && force === undefined) level = 0;
  if (level === 0) return plainPaint;
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
