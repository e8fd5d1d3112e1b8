#!/usr/bin/env node
// Starts the CLI, or (forked by src/cli/pool.ts with WORKER_ARG) a --jobs worker process. A command
// runs from the bundle, dist/bundle/newsq.cjs (--help and --version from help.cjs, the same script
// with the code cache of a --help run), and a worker from dist/bundle/worker.cjs, each with V8's code
// cache for it (all written by scripts/bundle.mjs in `npm run build`): one file to read and functions
// that arrive compiled, instead of ~120 ES modules to resolve, link and compile.
// A run without a current bundle (none; in a working copy, one older than its dist/cli/ entry because
// tsc ran alone; or NEWSQ_BUNDLE=0) runs dist/cli/main.js or dist/cli/worker.js as ES modules. In a
// working copy a code cache older than its script is not used; one that V8 refuses (another Node
// version, other V8 flags) is ignored by V8: the script compiles as usual, only slower. NEWSQ_CODE_CACHE=report says on stderr which
// happened, one line per process: "newsq: code cache newsq.cjs: accepted" (or "rejected", "missing",
// "no bundle"), so that a test can catch a change that makes V8 refuse the cache
// (tests/cli/code-cache.test.ts).
// CommonJS (bin/package.json says so): Node starts a CommonJS entry without its ES-module loader,
// ~6 ms sooner; the ES modules of dist/ are still import()ed from here when there is no bundle.
'use strict';
const { closeSync, fstatSync, openSync, read, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/** The argument src/cli/pool.ts forks this file with: run as a worker process (it also needs the IPC channel). */
const WORKER_ARG = '--newsq-worker';
const args = process.argv.slice(2);
const worker = args[0] === WORKER_ARG && process.send !== undefined;
/** What may only print help or the version (as src/cli/run.ts decides it, and -V). */
const helpOrVersion = !worker && (args.length === 0 || args.some((a) => a === 'help' || a === '--help' || a === '--version' || /^-[^-]*[hV]/.test(a)));
const name = worker ? 'worker' : helpOrVersion ? 'help' : 'newsq';
const cacheMode = process.env.NEWSQ_CODE_CACHE;
const report = (script, what) => { if (cacheMode === 'report') process.stderr.write(`newsq: code cache ${script}.cjs: ${what}\n`); };

/** Modification time, or -1 when the file is missing. */
const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const dist = join(__dirname, '..', 'dist');
/**
 * A working copy (src/ beside dist/), where `tsc` alone can leave a bundle older than dist/ and a
 * build rewrites bundle and cache in order: there modification times tell what is current. An
 * installed package has no src/, and its files were all built together, but npm gives them the times
 * it unpacked them at, in any order: there the bundle and caches are taken as they are.
 */
const workingCopy = mtime(join(__dirname, '..', 'src')) >= 0;

/**
 * Scripts of their own that a bundle loads when it first needs them (scripts/bundle.mjs SCRIPTS):
 * name -> its module in dist/, which runs instead when the script is missing or older.
 */
const SCRIPTS = { html: 'io/page.js' };
/** A bundle's __script(name): the script's exports, from the bundle or else from dist/. */
const loadScript = async (script) => bundled(script, SCRIPTS[script]) ?? import(require('node:url').pathToFileURL(join(dist, SCRIPTS[script])).href);

/** The exports of dist/bundle/SCRIPT.cjs, run with its code cache; null when it is missing or older than dist/ENTRY. */
function bundled(script, entry) {
  const filename = join(dist, 'bundle', `${script}.cjs`);
  const cache = `${filename}.cache`;
  const made = mtime(filename);
  if (made < 0 || (workingCopy && made < mtime(join(dist, entry)))) return null;
  const { createRequire } = require('node:module');
  const vm = require('node:vm');
  const write = cacheMode === 'write';
  const cachedData = !write && mtime(cache) >= (workingCopy ? made : 0) ? readFileSync(cache) : undefined;
  // CommonJS's wrapper; __import: the script's import() of the modules that stay ES modules;
  // __script: its import() of a script of its own
  const compiled = new vm.Script(`(function (exports, require, module, __filename, __dirname, __import, __script) {${readFileSync(filename, 'utf8')}\n})`, { filename, cachedData });
  report(script, cachedData === undefined ? 'missing' : compiled.cachedDataRejected ? 'rejected' : 'accepted');
  if (write) process.once('exit', () => writeFileSync(cache, compiled.createCachedData()));
  const module = { exports: {} };
  compiled.runInThisContext()(module.exports, createRequire(filename), module, filename, join(dist, 'bundle'), (url) => import(url), loadScript);
  return module.exports;
}

/**
 * The default tagger's file (~9 MB), read on libuv's thread pool from here on, in one read request, while
 * this thread loads and starts newsq: a command that analyses needs it first thing, and reading it
 * takes ~30 ms (src/ner/model-io.ts takes these bytes: primeNerModel). Only for a command that analyses,
 * and not for --help, a worker (it loads its own) or a run that names another --model.
 */
function readDefaultModel() {
  const file = join(__dirname, '..', 'models', 'ner-en.bin');
  const bytes = new Promise((resolve, reject) => {
    const fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafeSlow(size);
    read(fd, buf, 0, size, 0, (err, n) => {
      closeSync(fd);
      if (err) reject(err);
      else resolve(n === size ? buf : buf.subarray(0, n));
    });
  });
  bytes.catch(() => undefined); // reported, if ever asked for, by the one who asks
  return { file, bytes };
}
/** The commands that analyse documents: those with stages in src/commands.ts (tests/cli/lazy.test.ts checks the list). */
const ANALYSING_COMMANDS = ['analyze', 'entities', 'quotes', 'summary', 'speakers', 'report'];
const prefetched = !worker && ANALYSING_COMMANDS.includes(args[0]) && !helpOrVersion && !args.some((a) => a === '--model' || a.startsWith('--model='))
  ? readDefaultModel() : undefined;

const bundle = process.env.NEWSQ_BUNDLE !== '0' ? bundled(name, worker ? 'cli/worker.js' : 'cli/main.js') : null;
if (!bundle) report(name, 'no bundle');
if (worker) {
  if (!bundle) import('../dist/cli/worker.js'); // the bundled worker has started on running
} else if (bundle) bundle.main(prefetched);
else import('../dist/cli/main.js').then((cli) => cli.main(prefetched));
