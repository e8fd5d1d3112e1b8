// The corpus view's JSON (`speakers --json`, `entities --aggregate --json`) is the newsq-corpus/1
// contract: every record of a real run over the fixtures validates against its schema file.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { cli, jsonLines } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync('schema/newsq-corpus-1.schema.json', 'utf8'));
const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: true }).compile(schema);
const INPUTS = ['fixtures/corpus', 'fixtures/belarus-2020-08-18.txt', 'fixtures/html'];

describe('schema/newsq-corpus-1.schema.json', () => {
  test.each([[['speakers']], [['entities', '--aggregate']]])('newsq %j --json validates', async (command) => {
    const r = await cli([...command, '--json', ...INPUTS]);
    const records = jsonLines(r.stdout);
    expect(records.length).toBeGreaterThan(3);
    for (const record of records) {
      if (!validate(record)) throw new Error(`${JSON.stringify(record)}: ${JSON.stringify(validate.errors)}`);
    }
  }, 60_000);

  test('a record missing a field or of the other schema does not', () => {
    expect(validate({ schema: 'newsq-corpus/1', kind: 'speaker', speaker: 'X', type: 'person', quotes: 1, articles: 1, first: 'a', last: 'a' })).toBe(false);
    expect(validate({ schema: 'newsq/1', source: 'a.txt' })).toBe(false);
  });

});
