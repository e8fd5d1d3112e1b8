// `node --import ./tests/helpers/trace-loads.mjs bin/newsq.js …` prints on stderr every module the
// process loads, one "loaded: <url or path>" a line: ES modules from a load hook as they load, and
// CommonJS modules (require.cache) at exit. For tests/cli/lazy.test.ts: what a run does not need,
// it must not load.
import { createRequire, register } from 'node:module';

register('data:text/javascript,export async function load(url, context, next) { process.stderr.write("loaded: " + url + "\\n"); return next(url, context); }');
const require = createRequire(import.meta.url);
process.on('exit', () => {
  for (const path of Object.keys(require.cache)) process.stderr.write(`loaded: ${path}\n`);
});
