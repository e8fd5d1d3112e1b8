// One command over many inputs: read each, analyse it, write its output at once, in input order.
// A failure on one input is reported (a stderr line, and an error record with --json) and the run
// goes on; the exit status is 1 at the end if any input failed. Memory stays flat over any number
// of inputs: nothing of a document is kept once its output is written.
import { statSync } from 'node:fs';
import type { Io } from './io.js';
import { Output, paintFor } from './output.js';
import { InputError } from './read-input.js';
import { fileJobs, jsonlJobs, readAhead, type Job } from './jobs.js';
import type { Progress } from './progress.js';
import type { AnalyzeOptions } from '../pipeline/index.js';
import { commandSpec, type Command } from '../commands.js';
import type { Format } from '../render/format.js';
import { makeRenderer } from '../render/document.js';
import { loadTable } from '../render/table.js';
import { errorJson } from '../render/json.js';
import type { NewsqRecord } from '../render/contract.js';
import { corpusView } from '../corpus/view.js';
import type { Filters } from '../filters.js';
import { work, type Task } from './work.js';
import { WorkerPool } from './pool.js';
import { CorpusAggregate } from '../corpus/aggregate.js';
import { renderCorpus } from '../render/corpus.js';
import { renderParts } from '../corpus/partial.js';
import { expandInputs, systemMessage, type Input } from '../io/inputs.js';
import { loadNerModelAsync } from '../ner/model-io.js';
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
  /** Seconds for fetching one URL (--timeout). */
  timeout?: number;
  /** Largest page body fetched, in bytes (--max-bytes). */
  maxBytes?: number;
  input?: 'text' | 'jsonl' | 'newsq' | 'corpus';
  jobs?: number;
  aggregate?: boolean;
  model?: string;
  idField?: string;
  textField?: string;
  /** speakers / entities --aggregate: print the partial aggregate (newsq-corpus/1 "part" records). */
  partial?: boolean;
  /** quotes: also print the entities, as `newsq speakers --input newsq` needs. */
  withEntities?: boolean;
}

/** The format asked for, or the default: a table on a terminal, TSV in a pipe. */
function chooseFormat(opts: RunOptions, io: Io): Format {
  if (opts.json) return 'json';
  if (opts.format) return opts.format;
  return io.stdoutIsTTY ? 'table' : 'tsv';
}

/** Inputs read ahead of the one being analysed. */
const READ_AHEAD = 4;
/**
 * Input (bytes of files, or UTF-16 units of text read) worth starting worker processes for: a worker
 * costs ~2 CPU-s to start and warm its compiler, so smaller inputs are faster in one process.
 */
const POOL_AFTER = 2 * 1024 * 1024;

/**
 * Is the input at least `bytes` long, as far as its files' sizes tell before it is read? Then the
 * workers start at once, their start-up beside the main process's own. Stops counting once it is;
 * stdin and URLs count nothing (for them the text read so far decides).
 */
function filesAtLeast(args: string[], bytes: number): boolean {
  let sum = 0;
  for (const input of expandInputs(args)) {
    if (input.kind !== 'file') continue;
    try {
      sum += statSync(input.source).size;
    } catch {
      continue; // reported when it is read
    }
    if (sum >= bytes) return true;
  }
  return false;
}

/** `collect`: takes each document in input order instead of printing it (`newsq report`, src/cli/report.ts). */
export async function processInputs(command: Command, args: string[], opts: RunOptions, io: Io, collect?: (doc: NewsqRecord) => Promise<void>): Promise<number> {
  const spec = commandSpec(command);
  const jsonl = opts.input === 'jsonl';
  if (args.length === 0) {
    if (io.stdinIsTTY && !jsonl) {
      io.stderr.write(`newsq: no input: give files or directories, or pipe text on stdin (see newsq ${command} --help)\n`);
      return 2;
    }
    args = ['-'];
  }

  // The model is loaded once, up front, read in the background since run() knew it (see
  // loadNerModelAsync). A bad --model is a usage error, not 1000 failures; a broken default model
  // fails each document, as before, with its own message.
  if (spec.stages.length) {
    try {
      await loadNerModelAsync(opts.model);
    } catch (err) {
      if (opts.model) {
        io.stderr.write(`newsq: --model ${opts.model}: ${systemMessage(err)}\n`);
        return 2;
      }
    }
  }

  const out = new Output(io.stdout);
  // JSON Lines in, JSON Lines out: one line per record, no header, unless a format is asked for.
  const format = jsonl && !opts.format ? 'json' : chooseFormat(opts, io);
  const paint = await paintFor(io.stdoutIsTTY, io.env, opts.color === false);
  const width = Math.max(40, io.columns ?? 100);
  if (format === 'table') await loadTable();
  const render = makeRenderer(spec, format, paint, width);
  const analyzeOptions: AnalyzeOptions = {
    stages: spec.stages, summary: { sentences: opts.sentences, ratio: opts.ratio }, keepSentences: spec.fields.includes('sentences'),
  };
  // The corpus view (`speakers`, `entities --aggregate`) keeps only aggregates: counts and limits
  // apply to the corpus totals, so per document only the type filter runs.
  const corpus = spec.corpus && (!spec.corpus.onlyWith || opts[spec.corpus.onlyWith]) ? new CorpusAggregate() : null;
  const filters: Filters = corpus
    ? { types: opts.type }
    : { types: opts.type, minCount: opts.minCount, limit: opts.limit, speaker: opts.speaker, kinds: opts.kind };

  // A progress bar needs the count up front; otherwise inputs are expanded lazily as they run.
  let jobs: Iterable<Job> | AsyncIterable<Job>;
  const fetchOptions = { timeoutSeconds: opts.timeout, maxBytes: opts.maxBytes };
  let total = 0;
  if (jsonl) jobs = jsonlJobs(args, io, { idField: opts.idField ?? 'id', textField: opts.textField ?? 'text' });
  else if (io.stderrIsTTY && !opts.quiet) {
    const inputs: Input[] = [...expandInputs(args)];
    total = inputs.length;
    jobs = fileJobs(inputs, io, fetchOptions);
  } else jobs = fileJobs(expandInputs(args), io, fetchOptions);
  // The bar (and the string widths it measures) is loaded only when it will show.
  let progress: Progress | null = null;
  if (!opts.quiet && io.stderrIsTTY && total >= 2) {
    await loadTable();
    progress = (await import('./progress.js')).progressBar(io, total, opts.quiet);
  }

  // With --jobs N > 1, N-1 worker processes start once the input is known to be large (POOL_AFTER: a
  // smaller input is faster in one process): at once when its files' sizes say so, else once that
  // much text has been read. The main process goes on analysing too: each document goes to a worker
  // that needs more to do, or else is done here (src/cli/pool.ts). Output is written in input order,
  // each document as soon as it and all before it are done; reads run a few documents ahead.
  const jobsWanted = Math.max(1, opts.jobs ?? 1);
  const fromEnv = Number.parseInt(io.env.NEWSQ_POOL_AFTER ?? '', 10);
  const poolAfter = fromEnv >= 0 ? fromEnv : POOL_AFTER;
  // --json documents from a worker come back as their JSON line, ready to write.
  const jsonLines = format === 'json' && !corpus && !collect;
  let pool: WorkerPool | null = jobsWanted > 1 && !jsonl && filesAtLeast(args, poolAfter) ? new WorkerPool(jobsWanted - 1) : null;
  let textSoFar = 0;
  let failed = false;

  const failure = (source: string, err: unknown): NewsqRecord => {
    // After the reader went away (`| head`), unfinished documents fail quietly: nobody is listening.
    if (out.closed || pool?.closed) return errorJson(source, 'cancelled', 'cancelled');
    failed = true;
    const code = err instanceof InputError ? err.code : 'failed';
    const message = err instanceof InputError ? err.message : `could not analyse: ${String((err as Error)?.message ?? err).split('\n')[0]}`;
    io.stderr.write(`newsq: ${source}: ${message}\n`);
    return errorJson(source, code, message);
  };
  const withInput = (job: Job, doc: NewsqRecord): NewsqRecord => {
    if (job.passthrough && Object.keys(job.passthrough).length) doc.input = job.passthrough;
    return doc;
  };

  /** One document in input order: its output once known (a record, or a JSON line from a worker). */
  interface Slot { source: string; done: boolean; result: NewsqRecord | string | null; pending: Promise<NewsqRecord | string> | null }
  const slots: Slot[] = [];
  const emit = async (slot: Slot) => {
    const result = slot.done ? slot.result! : await slot.pending!;
    if (typeof result === 'string') await out.write(result);
    else if (collect) await collect(result);
    else if (corpus) corpus.add(result);
    else await out.write(render(result));
    progress?.tick(slot.source);
  };
  // Documents held for output at most: enough that a long one does not stall the workers behind it,
  // and more than the workers hold (src/cli/pool.ts MAX_TASKS), so the main process does not wait on them.
  const maxHeld = 80 * jobsWanted;

  try {
    for await (const { job, text } of readAhead(jobs, READ_AHEAD)) {
      if (out.closed) break;
      if (!pool && jobsWanted > 1 && textSoFar >= poolAfter) pool = new WorkerPool(jobsWanted - 1);
      const slot: Slot = { source: job.source, done: true, result: null, pending: null };
      let task: Task | null = null;
      try {
        const { text: body, warning, article, includeText, source } = await text;
        if (warning && !opts.quiet) io.stderr.write(`newsq: ${job.source}: warning: ${warning}\n`);
        textSoFar += body.length;
        // quotes --with-entities prints what speakers reads per document: its entities too.
        task = { source: source ?? job.source, text: body, command: command === 'quotes' && opts.withEntities ? 'speakers' : command, analyze: analyzeOptions, filters, article, includeText: includeText || spec.report, modelPath: opts.model };
      } catch (err) {
        slot.result = withInput(job, failure(job.source, err));
      }
      if (task && pool?.wants(task.text.length)) {
        slot.done = false;
        slot.pending = pool.run(task, jsonLines, job.passthrough).then(
          (r): NewsqRecord | string => ('line' in r ? r.line : withInput(job, r.doc)),
          (err) => withInput(job, failure(job.source, err)),
        ).then((r) => { slot.done = true; slot.result = r; return r; });
      } else if (task) {
        try {
          slot.result = withInput(job, work(task));
        } catch (err) {
          slot.result = withInput(job, failure(job.source, err));
        }
      }
      slots.push(slot);
      // Write what is done, in order; wait on the oldest only when too many are held.
      while (slots.length && (slots[0].done || slots.length > maxHeld) && !out.closed) await emit(slots.shift()!);
      // Let the event loop run: worker replies, reads ahead, the output pipe.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    while (slots.length && !out.closed) await emit(slots.shift()!);
  } finally {
    progress?.stop();
    pool?.close();
  }
  if (corpus) await out.write(opts.partial ? renderParts(corpus) : renderCorpus(corpusView(spec, corpus, opts), format, paint, width));
  return failed ? 1 : 0;
}
