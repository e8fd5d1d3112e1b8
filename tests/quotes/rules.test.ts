// Every attribution rule's example, run through the whole quotes stage, is attributed by that very
// rule and names the expected speaker mention. Adding a rule is one table entry plus its example.
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { findQuotes } from '../../src/pipeline/04-quotes.js';
import { ALL_RULES, RULE_TABLES } from '../../src/quotes/rules.js';

describe('attribution rules', () => {
  test('ids are unique and every rule has a reason and an example', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.reason.length, r.id).toBeGreaterThan(10);
      expect(r.example.length, r.id).toBeGreaterThan(10);
    }
  });

  for (const [table, rules] of Object.entries(RULE_TABLES)) {
    for (const rule of rules) {
      test(`${table}: ${rule.id} answers its own example`, () => {
        const quotes = findQuotes(read(`Headline\n\n${rule.example}`), []);
        // A family entry ("after", "before") answers through one of its members ("after:subject-verb").
        const mine = quotes.filter((q) => q.rule === rule.id || q.rule?.startsWith(`${rule.id}:`));
        expect(mine.map((q) => q.rule), `${rule.id}: got ${JSON.stringify(quotes.map((q) => [q.rule, q.speakerMention?.text]))}`).not.toHaveLength(0);
        // A floating quote has no mention: its speaker is the name itself.
        expect(mine[0].speakerMention?.text ?? mine[0].speaker).toBe(rule.speaker);
      });
    }
  }
});
