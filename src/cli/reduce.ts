// The corpus views over records instead of articles: the reduce step of a cluster run.
//   newsq quotes --input jsonl --with-entities < part-0001.jsonl > shard-0001.jsonl     (map, anywhere)
//   newsq speakers --input newsq shards/                                                (reduce)
//   newsq speakers --partial day1/ > day1.jsonl; newsq speakers --input corpus day1.jsonl day2.jsonl
// Lines of newsq/1 documents (`analyze`, `entities`, `quotes --with-entities` with --json) are added
// as the articles would be; newsq-corpus/1 "part" records (`--partial`) are merged. Both may mix in
// one run. Plain `newsq speakers FILE` finds out by itself when FILE (or stdin) holds such records.
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { Io } from './io.js';
import { Output, paintFor } from './output.js';
import type { RunOptions } from './process.js';
import { corpusView } from '../corpus/view.js';
import type { CommandSpec } from '../commands.js';
import { CorpusAggregate, MissingEntitiesError } from '../corpus/aggregate.js';
import { CORPUS_PART, partProblem, renderParts, type CorpusPart } from '../corpus/partial.js';
import { CORPUS_SCHEMA, SCHEMA, type NewsqDoc, type NewsqRecord } from '../render/contract.js';
import { renderCorpus } from '../render/corpus.js';
import { systemMessage, walk } from '../io/inputs.js';

const RECORD_EXTENSIONS = ['.jsonl', '.json', '.ndjson'];
const RECORD_START = /^\s*\{\s*"schema"\s*:\s*"newsq(?:-corpus)?\/1"/;


/** The first chunk of a stream, put back so that whoever reads next still gets it. */
function peek(stream: Readable): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const finish = (chunk: Buffer | null) => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onEnd);
      resolve(chunk);
    };
    const onReadable = () => {
      const chunk = stream.read();
      if (chunk === null) return;
      stream.unshift(chunk);
      finish(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    };
    const onEnd = () => finish(null);
    stream.on('readable', onReadable);
    stream.once('end', onEnd);
    stream.once('error', onEnd);
  });
}

/** Does this file begin with a newsq/1 or newsq-corpus/1 record? */
function startsWithRecord(path: string): boolean {
  const buf = Buffer.alloc(64);
  try {
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, 'r');
    try {
      return RECORD_START.test(buf.subarray(0, readSync(fd, buf, 0, 64, 0)).toString('utf8'));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Do the inputs hold newsq's own records rather than articles? Every argument a file that starts
 * with a newsq/1 or newsq-corpus/1 record, or (no arguments) stdin starting with one.
 */
export async function recordsGiven(args: string[], io: Io): Promise<boolean> {
  if (args.length === 0 || (args.length === 1 && args[0] === '-')) {
    if (io.stdinIsTTY) return false;
    const chunk = await peek(io.stdin);
    return chunk !== null && RECORD_START.test(chunk.subarray(0, 64).toString('utf8'));
  }
  return args.every((a) => a !== '-' && startsWithRecord(a));
}

/** Record files (.jsonl .json .ndjson) under a directory. */
const isRecordFile = (name: string) => RECORD_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** The arguments → record files ("-" for stdin), as for articles: directories, globs, files. */
function* recordFiles(args: string[]): Generator<string> {
  for (const arg of args.length ? args : ['-']) {
    let isDir = false;
    try { isDir = arg !== '-' && statSync(arg).isDirectory(); } catch { /* a missing file is reported when read */ }
    if (isDir) yield* walk(arg, isRecordFile);
    else if (arg !== '-' && isDynamicPattern(arg) && !existsQuiet(arg)) yield* globSync(arg, { onlyFiles: true, dot: false }).sort();
    else yield arg;
  }
}

function existsQuiet(path: string): boolean {
  try { statSync(path); return true; } catch { return false; }
}

class FatalRecord extends Error {}

/**
 * The reduce, when it is one: a corpus view (`speakers`, `entities --aggregate`) over records named
 * with --input newsq / corpus or found in the inputs. Null otherwise: then the inputs are articles.
 * Called before the analysis pipeline is even loaded, so a reduce on a cluster starts fast.
 */
export async function maybeReduce(spec: CommandSpec, args: string[], opts: RunOptions, io: Io): Promise<number | null> {
  const records = opts.input === 'newsq' || opts.input === 'corpus';
  if (!spec.corpus || (spec.corpus.onlyWith && !opts[spec.corpus.onlyWith])) {
    if (!records) return null;
    io.stderr.write(`newsq: --input ${opts.input} is read by speakers and entities --aggregate only (see newsq ${spec.name} --help)\n`);
    return 2;
  }
  if (opts.input === 'jsonl') return null;
  if (records || await recordsGiven(args, io)) return reduceInputs(spec, args, opts, io);
  return null;
}

/** `speakers` or `entities --aggregate` over records: adds documents, merges parts, prints the view (or the parts). */
export async function reduceInputs(spec: CommandSpec, args: string[], opts: RunOptions, io: Io): Promise<number> {
  const corpus = new CorpusAggregate();
  const types = opts.type;
  let failed = false;
  let errorRecords = 0;
  const say = (where: string, message: string) => io.stderr.write(`newsq: ${where}: ${message}\n`);

  const take = (line: string, where: string) => {
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line);
      if (!r || typeof r !== 'object' || Array.isArray(r)) throw new Error();
    } catch {
      say(where, 'not a JSON object'); failed = true; return;
    }
    if (r.schema === SCHEMA) {
      if (r.error !== undefined) { errorRecords++; return; }
      if (typeof r.source !== 'string') { say(where, 'a newsq/1 record with no "source"'); failed = true; return; }
      let doc = r as unknown as NewsqDoc;
      // --type, as on articles: entities of other types are dropped before counting.
      if (types?.length && doc.entities) doc = { ...doc, entities: doc.entities.filter((e) => types.includes(e.type)) };
      try {
        corpus.add(doc as NewsqRecord);
      } catch (err) {
        if (err instanceof MissingEntitiesError) throw new FatalRecord(`${where}: ${err.message}`);
        throw err;
      }
    } else if (r.schema === CORPUS_SCHEMA && r.kind === CORPUS_PART) {
      const problem = partProblem(r);
      if (problem) { say(where, problem); failed = true; return; }
      if (types?.length && r.type !== 'other' && !types.includes(r.type as never)) return;
      corpus.addPart(r as unknown as CorpusPart);
    } else if (r.schema === CORPUS_SCHEMA) {
      throw new FatalRecord(`${where}: a printed corpus view ("${String(r.kind)}" records) cannot be merged exactly: make partial aggregates with --partial`);
    } else {
      say(where, 'not a newsq/1 or newsq-corpus/1 record'); failed = true;
    }
  };

  try {
    for (const file of recordFiles(args)) {
      let stream: Readable;
      if (file === '-') stream = io.stdin;
      else {
        stream = createReadStream(file);
        const opened = await new Promise<Error | null>((resolve) => { stream.once('open', () => resolve(null)); stream.once('error', resolve); });
        if (opened) { say(file, systemMessage(opened)); failed = true; continue; }
      }
      let lineNo = 0;
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        lineNo++;
        if (line.trim()) take(line, `${file === '-' ? 'stdin' : file}:${lineNo}`);
      }
    }
  } catch (err) {
    if (!(err instanceof FatalRecord)) throw err;
    io.stderr.write(`newsq: ${err.message}\n`);
    return 1;
  }
  if (errorRecords && !opts.quiet) io.stderr.write(`newsq: ${errorRecords} error record${errorRecords === 1 ? '' : 's'} skipped (inputs that failed where the records were made)\n`);

  const out = new Output(io.stdout);
  if (opts.partial) await out.write(renderParts(corpus));
  else {
    const format = opts.json ? 'json' : opts.format ?? (io.stdoutIsTTY ? 'table' : 'tsv');
    const paint = await paintFor(io.stdoutIsTTY, io.env, opts.color === false);
    await out.write(renderCorpus(corpusView(spec, corpus, opts), format, paint, Math.max(40, io.columns ?? 100)));
  }
  return failed ? 1 : 0;
}
