// The help notes are wrapped without wrap-ansi (src/cli/run.ts, wrapWords) so that `newsq --help`
// starts fast; the result must be wrap-ansi's, at every width.
import { describe, expect, test } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { wrapWords } from '../../src/cli/run.js';
import { PROGRAM } from '../../src/commands.js';

describe('help notes', () => {
  test('wrapWords wraps plain text as wrap-ansi does, at every width', () => {
    const texts = [...PROGRAM.notes, 'a bb ccc dddd', 'averyveryverylongword and short ones', 'x'];
    for (const text of texts) {
      for (let width = 1; width <= 200; width++) {
        expect(wrapWords(text, width), `${width}: ${text.slice(0, 20)}`).toBe(wrapAnsi(text, width, { hard: false, trim: true }));
      }
    }
  });
});
