// The shipped models by name: `--model open|default`, analyze(text, { model }) and newsq --version.
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadNerModel, modelFile, SHIPPED_MODELS } from '../../src/ner/model-io.js';
import { analyze } from '../../src/index.js';
import { cli } from '../helpers/cli.js';

describe('shipped models by name', () => {
  test('names resolve to the shipped files; anything else is a path', () => {
    expect(modelFile('open')).toBe(fileURLToPath(SHIPPED_MODELS.open));
    expect(modelFile('default')).toBe(fileURLToPath(SHIPPED_MODELS.default));
    expect(modelFile()).toBe(fileURLToPath(SHIPPED_MODELS.default));
    expect(modelFile('./open')).toBe('./open');
    expect(modelFile('toString')).toBe('toString');
  });

  test('the open model is trained without CoNLL-2003; the default with it', () => {
    expect(loadNerModel('open').info.trainedOn).not.toContain('eng.train');
    expect(loadNerModel('default').info.trainedOn).toContain('eng.train');
    expect(loadNerModel('default')).toBe(loadNerModel());
  });

  test('analyze takes a model name', () => {
    const text = 'Svetlana Tikhanovskaya fled to Lithuania on Tuesday.';
    for (const model of ['open', 'default']) {
      const names = analyze(text, { stages: ['entities'], model }).entities!.map((e) => `${e.type}:${e.name}`);
      expect(names).toEqual(['person:Svetlana Tikhanovskaya', 'place:Lithuania']);
    }
  });

  test('newsq --version says which model is the default and the terms of each', async () => {
    const r = await cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/default \(used when --model is not given\): .*research use only/);
    expect(r.stdout).toMatch(/open: .*permissively licensed/);
  });

  test('--model open works on the command line', async () => {
    const r = await cli(['entities', '--model', 'open', '--json', 'fixtures/belarus-2020-08-18.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Lukashenko');
  });
});
