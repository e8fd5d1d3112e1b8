#!/usr/bin/env node
// Bundles the CLI's compiled modules (dist/, from tsc) into one script, dist/bundle/newsq.cjs (and its
// copy help.cjs, for --help and --version), the web-page reader into html.cjs (loaded for the first
// web page; see SCRIPTS), and the --jobs worker process's into dist/bundle/worker.cjs, and records
// V8's code cache for each (dist/bundle/*.cjs.cache); bin/newsq.js runs them (src/cli/pool.ts forks it as a worker). Part of
// `npm run build`, `prepare` and `pretest`, after tsc.
//
// Why: a one-article run spent ~100 ms resolving, reading, compiling and linking ~120 small ES
// modules, and as much again compiling functions on their first call. One script loads in one read,
// and with the code cache its functions arrive compiled. Node 20 has a code cache only for scripts
// (vm.Script cachedData), hence CommonJS. A worker paid the same start-up as the main process (~0.25
// CPU-s to load its modules, then compiling on its first document). The library (dist/index.js) is
// not bundled: it runs from dist/ as before.
//
//   - Packages stay outside and load as before (lazily required ones stay lazy), except commander,
//     which every command needs (its 7 files join the code cache; its node:child_process is required
//     when first used, see lazyChildProcess), and the ES-module-only ones the
//     CLI imports, which a script cannot require on every Node 20: chalk, string-width, wrap-ansi.
//   - A dynamic import() of our own module becomes a lazily run part of the script, so what was
//     loaded only when needed (the HTML stack's glue, reports, training) still runs only then.
//     progress.js awaits at its top level, which a script cannot: it stays an ES module, imported
//     from dist/cli/ when a progress bar is shown, through `__import`, a function bin/newsq.js
//     passes in (an import() of the script itself would fail once its code comes from the cache:
//     "A dynamic import callback was not specified").
//   - Each module's `import.meta.url` becomes the URL of its own file in dist/, so the paths built
//     from it (../../models/..., ../package.json, ./worker.js) mean what they meant.
//   - The code cache comes from a real run (`analyze --json` on fixtures/belarus-2020-08-18.txt,
//     NEWSQ_CODE_CACHE=write; for the worker, one such task sent to a worker forked as the pool forks
//     it, with its V8 flags), so it holds the functions such a run compiles. V8 refuses a cache from
//     another V8 version or other flags, and bin/newsq.js ignores one older than the script: the
//     script then compiles as usual.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { execFileSync, fork } from 'node:child_process';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'dist/bundle');
const dist = resolve(root, 'dist') + sep;
const BUNDLED_PACKAGES = new Set(['commander', 'chalk', 'string-width', 'wrap-ansi']);
/** Our modules that stay ES modules (top-level await): the import names them in dist/cli/. */
const KEEP_AS_MODULES = new Set(['progress.js']);
/**
 * Scripts of their own, each with its own code cache, loaded when first imported (bin/newsq.js's
 * __script): the web-page reader (dist/io/page.js with linkedom and Readability, ~120 files to
 * resolve and compile) costs a text-only run nothing, and a web page's run ~100 ms less.
 * name -> [entry in dist/, the packages bundled into it].
 */
const SCRIPTS = { html: ['io/page.js', ['linkedom', '@mozilla/readability']] };

const pluginFor = (packages, scripts) => ({
  name: 'newsq-cli',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (args.path.startsWith('.')) {
        const file = resolve(args.resolveDir, args.path);
        if (file.startsWith(dist) && KEEP_AS_MODULES.has(file.split(sep).pop())) {
          return { path: relative(outdir, file).split(sep).join('/'), external: true };
        }
        const script = scripts && Object.keys(SCRIPTS).find((name) => file === resolve(dist, SCRIPTS[name][0]));
        if (script) return { path: `newsq-script:${script}`, external: true };
        return undefined;
      }
      // packages (and node: built-ins) stay outside unless listed, or needed by a bundled package
      if (packages.has(args.path) || args.importer.includes(`${sep}node_modules${sep}`) && !args.path.startsWith('node:')) return undefined;
      return { path: args.path, external: true };
    });
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      if (args.path.endsWith(`${sep}commander${sep}lib${sep}command.js`)) return { contents: lazyChildProcess(source), loader: 'js' };
      if (!args.path.startsWith(dist) || !source.includes('import.meta.url')) return undefined;
      // src/cli/run.ts and options.ts require commander at once: a plain require, which esbuild follows
      source = source.replaceAll("createRequire(import.meta.url)('commander')", "require('commander')");
      const url = `require('node:url').pathToFileURL(__dirname + ${JSON.stringify('/' + relative(outdir, args.path).split(sep).join('/'))}).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
});

/**
 * commander requires node:child_process at its top, for subcommands that are separate executables
 * (newsq has none); with it come node:net and more, ~5 ms of every run's start. In the bundle it is
 * required on the first spawn instead. A commander whose source no longer matches stops the build.
 */
function lazyChildProcess(source) {
  const line = "const childProcess = require('node:child_process');";
  if (!source.includes(line) || /childProcess\.(?!spawn\()/.test(source)) throw new Error('bundle: commander no longer requires node:child_process as expected (lazyChildProcess)');
  return source.replace(line, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
}

await rm(outdir, { recursive: true, force: true });
const options = {
  absWorkingDir: root,
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  // Minified (~20% less to read and parse, ~10 ms of a one-article run); keepNames keeps every
  // function's and class's .name (commander names its errors by their class). For a profile with
  // newsq's own names, run from dist/: NEWSQ_BUNDLE=0.
  minify: true,
  keepNames: true,
  logLevel: 'warning',
};
await build({ ...options, entryPoints: { newsq: 'dist/cli/main.js', worker: 'dist/cli/worker.js' }, plugins: [pluginFor(BUNDLED_PACKAGES, true)] });
for (const [name, [entry, packages]] of Object.entries(SCRIPTS)) {
  await build({ ...options, entryPoints: { [name]: `dist/${entry}` }, plugins: [pluginFor(new Set([...BUNDLED_PACKAGES, ...packages]), false)] });
}

// import() of our kept ES modules -> __import(their URL), of a script of its own -> __script(its
// name); no other import() may be left
for (const name of ['newsq', 'worker', ...Object.keys(SCRIPTS)]) {
  const out = resolve(outdir, `${name}.cjs`);
  const code = (await readFile(out, 'utf8'))
    .replace(/\bimport\("(\.\.\/cli\/[\w-]+\.js)"\)/g, (_, spec) =>
      `__import(require("node:url").pathToFileURL(require("node:path").resolve(__dirname, ${JSON.stringify(spec)})).href)`)
    .replace(/\bimport\("newsq-script:(\w+)"\)/g, (_, script) => `__script(${JSON.stringify(script)})`);
  if (/\bimport\(/.test(code)) throw new Error(`bundle: an import() is left in ${out}`);
  await writeFile(out, code);
}

// --help and --version run the same script as help.cjs, with a code cache of their own: the one of an
// analysis holds none of the help's functions, and one script caching both would be larger for both.
await writeFile(resolve(outdir, 'help.cjs'), await readFile(resolve(outdir, 'newsq.cjs')));

// The code caches: from one run of the bundled CLI (a text file and a web page: newsq.cjs and
// html.cjs), one of its help, and one task in a bundled worker.
const page = resolve(root, 'fixtures/html/belarus-2020-08-18.html');
for (const args of [['analyze', '--json', '--jobs', '1', resolve(root, 'fixtures/belarus-2020-08-18.txt'), page], ['--help']]) {
  execFileSync(process.execPath, [resolve(root, 'bin/newsq.js'), ...args], {
    cwd: root,
    env: { ...process.env, NEWSQ_CODE_CACHE: 'write' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const reference = resolve(root, 'fixtures/belarus-2020-08-18.txt');
const { WORKER, WORKER_ARGS, WORKER_FLAGS } = await import(pathToFileURL(resolve(root, 'dist/cli/pool.js')).href);
const { commandSpec } = await import(pathToFileURL(resolve(root, 'dist/commands.js')).href);
const spec = commandSpec('analyze');
const child = fork(WORKER, WORKER_ARGS, {
  execArgv: WORKER_FLAGS, env: { ...process.env, NEWSQ_CODE_CACHE: 'write' }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced',
});
const exited = new Promise((resolve_) => child.once('exit', resolve_));
await new Promise((resolve_, reject) => {
  child.once('error', reject);
  child.once('exit', (code) => reject(new Error(`bundle: the worker ended (${code}) before its task was done`)));
  child.on('message', (m) => {
    if ('ready' in m) {
      const text = readFileSync(reference, 'utf8');
      const task = { source: reference, text, command: 'analyze', analyze: { stages: spec.stages, summary: {}, keepSentences: spec.fields.includes('sentences') }, filters: {} };
      child.send({ task, json: true });
    } else if ('error' in m) reject(new Error(`bundle: the worker failed: ${m.error}`));
    else resolve_();
  });
});
child.disconnect(); // the worker exits, writing its cache
const code = await exited;
if (code !== 0) throw new Error(`bundle: the worker ended with ${code}`);
