// `npm run test:slow`: the *.slow.test.ts files — peak memory of child processes, linear growth on
// hostile input, training, the worker pool (--jobs > 1), GNU parallel, the HTML report in Chromium. They spawn processes, train
// models and time large inputs. Speed is asserted only as ratios of CPU time measured in the same
// test (tests/helpers/growth.ts), never as absolute time; time limits are for hangs, and generous,
// so that a loaded machine is slow rather than failing. `npm test` is the fast set (vitest.config.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.slow.test.ts'],
    // A test with no assertion cannot fail.
    expect: { requireAssertions: true },
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
