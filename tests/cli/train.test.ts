// Users train their own model and use it: `newsq train-ner` then `--model` on any command.
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
  }, 60_000);

  test('a missing training file or model is a clear error', async () => {
    const missing = await cli(['train-ner', '--data', 'nope.conll', '--out', join(tmpdir(), 'x.bin')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('newsq: nope.conll: no such file or directory\n');
    const bad = await cli(['entities', '--model', 'fixtures/belarus-2020-08-18.txt', 'fixtures/corpus/a-short.txt']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^newsq: --model fixtures\/belarus-2020-08-18\.txt: not a newsq NER model/);
  });
});
