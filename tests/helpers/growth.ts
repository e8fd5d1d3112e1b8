// Linear time as a ratio measured in the same test, never as an absolute time: the work at 4× the
// size may take at most 8× as long as at 1× (linear code takes about 4×, a quadratic stage 16×).
// Time is this process's CPU time, not the wall clock: on a shared machine the wall clock also counts
// the time other processes hold the cores, which swung these ratios from 2 to 11 under load, while
// CPU time stayed within 4 ± 1. Used by the slow set (*.slow.test.ts).

/** CPU seconds (user + system, this process) that fn takes. */
export function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

/** Best of three timings: a burst of garbage collection or JIT work inflates one run, rarely all three. */
const best = (fn: () => void) => Math.min(cpuSeconds(fn), cpuSeconds(fn), cpuSeconds(fn));

/**
 * How many times longer work(4n) takes than work(n). `prepare(n)` builds the input and returns the
 * work to time, so that building inputs is not timed. After a warm-up, n doubles until the run at n
 * takes `minSeconds`, so that timer noise cannot pass for growth.
 */
export function growth(prepare: (n: number) => () => void, n: number, minSeconds = 0.05): number {
  prepare(Math.max(1, n >> 4))();
  let small = best(prepare(n));
  while (small < minSeconds && n < 2_000_000) {
    n *= 2;
    small = best(prepare(n));
  }
  return best(prepare(4 * n)) / small;
}

/** The bound every growth() ratio is held to: between linear (4) and quadratic (16). */
export const LINEAR = 8;
