// Users train their own model and use it: `newsq train-ner` then `--model` on any command, in this
// process and in worker processes. Slow: training loads the word lists, and --jobs 2 forks workers.
// The errors of train-ner and --model are in train.test.ts.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, jsonLines } from '../helpers/cli.js';

describe('train-ner and --model', () => {
  test('a model trained on a tiny corpus is written, and --model uses it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsq-model-')), 'tiny.bin');
    const trained = await cli(['train-ner', '--data', 'fixtures/ner-tiny.conll', '--out', out, '--epochs', '3']);
    expect(trained.status).toBe(0);
    expect(trained.stderr).toContain(`model written to ${out}`);
    expect(existsSync(out)).toBe(true);

    // The tiny model sees the reference article very differently from the shipped one, in this
    // process (--jobs 1) and in worker processes alike (--jobs 2: the second document runs in a worker).
    const REF = 'fixtures/belarus-2020-08-18.txt';
    const names = (doc: { entities: Array<{ name: string; type: string }> }) => doc.entities.map((e) => `${e.type}:${e.name}`).sort();
    const shipped = names(jsonLines((await cli(['entities', '--json', '--jobs', '1', REF])).stdout)[0]);
    const mine = jsonLines((await cli(['entities', '--json', '--jobs', '2', '--model', out, REF, REF])).stdout).map(names);
    expect(mine[0]).not.toEqual(shipped);
    expect(mine[1]).toEqual(mine[0]);
  });
});
