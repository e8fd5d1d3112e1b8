// Pairing quotation marks: every kind of mark, apostrophes that are not marks, nesting, strays, and
// pathological input (its linear time is checked in tests/robustness/hostile.slow.test.ts).
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

  test('thousands of stray marks: only the real pairs come out', () => {
    const junk = 'a " b “ c ” d \' e ‘ f ’ '.repeat(20000);
    const pairs = pairMarks(junk, 0, junk.length);
    expect(pairs).toHaveLength(20000);
    for (const p of pairs) expect(junk.slice(p.start, p.end)).toBe(' c ');
    const openers = '“'.repeat(50000) + 'x' + '”';
    expect(pairMarks(openers, 0, openers.length)).toMatchObject([{ open: 49999, start: 50000, end: 50001, close: 50002, depth: 0, unclosed: false }]);
  });
});
