// One command over many inputs: read each, analyse it, write its output at once, in input order.
// A failure on one input is reported (a stderr line, and an error record with --json) and the run
// goes on; the exit status is 1 at the end if any input failed. Memory stays flat over any number
// of inputs: nothing of a document is kept once its output is written.
import type { Io } from './io.js';
import { Output, paintFor } from './output.js';
import type { Format } from './options.js';
import { readInput, InputError } from './read-input.js';
import { makeRenderer } from './render-doc.js';
import { progressBar } from './progress.js';
import { analyze, type AnalyzeOptions, type Stage } from '../pipeline/index.js';
import { toJson, errorJson, type Command } from '../render/json.js';
import { applyFilters, type Filters } from '../filters.js';
import { expandInputs, type Input } from '../io/inputs.js';
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

/** The format asked for, or the default: a table on a terminal, TSV in a pipe. */
function chooseFormat(opts: RunOptions, io: Io): Format {
  if (opts.json) return 'json';
  if (opts.format) return opts.format;
  return io.stdoutIsTTY ? 'table' : 'tsv';
}

export async function processInputs(command: Command, args: string[], opts: RunOptions, io: Io): Promise<number> {
  if (args.length === 0) {
    if (io.stdinIsTTY) {
      io.stderr.write(`newsq: no input: give files or directories, or pipe text on stdin (see newsq ${command} --help)\n`);
      return 2;
    }
    args = ['-'];
  }

  const out = new Output(io.stdout);
  const format = chooseFormat(opts, io);
  const render = makeRenderer(command, format, paintFor(io.stdoutIsTTY, io.env, opts.color === false), Math.max(40, io.columns ?? 100));
  const analyzeOptions: AnalyzeOptions = { stages: STAGES[command], summary: { sentences: opts.sentences, ratio: opts.ratio } };
  const filters: Filters = { types: opts.type, minCount: opts.minCount, limit: opts.limit, speaker: opts.speaker, kinds: opts.kind };

  // A progress bar needs the count up front; otherwise inputs are expanded lazily as they run.
  const wantsProgress = io.stderrIsTTY && !opts.quiet;
  const inputs: Iterable<Input> = wantsProgress ? [...expandInputs(args)] : expandInputs(args);
  const progress = progressBar(io, Array.isArray(inputs) ? inputs.length : 0, opts.quiet);

  let failed = false;
  try {
    for (const input of inputs) {
      if (out.closed) break;
      let doc: Record<string, unknown>;
      try {
        const { text, warning, meta, includeText } = await readInput(input, io);
        if (warning && !opts.quiet) io.stderr.write(`newsq: ${input.source}: warning: ${warning}\n`);
        const report = applyFilters(analyze(text, { ...analyzeOptions, meta }), filters);
        doc = toJson(report, input.source, command, { includeText });
      } catch (err) {
        failed = true;
        const code = err instanceof InputError ? err.code : 'failed';
        const message = err instanceof InputError ? err.message : `could not analyse: ${String((err as Error)?.message ?? err).split('\n')[0]}`;
        io.stderr.write(`newsq: ${input.source}: ${message}\n`);
        doc = errorJson(input.source, code, message);
      }
      await out.write(render(doc));
      progress?.tick(input.source);
    }
  } finally {
    progress?.stop();
  }
  return failed ? 1 : 0;
}
