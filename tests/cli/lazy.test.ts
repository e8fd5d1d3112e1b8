// `newsq tokens` (and --help, --version) must not pay for the NLP models: the NER model is read only
// by the stages that find entities.
import { describe, expect, test, vi } from 'vitest';
import { cli } from '../helpers/cli.js';
import * as modelIo from '../../src/ner/model-io.js';

vi.mock('../../src/ner/model-io.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ner/model-io.js')>();
  return { ...original, loadNerModel: vi.fn(original.loadNerModel) };
});

describe('lazy models', () => {
  test('help, version and tokens never load the NER model; entities does', async () => {
    const load = vi.mocked(modelIo.loadNerModel);
    await cli(['--help']);
    await cli(['--version']);
    expect((await cli(['tokens', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'])).status).toBe(0);
    expect(load).not.toHaveBeenCalled();
    expect((await cli(['entities', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'])).status).toBe(0);
    expect(load).toHaveBeenCalled();
  });
});
