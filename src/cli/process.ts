// One command over many inputs: read each, analyse it, write its output at once, in input order.
// A failure on one input is reported (a stderr line, and an error record with --json) and the run
// goes on; the exit status is 1 at the end if any input failed. Memory stays flat over any number
// of inputs: nothing of a document is kept once its output is written.
import type { Io } from './io.js';
import { Output, paintFor } from './output.js';
import { InputError } from './read-input.js';
import { fileJobs, jsonlJobs, type Job } from './jobs.js';
import { progressBar } from './progress.js';
import type { AnalyzeOptions } from '../pipeline/index.js';
import { commandSpec, type Command } from '../commands.js';
import type { Format } from '../render/format.js';
import { makeRenderer } from '../render/document.js';
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
import { loadNerModel } from '../ner/model-io.js';
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

  // A model named with --model is checked once, up front: a bad one is a usage error, not 1000 failures.
  if (opts.model && spec.stages.length) {
    try {
      loadNerModel(opts.model);
    } catch (err) {
      io.stderr.write(`newsq: --model ${opts.model}: ${systemMessage(err)}\n`);
      return 2;
    }
  }

  const out = new Output(io.stdout);
  // JSON Lines in, JSON Lines out: one line per record, no header, unless a format is asked for.
  const format = jsonl && !opts.format ? 'json' : chooseFormat(opts, io);
  const paint = paintFor(io.stdoutIsTTY, io.env, opts.color === false);
  const width = Math.max(40, io.columns ?? 100);
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
  const progress = progressBar(io, total, opts.quiet);

  // With --jobs N > 1, documents run in a pool of worker processes, started when a second document
  // arrives (one article is faster in-process). Up to 2N documents are in flight; their output is
  // still written in input order, each as soon as it and all before it are done.
  const jobsWanted = Math.max(1, opts.jobs ?? 1);
  let pool: WorkerPool | null = null;
  let seen = 0;
  let failed = false;

  const handle = async (job: Job): Promise<NewsqRecord> => {
    let doc: NewsqRecord;
    try {
      const { text, warning, article, includeText, source } = await job.read();
      if (warning && !opts.quiet) io.stderr.write(`newsq: ${job.source}: warning: ${warning}\n`);
      // quotes --with-entities prints what speakers reads per document: its entities too.
      const task: Task = { source: source ?? job.source, text, command: command === 'quotes' && opts.withEntities ? 'speakers' : command, analyze: analyzeOptions, filters, article, includeText: includeText || spec.report, modelPath: opts.model };
      doc = pool ? await pool.run(task) : work(task);
    } catch (err) {
      // After the reader went away (`| head`), unfinished documents fail quietly: nobody is listening.
      if (out.closed || pool?.closed) return errorJson(job.source, 'cancelled', 'cancelled');
      failed = true;
      const code = err instanceof InputError ? err.code : 'failed';
      const message = err instanceof InputError ? err.message : `could not analyse: ${String((err as Error)?.message ?? err).split('\n')[0]}`;
      io.stderr.write(`newsq: ${job.source}: ${message}\n`);
      doc = errorJson(job.source, code, message);
    }
    if (job.passthrough && Object.keys(job.passthrough).length) doc.input = job.passthrough;
    return doc;
  };

  const inFlight: Array<{ source: string; doc: Promise<NewsqRecord> }> = [];
  const writeOldest = async () => {
    const { source, doc } = inFlight.shift()!;
    if (collect) await collect(await doc);
    else if (corpus) corpus.add(await doc);
    else await out.write(render(await doc));
    progress?.tick(source);
  };
  try {
    for await (const job of jobs) {
      if (out.closed) break;
      if (++seen === 2 && jobsWanted > 1) pool = new WorkerPool(jobsWanted);
      inFlight.push({ source: job.source, doc: handle(job) });
      while (inFlight.length >= (pool ? 2 * jobsWanted : 1)) await writeOldest();
    }
    while (inFlight.length && !out.closed) await writeOldest();
  } finally {
    progress?.stop();
    pool?.close();
  }
  if (corpus) await out.write(opts.partial ? renderParts(corpus) : renderCorpus(corpusView(spec, corpus, opts), format, paint, width));
  return failed ? 1 : 0;
}
