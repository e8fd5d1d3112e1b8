// `npm test`: the fast set — unit, table-driven and in-process CLI tests, over fixtures/ only.
// The slow set (`npm run test:slow`, vitest.slow.config.ts) is every *.slow.test.ts: memory,
// linear-growth, worker-pool and GNU parallel tests. CI (.ci/run) runs both.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/**/*.slow.test.ts'],
    // Test files share one module graph per worker: chrono-node, linkedom, the NER model and the
    // keyword tables load once per worker, not once per file (the largest cost of this set when files
    // were isolated). A file that mocks a module imports what it tests after vi.resetModules(), as
    // tests/cli/lazy.test.ts does; no test may leave global state behind.
    isolate: false,
    // A test with no assertion cannot fail.
    expect: { requireAssertions: true },
    // No test here forks the worker pool (see the file).
    setupFiles: ['tests/setup/no-workers.ts'],
    // Time limits are for hangs, not speed: a loaded machine may be ten times slower than a quiet one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
