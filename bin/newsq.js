#!/usr/bin/env node
// Starts the CLI. A command that reads documents runs from the bundle, dist/bundle/newsq.cjs, with
// V8's code cache for it (both written by scripts/bundle.mjs in `npm run build`): one file to read
// and functions that arrive compiled, instead of ~120 ES modules to resolve, link and compile.
// --help and --version need only a few small modules, so they (and any run without a current
// bundle: none, one older than dist/cli/main.js because tsc ran alone, or NEWSQ_BUNDLE=0) run
// dist/cli/main.js as ES modules. A code cache older than the bundle is not used; one that V8
// refuses (another Node version, other V8 flags) is ignored by V8: the script compiles as usual.
import { readFileSync, statSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
/** What may only print help or the version (as src/cli/run.ts decides it, and -V). */
const helpOrVersion = args.length === 0 || args.some((a) => a === 'help' || a === '--help' || a === '--version' || /^-[^-]*[hV]/.test(a));

/** Modification time, or -1 when the file is missing. */
const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;

async function bundled() {
  const bundle = new URL('../dist/bundle/newsq.cjs', import.meta.url);
  const cache = new URL('../dist/bundle/newsq.cjs.cache', import.meta.url);
  const made = mtime(bundle);
  if (made < 0 || made < mtime(new URL('../dist/cli/main.js', import.meta.url))) return null;
  const [{ createRequire }, { dirname }, { fileURLToPath }, { default: vm }] = await Promise.all([
    import('node:module'), import('node:path'), import('node:url'), import('node:vm'),
  ]);
  const filename = fileURLToPath(bundle);
  const write = process.env.NEWSQ_CODE_CACHE === 'write';
  const cachedData = !write && mtime(cache) >= made ? readFileSync(cache) : undefined;
  // CommonJS's wrapper, and __import: the script's import() of the modules that stay ES modules
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __import) {${readFileSync(bundle, 'utf8')}\n})`, { filename, cachedData });
  if (write) process.once('exit', () => writeFileSync(cache, script.createCachedData()));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename), (url) => import(url));
  return module.exports;
}

const cli = (!helpOrVersion && process.env.NEWSQ_BUNDLE !== '0' && (await bundled())) || (await import('../dist/cli/main.js'));
cli.main();
