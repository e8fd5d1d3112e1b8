#!/usr/bin/env node
// npm run bench [-- CORPUS_DIR] [--repeat N] [--cli-repeat N]
// npm run bench -- --jobs 1,2 [CORPUS_DIR]     (whole CLI runs with N worker processes; default corpus news10m)
//
// Words per second of newsq's stages over a folder of articles, each beside a baseline measured in
// the same run (reading the files and splitting on whitespace; compromise's entity finder), plus the
// start-up time of `newsq --help` and of `newsq analyze` on the reference article beside a bare
// `node -e ""`, and whole CLI runs over the corpus as users run them: `newsq analyze --json --jobs 1`
// against compromise used from the command line (scripts/compromise-cli.mjs: entities and
// quotations, one process over all the files) and against the warm in-process time above, median of
// --cli-repeat runs each (default 3), interleaved. Ratios, not absolute times, are what to compare
// between machines. Default corpus: ../shared/data/bench/news1m when present, else fixtures/.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
const repeat = Number(flag('--repeat', '1'));
const jobsList = flag('--jobs', null);
const cliRepeat = Math.max(1, Number(flag('--cli-repeat', '3')));
const shared = join(root, '..', 'shared', 'data', jobsList ? 'unlabeled' : 'bench', jobsList ? 'news10m' : 'news1m');
const corpus = resolve(args[0] ?? (existsSync(shared) ? shared : join(root, 'fixtures')));

function articleFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...articleFiles(p));
    else if (/\.(txt|md|markdown|text)$/i.test(name)) out.push(p);
  }
  return out;
}

const files = articleFiles(corpus);
if (jobsList) {
  await benchJobs(jobsList.split(',').map(Number));
  process.exit(0);
}
if (!files.length) { console.error(`bench: no articles in ${corpus}`); process.exit(2); }
const texts = files.map((f) => readFileSync(f, 'utf8'));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/** Runs fn over the corpus `repeat` times (after one warm-up document) and returns seconds. */
function time(fn) {
  fn(texts[0]);
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < repeat; r++) for (const t of texts) fn(t);
  return Number(process.hrtime.bigint() - t0) / 1e9 / repeat;
}

const rows = [];
const add = (what, seconds, unitCount = words, unit = 'words/s') => rows.push({ what, seconds, rate: unitCount / seconds, unit });

const lib = await import(join(root, 'dist', 'index.js'));

add('baseline: read files + split on whitespace', (() => {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < repeat; r++) for (const f of files) readFileSync(f, 'utf8').split(/\s+/);
  return Number(process.hrtime.bigint() - t0) / 1e9 / repeat;
})());
add('newsq read (article + sentences + tokens)', time((t) => lib.read(t)));
add('newsq entities', time((t) => lib.analyze(t, { stages: ['entities'] })));
add('newsq analyze (everything)', time((t) => lib.analyze(t)));

// The tagger alone, on tokens already split, when the NER module offers it.
try {
  const ner = await import(join(root, 'dist', 'ner', 'index.js'));
  if (ner.loadNerModel && ner.tagSentences) {
    // Read from disk again (loadNerModel caches the model the stages above already loaded).
    const t0 = process.hrtime.bigint();
    const model = ner.readNerModel(fileURLToPath(ner.DEFAULT_MODEL_URL));
    const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const sentences = texts.flatMap((t) => lib.read(t).sentences.map((s) => s.tokens.map((k) => k.text)));
    const tokens = sentences.reduce((n, s) => n + s.length, 0);
    ner.tagSentences(model, sentences.slice(0, 50));
    const t1 = process.hrtime.bigint();
    for (let r = 0; r < repeat; r++) ner.tagSentences(model, sentences);
    add('NER tagger alone (one core)', Number(process.hrtime.bigint() - t1) / 1e9 / repeat, tokens, 'tokens/s');
    rows.push({ what: 'NER model load (from disk)', seconds: loadMs / 1000, rate: NaN, unit: '' });
  }
} catch { /* no tagger module yet */ }

// compromise's own entity finder, the JavaScript alternative users compare with.
const nlp = createRequire(import.meta.url)('compromise');
add('compromise nlp() + people/places/organizations', time((t) => {
  const doc = nlp(t);
  doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array');
}));

// Start-up: `newsq --help` and one small article against a bare node, median of 5 runs each.
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function wallMs(argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd: root, stdio: 'ignore' });
  if (r.status !== 0) console.error(`bench: ${argv.join(' ')} exited with ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
function startup(argv) {
  const times = [];
  for (let i = 0; i < 5; i++) times.push(wallMs(argv));
  return median(times);
}
const nodeMs = startup(['-e', '']);
const helpMs = startup([join(root, 'bin', 'newsq.js'), '--help']);
const articleMs = startup([join(root, 'bin', 'newsq.js'), 'analyze', join(root, 'fixtures', 'belarus-2020-08-18.txt')]);

// Whole CLI runs over the corpus, interleaved so that both see the same load.
const cli = { newsq: [], compromise: [] };
for (let i = 0; i < cliRepeat; i++) {
  cli.newsq.push(wallMs([join(root, 'bin', 'newsq.js'), 'analyze', '--json', '--jobs', '1', ...files]) / 1000);
  cli.compromise.push(wallMs([join(root, 'scripts', 'compromise-cli.mjs'), ...files]) / 1000);
}
add('CLI: newsq analyze --json --jobs 1 (whole run)', median(cli.newsq));
add('CLI: compromise entities + quotations (scripts/)', median(cli.compromise));

const peakMb = process.resourceUsage().maxRSS / 1024;
const base = rows[0].rate;
const analyzeRate = rows.find((r) => r.what === 'newsq analyze (everything)').rate;
const compromiseRate = rows.find((r) => r.what.startsWith('compromise')).rate;

console.log(`corpus ${corpus}: ${files.length} files, ${words} words, ${(bytes / 1e6).toFixed(2)} MB, repeat ${repeat}\n`);
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('what', 50)} ${pad('seconds', 9)} ${pad('rate', 22)} vs baseline`);
for (const r of rows) {
  const rate = Number.isFinite(r.rate) ? `${Math.round(r.rate).toLocaleString('en')} ${r.unit}` : `${(r.seconds * 1000).toFixed(0)} ms`;
  const ratio = r.unit === 'words/s' ? `${(r.rate / base).toFixed(4)}×` : '';
  console.log(`${pad(r.what, 50)} ${pad(r.seconds.toFixed(3), 9)} ${pad(rate, 22)} ${ratio}`);
}
console.log(`\nnewsq analyze vs compromise entities: ${(analyzeRate / compromiseRate).toFixed(2)}× as fast`);
const cliNewsq = median(cli.newsq);
const cliCompromise = median(cli.compromise);
const warm = rows.find((r) => r.what === 'newsq analyze (everything)').seconds;
console.log(`CLI vs CLI: newsq analyze --jobs 1 ${(cliCompromise / cliNewsq).toFixed(2)}× as fast as compromise's entities + quotations (median of ${cliRepeat})`);
console.log(`CLI vs warm: newsq analyze --jobs 1 takes ${(cliNewsq / warm).toFixed(2)}× the warm in-process time`);
console.log(`start-up: newsq --help ${helpMs.toFixed(0)} ms, node -e "" ${nodeMs.toFixed(0)} ms (${(helpMs / nodeMs).toFixed(2)}×); newsq analyze on the reference article ${articleMs.toFixed(0)} ms (${(articleMs / nodeMs).toFixed(2)}×)`);
console.log(`load average: ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`peak memory (max RSS of this process): ${peakMb.toFixed(0)} MB`);

/** Peak resident memory of a process and its children, sampled from /proc every 50 ms (Linux). */
function rssOfTree(pid) {
  let total = 0;
  const visit = (p) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) children.split(/\s+/).forEach(visit);
    } catch { /* the process ended */ }
  };
  visit(pid);
  return total;
}

/**
 * CPU seconds (user + system) of this process's children that have ended, and of theirs (Linux:
 * /proc/self/stat cutime + cstime); null elsewhere.
 */
function childrenCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // clock ticks; USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * `newsq analyze --json --jobs N` over the corpus as a user runs it, for each N, with the CPU time of
 * all its processes. On a busy machine read the CPU column: Linux gives each session (autogroup) one
 * share of the cores however many processes it runs, so there a run's wall time follows its total
 * CPU and --jobs 2 cannot look faster than --jobs 1.
 */
async function benchJobs(list) {
  const { spawn } = await import('node:child_process');
  const words = files.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/\S+/g)?.length ?? 0), 0);
  console.log(`corpus ${corpus}: ${files.length} files, ${words} words\n`);
  console.log(`${'jobs'.padEnd(6)} ${'seconds'.padEnd(9)} ${'words/s'.padEnd(12)} ${'vs 1 job'.padEnd(9)} ${'CPU-s'.padEnd(7)} peak memory (all processes)`);
  let base = null;
  for (const n of list) {
    const cpu0 = childrenCpu();
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, 'bin', 'newsq.js'), 'analyze', '--json', '--jobs', String(n), corpus], { stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const timer = setInterval(() => { peak = Math.max(peak, rssOfTree(child.pid)); }, 50);
    await new Promise((resolve) => child.on('close', resolve));
    clearInterval(timer);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const rate = words / seconds;
    base ??= rate;
    const cpu = cpu0 === null ? null : childrenCpu() - cpu0;
    console.log(`${String(n).padEnd(6)} ${seconds.toFixed(2).padEnd(9)} ${Math.round(rate).toLocaleString('en').padEnd(12)} ${(rate / base).toFixed(2).padEnd(9)} ${(cpu === null ? '-' : cpu.toFixed(1)).padEnd(7)} ${(peak / 1e6).toFixed(0)} MB`);
  }
  console.log(`load average: ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}
