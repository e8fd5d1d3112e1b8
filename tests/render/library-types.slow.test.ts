// The README's TypeScript example (examples/library.ts) compiles under strict tsc against the
// package's published types: `import ... from 'newsq'` resolves through package.json "exports" to
// dist/index.d.ts, as in a user's project.
import { expect, test } from 'vitest';
import { spawnAsync } from '../helpers/spawn.js';

test('examples/library.ts type-checks against dist/index.d.ts', async () => {
  const r = await spawnAsync('node', ['node_modules/typescript/bin/tsc', '-p', 'examples/tsconfig.json']);
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});
