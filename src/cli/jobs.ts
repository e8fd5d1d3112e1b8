// Where documents come from: files and directories (one document each), or JSON Lines records
// (`--input jsonl`, one document per line, for Spark's RDD.pipe(), Hadoop Streaming and GNU parallel).
// Either way a Job is a source name and a way to get its text, produced lazily so a million inputs
// start streaming at once and memory stays flat.
import { createRequire } from 'node:module';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Io } from './io.js';
import { readInput, InputError, type InputText, type ReadOptions } from './read-input.js';
import { systemMessage, type Input } from '../io/inputs.js';

export interface Job {
  source: string;
  read(): Promise<InputText>;
  /** The record's other fields, passed through under `input` in the output (JSON Lines mode). */
  passthrough?: Record<string, unknown>;
}

export function fileJobs(inputs: Iterable<Input>, io: Io, options: ReadOptions = {}): Iterable<Job> {
  return (function* () {
    for (const input of inputs) yield { source: input.source, read: () => readInput(input, io, options) };
  })();
}

export interface JsonlFields {
  idField: string;
  textField: string;
}

/** One job per line of each JSON Lines input ("-" or none: stdin). A bad line is a job that fails. */
export async function* jsonlJobs(args: string[], io: Io, fields: JsonlFields): AsyncGenerator<Job> {
  // Loaded here, for JSON Lines input only: most runs read files and never need it.
  const { createInterface } = createRequire(import.meta.url)('node:readline') as typeof import('node:readline');
  for (const arg of args.length ? args : ['-']) {
    let stream: Readable;
    if (arg === '-') stream = io.stdin;
    else {
      stream = createReadStream(arg);
      const opened = await new Promise<Error | null>((resolve) => { stream.once('open', () => resolve(null)); stream.once('error', resolve); });
      if (opened) {
        const message = systemMessage(opened);
        yield { source: arg, read: () => Promise.reject(new InputError('unreadable', message)) };
        continue;
      }
    }
    let lineNo = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      yield recordJob(line, `${arg === '-' ? 'stdin' : arg}:${lineNo}`, fields);
    }
  }
}

/** A record's id names it in the output; a line without one is named by its place (file:line). */
function recordJob(line: string, place: string, { idField, textField }: JsonlFields): Job {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { source: place, read: () => Promise.reject(new InputError('bad-record', 'not a JSON object')) };
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return { source: place, read: () => Promise.reject(new InputError('bad-record', 'not a JSON object')) };
  }
  const { [idField]: id, [textField]: text, ...rest } = record as Record<string, unknown>;
  const source = id === undefined || id === null ? place : String(id);
  if (typeof text !== 'string') {
    return { source, read: () => Promise.reject(new InputError('bad-record', `no string field "${textField}"`)), passthrough: rest };
  }
  return { source, read: () => Promise.resolve({ text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }), passthrough: rest };
}

/** A job with its read already started. */
export interface ReadingJob { job: Job; text: Promise<InputText> }

/**
 * Starts reading up to `ahead` jobs before they are needed, so that the main thread, busy analysing
 * one document, finds the next already read instead of waiting on the disk. Order is kept.
 */
export async function* readAhead(jobs: Iterable<Job> | AsyncIterable<Job>, ahead: number): AsyncGenerator<ReadingJob> {
  const queue: ReadingJob[] = [];
  const start = (job: Job): ReadingJob => {
    const text = job.read();
    text.catch(() => undefined); // awaited in turn when its job comes up; not an unhandled rejection meanwhile
    return { job, text };
  };
  for await (const job of jobs) {
    queue.push(start(job));
    if (queue.length > ahead) yield queue.shift()!;
  }
  yield* queue;
}
