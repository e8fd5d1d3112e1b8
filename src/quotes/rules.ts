// Every attribution rule of the quotes stage, in the order the stage tries them: the index a reader
// (or a test) walks to see how a quote got its speaker. A quote's `rule` is one of these ids.
//
//   "They demand new elections," Lukashenko said.   → rule "after:subject-verb"
//   "It will take years."  (after that one)        → rule "inherit:previous-quote"
import { QUOTE_RULES } from './attribute.js';
import { AFTER_RULES } from './speaker-after.js';
import { BEFORE_CUE_RULES, BEFORE_STEPS } from './speaker-before.js';
import { INHERIT_RULES, MULTI_PARAGRAPH } from './inherit.js';
import { INDIRECT_RULES } from './indirect.js';
import { FLOATING } from './find.js';
import { NAMED_ANSWER, QA_ANSWER } from './interview.js';
import type { RuleInfo } from './rule.js';

const info = ({ id, reason, example, speaker }: RuleInfo): RuleInfo => ({ id, reason, example, speaker });

/** The rule tables by stage. Entries "after" and "before" of the quote rules stand for their families. */
export const RULE_TABLES: Record<string, RuleInfo[]> = {
  quote: QUOTE_RULES.map(info),
  after: AFTER_RULES.map(info),
  before: [...BEFORE_CUE_RULES.map(info), ...BEFORE_STEPS],
  inherit: [MULTI_PARAGRAPH, ...INHERIT_RULES.map(info)],
  indirect: INDIRECT_RULES.map(info),
  floating: [FLOATING],
  layout: [QA_ANSWER, NAMED_ANSWER],
};

export const ALL_RULES: RuleInfo[] = Object.values(RULE_TABLES).flat();
