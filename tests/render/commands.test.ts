// One table drives the commands: the CLI's help and options, the fields of each newsq/1 object and
// the rows it renders all come from src/commands.ts, and its fields stay within the schema.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { COMMANDS } from '../../src/commands.js';
import { renderCorpus } from '../../src/render/corpus.js';
import { makeRenderer } from '../../src/render/document.js';
import { Chalk } from 'chalk';
import { cli } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync('schema/newsq-1.schema.json', 'utf8'));
const plain = new Chalk({ level: 0 });

describe('the commands table', () => {
  test('every command and its options reach the CLI help', async () => {
    const top = await cli(['--help']);
    for (const spec of COMMANDS) {
      expect(top.stdout).toContain(`${spec.name} [options] [inputs...]`);
      const own = await cli([spec.name, '--help']);
      expect(own.status).toBe(0);
      for (const o of spec.options) expect(own.stdout).toContain(o.flags);
    }
  });

  test('the fields the commands print are exactly the document fields of the schema', () => {
    const printed = new Set(['schema', 'source', 'text', ...COMMANDS.flatMap((c) => c.fields)]);
    expect([...printed].sort()).toEqual(Object.keys(schema.$defs.document.properties).sort());
  });

  test('an error record prints only in JSON; rows render from the table entry', () => {
    const entities = COMMANDS.find((c) => c.name === 'entities')!;
    const error = { schema: 'newsq/1' as const, source: 'gone.txt', error: { code: 'not-found', message: 'no such file' } };
    expect(makeRenderer(entities, 'tsv', plain, 100)(error)).toBe('');
    expect(makeRenderer(entities, 'json', plain, 100)(error)).toBe(JSON.stringify(error) + '\n');
    const doc = { schema: 'newsq/1' as const, source: 'a.txt', entities: [{ id: 'e1', name: 'Maria Kolesnikova', type: 'person' as const, count: 2, aliases: ['Maria Kolesnikova', 'Kolesnikova'], mentions: [] }] };
    expect(makeRenderer(entities, 'tsv', plain, 100)(doc)).toBe('source\tname\ttype\tmentions\taliases\na.txt\tMaria Kolesnikova\tperson\t2\tKolesnikova\n');
  });
});

describe('the corpus view', () => {
  test('JSON records carry schema newsq-corpus/1 and their kind first', () => {
    const out = renderCorpus({ kind: 'speakers', items: [{ speaker: 'Maria Kolesnikova', type: 'person', quotes: 1, articles: 1, first: 'a.txt', last: 'a.txt', sample: 'We will not stop,' }] }, 'json', plain, 100);
    expect(out).toBe('{"schema":"newsq-corpus/1","kind":"speaker","speaker":"Maria Kolesnikova","type":"person","quotes":1,"articles":1,"first":"a.txt","last":"a.txt","sample":"We will not stop,"}\n');
  });
});
