// The shape of an attribution rule, and the one engine that runs a table of them: rules are tried in
// order and the first that answers wins. Each rule carries an id (recorded on the quote it
// attributes, so a user can see why), the reason it exists, and an example input that a test runs
// through the whole quotes stage to check that this very rule answers it.
//
//   { id: 'after:subject-verb', reason: 'the common news tag', example: '"We will win," Lukashenko said.', find }
import type { Found } from './subject.js';

export interface Rule<C, A extends { rule?: string } = Found> {
  id: string;
  reason: string;
  /** A body paragraph whose first quote this rule attributes (tests/quotes/rules.test.ts checks it). */
  example: string;
  /** The speaker mention the example must give, as written. */
  speaker: string;
  find: (ctx: C) => A | null;
}

/** The answer of the first rule that answers, stamped with its id (a family's own id, if it set one). */
export function firstAnswer<C, A extends { rule?: string }>(rules: ReadonlyArray<Rule<C, A>>, ctx: C): A | null {
  for (const rule of rules) {
    const f = rule.find(ctx);
    if (f) return f.rule ? f : { ...f, rule: rule.id };
  }
  return null;
}

/** What a test needs of any rule table. */
export type RuleInfo = Pick<Rule<unknown>, 'id' | 'reason' | 'example' | 'speaker'>;
