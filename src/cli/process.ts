// One command over many inputs: read each, analyse it, write its output at once, in input order.
// A failure on one input is reported (stderr line, and an error record with --json) and the run
// goes on; the exit status is 1 at the end if any input failed.
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Io } from './io.js';
import { Output, paintFor } from './output.js';
import type { Format } from './options.js';
import { analyze, type AnalyzeOptions, type Stage } from '../pipeline/index.js';
import { toJson, errorJson, type Command } from '../render/json.js';
import { rowsFor } from '../render/rows.js';
import { renderTable, renderSummary, docHeader } from '../render/table.js';
import { delimitedHeader, delimitedRows } from '../render/delimited.js';
import { markdownTable } from '../render/markdown.js';
import { applyFilters, type Filters } from '../filters.js';
import { decodeBytes, NotTextError } from '../io/decode.js';
import { expandInputs, systemMessage, type Input } from '../io/inputs.js';
import type { EntityType, QuoteKind } from '../types.js';

export interface RunOptions {
  json?: boolean;
  format?: Format;
  color?: boolean;
  quiet?: boolean;
  type?: EntityType[];
  minCount?: number;
  limit?: number;
  speaker?: string;
  kind?: QuoteKind[];
  sentences?: number;
  ratio?: number;
}

const STAGES: Record<Command, Stage[]> = {
  analyze: ['entities', 'quotes', 'summary'],
  entities: ['entities'],
  quotes: ['quotes'],
  summary: ['summary'],
  tokens: [],
};

class InputError extends Error {
  constructor(readonly code: string, message: string) { super(message); }
}

async function readStdin(stdin: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function readInput(input: Input, io: Io): Promise<Buffer> {
  if (input.kind === 'error') throw new InputError(input.code, input.message);
  if (input.kind === 'stdin') return readStdin(io.stdin);
  try {
    return await readFile(input.source);
  } catch (err) {
    throw new InputError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable', systemMessage(err));
  }
}

/** The format asked for, or the default: a table on a terminal, TSV in a pipe. */
function chooseFormat(opts: RunOptions, io: Io): Format {
  if (opts.json) return 'json';
  if (opts.format) return opts.format;
  return io.stdoutIsTTY ? 'table' : 'tsv';
}

export async function processInputs(command: Command, args: string[], opts: RunOptions, io: Io): Promise<number> {
  const out = new Output(io.stdout);
  const format = chooseFormat(opts, io);
  const paint = paintFor(io.stdoutIsTTY, io.env, opts.color === false);
  const width = Math.max(40, io.columns ?? 100);
  const warn = (source: string, message: string) => { if (!opts.quiet) io.stderr.write(`newsq: ${source}: warning: ${message}\n`); };
  const fail = (source: string, message: string) => io.stderr.write(`newsq: ${source}: ${message}\n`);

  if (args.length === 0) {
    if (io.stdinIsTTY) {
      io.stderr.write(`newsq: no input: give files or directories, or pipe text on stdin (see newsq ${command} --help)\n`);
      return 2;
    }
    args = ['-'];
  }

  const analyzeOptions: AnalyzeOptions = {
    stages: STAGES[command],
    summary: { sentences: opts.sentences, ratio: opts.ratio },
  };
  const filters: Filters = { types: opts.type, minCount: opts.minCount, limit: opts.limit, speaker: opts.speaker, kinds: opts.kind };
  let failed = false;
  let headerWritten = false;

  for (const input of expandInputs(args)) {
    if (out.closed) break;
    let doc: Record<string, unknown>;
    try {
      const bytes = await readInput(input, io);
      const decoded = decodeBytes(bytes);
      if (decoded.warning) warn(input.source, decoded.warning);
      const report = applyFilters(analyze(decoded.text, analyzeOptions), filters);
      doc = toJson(report, input.source, command);
    } catch (err) {
      failed = true;
      const code = err instanceof InputError ? err.code : err instanceof NotTextError ? err.code : 'failed';
      const message = err instanceof InputError || err instanceof NotTextError ? err.message : `could not analyse: ${(err as Error)?.message ?? err}`;
      fail(input.source, message);
      if (format === 'json') await out.write(JSON.stringify(errorJson(input.source, code, message)) + '\n');
      continue;
    }

    switch (format) {
      case 'json':
        await out.write(JSON.stringify(doc) + '\n');
        break;
      case 'tsv':
      case 'csv': {
        const sep = format === 'tsv' ? '\t' : ',';
        const set = rowsFor(command, doc);
        if (!headerWritten) { await out.write(delimitedHeader(set, sep)); headerWritten = true; }
        await out.write(delimitedRows(input.source, set, sep));
        break;
      }
      case 'markdown':
        await out.write(markdownTable(input.source, (doc.meta as { title: string | null }).title, rowsFor(command, doc)));
        break;
      case 'table': {
        let body: string;
        if (command === 'summary') body = renderSummary(doc, width, paint);
        else if (command === 'analyze') {
          body = [
            renderSummary(doc, width, paint),
            renderTable(rowsFor('entities', doc), width, paint),
            renderTable(rowsFor('quotes', doc), width, paint),
          ].join('\n');
        } else body = renderTable(rowsFor(command, doc), width, paint);
        await out.write(`${docHeader(doc, width, paint)}\n${body}\n`);
        break;
      }
    }
  }
  return failed ? 1 : 0;
}
