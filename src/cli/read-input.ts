// One input → its text. Files are read whole and decoded (see src/io/decode.ts); stdin is read to
// its end. Failures become InputError with a short code and a one-line message for the user.
// Web pages (.html/.htm files, HTML on stdin, http(s) addresses) go through src/io/page.ts: the
// article is extracted, and its text travels in --json output since offsets index it. The HTML stack
// (linkedom, Readability) and the fetcher are imported only when an input needs them: a run over
// text files never loads them.
// A file is read synchronously: the whole file at once, in 32 ms of CPU for news1m's 479 files where
// async reads took 98-143 ms (a libuv thread-pool round trip and a promise per file), and without the
// main thread waiting on the event loop for a read it could do at once (0.26-0.6 s under --jobs 2).
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Io } from './io.js';
import type { Article } from '../types.js';
import { decodeBytes, NotTextError } from '../io/decode.js';
import { systemMessage, type Input } from '../io/inputs.js';
import type { FetchOptions } from '../io/fetch.js';
import { isHtmlName, bytesLookLikeHtml } from '../io/sniff.js';

export class InputError extends Error {
  constructor(readonly code: string, message: string) { super(message); }
}

export interface InputText {
  text: string;
  /** Said on stderr (unless -q): the bytes were not clean UTF-8, say. */
  warning?: string;
  /** The article extracted from an HTML page, its blocks and metadata already known; `text` is its text. */
  article?: Article;
  /** The text is not the input's bytes (extracted from HTML), so --json carries it. */
  includeText?: boolean;
  /** Where the input really came from, when not its argument: a URL after redirects. */
  source?: string;
}

/** How URLs are fetched: --timeout and --max-bytes. */
export type ReadOptions = FetchOptions;

async function readStdin(stdin: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function readBytes(input: Input, io: Io): Promise<Buffer> {
  if (input.kind === 'error') throw new InputError(input.code, input.message);
  if (input.kind === 'stdin') return readStdin(io.stdin);
  try {
    return readFileSync(input.source);
  } catch (err) {
    throw new InputError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable', systemMessage(err));
  }
}

export async function readInput(input: Input, io: Io, options: ReadOptions = {}): Promise<InputText> {
  if (input.kind === 'url') {
    const [{ fetchPage, FetchError }, { pageText }] = await Promise.all([import('../io/fetch.js'), import('../io/page.js')]);
    try {
      const page = await fetchPage(input.source, options);
      return { ...pageText(page.bytes, page.contentType, page.finalUrl), includeText: true, source: page.finalUrl };
    } catch (err) {
      if (err instanceof FetchError) throw new InputError(err.code, err.message);
      throw err;
    }
  }
  const bytes = await readBytes(input, io);
  if ((input.kind === 'file' && isHtmlName(input.source)) || bytesLookLikeHtml(bytes)) {
    const { pageText } = await import('../io/page.js');
    return { ...pageText(bytes, null, null), includeText: true };
  }
  try {
    return decodeBytes(bytes);
  } catch (err) {
    if (err instanceof NotTextError) throw new InputError(err.code, err.message);
    throw err;
  }
}
