// `newsq tokens` (and --help, --version) must not pay for the NLP models: the NER model is read only
// by the stages that find entities.
import { afterAll, describe, expect, test, vi } from 'vitest';

vi.mock('../../src/ner/model-io.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ner/model-io.js')>();
  return { ...original, loadNerModel: vi.fn(original.loadNerModel) };
});

// Test files share one module graph per worker (vitest.config.ts, isolate: false), where an earlier
// file may have imported the CLI with the real model-io. This file imports it afresh, under the mock,
// and leaves a fresh graph without the mock to the files after it.
afterAll(() => {
  vi.doUnmock('../../src/ner/model-io.js');
  vi.resetModules();
});

describe('lazy models', () => {
  test('help, version and tokens never load the NER model; entities does', async () => {
    vi.resetModules();
    const { cli } = await import('../helpers/cli.js');
    const load = vi.mocked((await import('../../src/ner/model-io.js')).loadNerModel);
    expect(vi.isMockFunction(load)).toBe(true);
    await cli(['--help']);
    await cli(['--version']);
    expect((await cli(['tokens', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'])).status).toBe(0);
    expect(load).not.toHaveBeenCalled();
    expect((await cli(['entities', '--jobs', '1', 'fixtures/belarus-2020-08-18.txt'])).status).toBe(0);
    expect(load).toHaveBeenCalled();
  });
});
