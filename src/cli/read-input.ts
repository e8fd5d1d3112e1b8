// One input → its text. Files are read whole and decoded (see src/io/decode.ts); stdin is read to
// its end. Failures become InputError with a short code and a one-line message for the user.
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Io } from './io.js';
import type { ArticleMeta } from '../types.js';
import { decodeBytes, NotTextError } from '../io/decode.js';
import { systemMessage, type Input } from '../io/inputs.js';

export class InputError extends Error {
  constructor(readonly code: string, message: string) { super(message); }
}

export interface InputText {
  text: string;
  /** Said on stderr (unless -q): the bytes were not clean UTF-8, say. */
  warning?: string;
  /** Metadata found outside the text (an HTML page's JSON-LD). */
  meta?: Partial<ArticleMeta>;
  /** The text is not the input's bytes (extracted from HTML), so --json carries it. */
  includeText?: boolean;
}

async function readStdin(stdin: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function readBytes(input: Input, io: Io): Promise<Buffer> {
  if (input.kind === 'error') throw new InputError(input.code, input.message);
  if (input.kind === 'stdin') return readStdin(io.stdin);
  try {
    return await readFile(input.source);
  } catch (err) {
    throw new InputError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable', systemMessage(err));
  }
}

export async function readInput(input: Input, io: Io): Promise<InputText> {
  const bytes = await readBytes(input, io);
  try {
    return decodeBytes(bytes);
  } catch (err) {
    if (err instanceof NotTextError) throw new InputError(err.code, err.message);
    throw err;
  }
}
