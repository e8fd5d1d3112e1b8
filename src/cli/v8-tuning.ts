// V8 settings for the CLI's own processes (the main process and the --jobs workers), set before any
// of newsq's code runs: this module is the first import of src/cli/main.ts and src/cli/worker.ts.
// The library never imports it, so `analyze()` used from Node leaves its host's V8 flags alone.
//
// Why: V8 optimises a function after it has spent an "interrupt budget" of bytecode a few times
// (66 KB each by default). newsq's hot functions see many object shapes before their feedback
// settles, so at the default they are optimised early, de-optimised ("wrong map") and compiled
// again: on news1m (479 articles) 435 TurboFan compiles took ~2.8 CPU-s on V8's background threads
// for ~4 s of work on the main thread, so that one process kept 1.7 cores busy and two processes could
// not run faster than one on two cores. Optimising later, on more feedback, needs a third as many
// compiles and about the same main-thread time. The flag is read when a function's budget is
// (re)set, so setting it at start-up, before newsq's modules run, takes effect for all of them.
//
// A flag given on node's own command line (`node --interrupt-budget=N bin/newsq.js`) wins. The run
// that writes the bundle's code cache (scripts/bundle.mjs, NEWSQ_CODE_CACHE=write) keeps V8's
// defaults while it writes it: V8 takes a code cache only under the flags it was made with, and
// bin/newsq.js loads the cache before this module runs (with this flag set at the write, every later
// run refused the cache).
import v8 from 'node:v8';

/** Bytecode executed between optimisation checks of a function (V8's default: 66 KB). */
export const INTERRUPT_BUDGET = 600_000;

function tune(): void {
  if (!process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

// A script loaded later in a run (html.cjs, for the first web page) compiles under the tuned flag,
// so its cache must be written under it too: in the writing run the flag is set at exit, after
// bin/newsq.js has written the bundle's own cache (its exit handler was registered before this one)
// and before it writes the later scripts' (theirs come after).
if (process.env.NEWSQ_CODE_CACHE === 'write') process.once('exit', tune);
else tune();
