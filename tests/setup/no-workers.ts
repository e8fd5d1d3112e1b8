// The fast set (vitest.config.ts) runs the CLI in this process only: a test that would start the
// worker pool (--jobs 2, or a helper call that lost its default --jobs 1) fails here with a message
// saying where it belongs, instead of quietly forking a process per core.
import { vi } from 'vitest';

vi.mock('../../src/cli/pool.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/cli/pool.js')>()),
  WorkerPool: class {
    constructor() {
      throw new Error('the worker pool (--jobs > 1) is for the slow set: run the CLI with --jobs 1, or move the test to a *.slow.test.ts file');
    }
  },
}));
