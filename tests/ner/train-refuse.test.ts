// A training file with no labelled sentence (prose, a README) is refused: exit 1 and one line naming
// the file, never a "successful" empty model.
import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { NoLabelledDataError, trainNer } from '../../src/ner/train.js';

describe('train-ner refuses data without labels', () => {
  test.each(['README.md', 'fixtures/belarus-2020-08-18.txt'])('%s', async (file) => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsq-ner-')), 'x.bin');
    const r = await cli(['train-ner', '--data', file, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain('no labelled sentence');
    expect(existsSync(out)).toBe(false);
  });

  test('the library throws an error that names the file', () => {
    expect(() => trainNer({ files: ['README.md'], clusters: null, epochs: 1 })).toThrow(NoLabelledDataError);
  });

  test('a labelled file among them is not enough: each file must hold labels', () => {
    expect(() => trainNer({ files: ['fixtures/ner-tiny.conll', 'README.md'], clusters: null, epochs: 1 })).toThrow(/README\.md: no labelled sentence/);
  });
});
