// `newsq train-ner` and `--model`: their errors. Training a model and using it, in this process and
// in worker processes, is train.slow.test.ts.
import { describe, expect, test } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';

describe('train-ner and --model', () => {
  test('a missing training file or model is a clear error', async () => {
    const missing = await cli(['train-ner', '--data', 'nope.conll', '--out', join(tmpdir(), 'x.bin')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('newsq: nope.conll: no such file or directory\n');
    const bad = await cli(['entities', '--model', 'fixtures/belarus-2020-08-18.txt', 'fixtures/corpus/a-short.txt']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^newsq: --model fixtures\/belarus-2020-08-18\.txt: not a newsq NER model/);
  });
});
