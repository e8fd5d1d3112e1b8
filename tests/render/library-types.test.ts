// The library's types say what is there: analyze(text) gives every field, toJson(report, source,
// command) the fields of that command (COMMAND_FIELDS, held here to the commands table), and key
// people are ids in the Report and names in the JSON, with keyPeopleNames() between the two. The
// README's example is examples/library.ts, which the slow set type-checks with strict tsc against
// the package's own published types (library-types.slow.test.ts).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze, keyPeopleNames, toJson, COMMAND_FIELDS, COMMANDS } from '../../src/index.js';

const text = readFileSync('fixtures/belarus-2020-08-18.txt', 'utf8');

describe('library types', () => {
  test('COMMAND_FIELDS are the fields of the commands table', () => {
    for (const [name, fields] of Object.entries(COMMAND_FIELDS)) {
      expect(COMMANDS.find((c) => c.name === name)?.fields, name).toEqual(fields);
    }
  });

  test('analyze(text) has every field; toJson has its command\'s', () => {
    const report = analyze(text);
    expect(report.entities.length).toBeGreaterThan(0);
    expect(report.quotes.length).toBeGreaterThan(0);
    expect(report.summary.sentences.length).toBeGreaterThan(0);
    for (const [command, fields] of Object.entries(COMMAND_FIELDS)) {
      const doc = toJson(report, 'a.txt', command as keyof typeof COMMAND_FIELDS);
      for (const f of fields) expect(doc[f], `${command}.${f}`).toBeDefined();
    }
  });

  test('key people: ids in the Report, names in the JSON, keyPeopleNames() the same names', () => {
    const report = analyze(text);
    expect(report.summary.keyPeople.every((id) => report.entities.some((e) => e.id === id))).toBe(true);
    expect(keyPeopleNames(report)).toEqual(toJson(report, 'a.txt', 'summary').keyPeople);
    expect(keyPeopleNames(report)).toContain('Alexander Lukashenko');
  });

  test('the README shows examples/library.ts as it is', () => {
    const example = readFileSync('examples/library.ts', 'utf8');
    expect(readFileSync('README.md', 'utf8')).toContain('```ts\n' + example + '```');
  });
});
