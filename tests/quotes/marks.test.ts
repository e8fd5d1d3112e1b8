// Pairing quotation marks: every kind of mark, apostrophes that are not marks, nesting, strays, and
// a linear-time guarantee on pathological input.
import { describe, expect, test } from 'vitest';
import { pairMarks } from '../../src/quotes/marks.js';

/** The top-level quoted texts of a line (unclosed ones marked with a trailing "…"). */
function quoted(s: string): string[] {
  return pairMarks(s, 0, s.length)
    .filter((p) => p.depth === 0)
    .map((p) => s.slice(p.start, p.end) + (p.unclosed ? '…' : ''));
}

const CASES: Array<[string, string[]]> = [
  ['He said "we will win," and left.', ['we will win,']],
  ['He said “we will win,” and left.', ['we will win,']],
  ["He said ''we will win,'' and left.", ['we will win,']],
  ['Il a dit « nous gagnerons » hier.', [' nous gagnerons ']],
  ['Er sagte „wir gewinnen“ gestern.', ['wir gewinnen']],
  ["She called it 'a disgrace' on Monday.", ['a disgrace']],
  ['She called it ‘a disgrace’ on Monday.', ['a disgrace']],
  // apostrophes are not marks
  ["Lukashenko's rivals and the protesters' demands.", []],
  ["It was the '90s, rock 'n' roll, and 'em all.", []],
  ["“Lukashenko’s men don’t listen,” she said.", ['Lukashenko’s men don’t listen,']],
  ["'Lukashenko's men,' she said.", ["Lukashenko's men,"]],
  ['The voters’ anger grew.', []],
  // nested quotes of the other kind stay inside the outer one
  ['"He told me \'go home,\' and I did," she said.', ["He told me 'go home,' and I did,"]],
  ['“He said ‘no’ twice,” she said.', ['He said ‘no’ twice,']],
  // strays never swallow the rest
  ['He said "yes and "no" then.', ['no']],
  ['A 5" screen and "a quote" here.', ['a quote']],
  ['"Open and never closed', ['Open and never closed…']],
];

describe('pairMarks', () => {
  for (const [line, want] of CASES) test(line, () => expect(quoted(line)).toEqual(want));

  test('thousands of stray marks stay linear', () => {
    const junk = 'a " b “ c ” d \' e ‘ f ’ '.repeat(20000);
    const t0 = performance.now();
    pairMarks(junk, 0, junk.length);
    const openers = '“'.repeat(50000) + 'x' + '”';
    pairMarks(openers, 0, openers.length);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
