// Terminal tables fit the terminal: every command at 80 columns, paths shortened from the left, names
// kept on one line when there is room, columns hidden (and said so) only when nothing else fits.
// Markdown aligns numbers right and text left; `tokens` shows every token with its offsets.
import { beforeAll, describe, expect, test } from 'vitest';
import { layout, loadTable, renderTable, shortenPath } from '../../src/render/table.js';
import { corpusRows, entityRows } from '../../src/render/rows.js';
import { paintFor } from '../../src/cli/output.js';
import type { NewsqDoc } from '../../src/render/contract.js';
import { cli } from '../helpers/cli.js';
import { inTerminal, screen, widest } from '../helpers/terminal.js';
import stringWidth from 'string-width';

const plain = await paintFor(false, {}, true);

// The terminal view's packages load on demand (the CLI loads them only for tables).
beforeAll(() => loadTable());
const REF = 'fixtures/belarus-2020-08-18.txt';

describe('shortenPath', () => {
  test('whole segments from the right, then the end of the name', () => {
    const p = '../shared/data/bench/news1m/bbc-politics-025.txt';
    expect(shortenPath(p, 100)).toBe(p);
    expect(shortenPath(p, 30)).toBe('…/news1m/bbc-politics-025.txt');
    expect(shortenPath(p, 22)).toBe('…/bbc-politics-025.txt');
    expect(shortenPath(p, 10)).toBe('…s-025.txt');
  });
});

const speakers = (n: number) => corpusRows({
  kind: 'speakers',
  items: Array.from({ length: n }, (_, i) => ({
    speaker: i % 2 ? 'Alexander Lukashenko' : 'the Department of Agriculture', type: i % 2 ? 'person' : 'organization',
    quotes: 120 + i, articles: 14, first: `../shared/data/bench/news1m/bbc-politics-${String(i).padStart(3, '0')}.txt`,
    last: `../shared/data/bench/news1m/reuters-${String(i).padStart(5, '0')}.txt`,
    sample: 'We will not stop, and we will not be silenced by anyone, whatever they threaten us with.',
  })),
});

describe('layout', () => {
  test.each([40, 60, 80, 100, 120, 200])('the speakers table at %i columns is no wider', (width) => {
    const out = renderTable(speakers(4), width, plain);
    expect(widest(out.split('\n'))).toBeLessThanOrEqual(width);
  });

  test('at 80 columns the file name shows, from the left', () => {
    const out = renderTable(speakers(2), 80, plain);
    expect(out).toContain('…/bbc-politics-000.txt');
    expect(out).toContain('hidden at 80 columns');
  });

  test('at 200 columns every column shows', () => {
    const out = renderTable(speakers(2), 200, plain);
    expect(out).toContain('news1m/reuters-00001.txt');
    expect(out).not.toContain('hidden');
  });

  test('a name has its whole width when the table has room for it', () => {
    const doc = { schema: 'newsq/1', source: 'a', entities: [{ id: 'e1', name: 'Alexander Lukashenko', type: 'person', count: 14,
      aliases: ['Alexander Lukashenko', 'Lukashenko', 'Alexander Grigoryevich Lukashenko', 'the president of Belarus'], mentions: [], references: [], gender: 'male' }] } as NewsqDoc;
    const set = entityRows(doc);
    const { widths } = layout(set, 80);
    expect(widths[0]).toBeGreaterThanOrEqual(stringWidth('Alexander Lukashenko') + 2);
    expect(renderTable(set, 80, plain)).toContain('Alexander Lukashenko');
  });
});

describe('every command in an 80-column terminal', () => {
  test.each(['analyze', 'entities', 'quotes', 'summary', 'tokens'])('%s: no table line wider than 80', async (command) => {
    const { raw } = await inTerminal([command, '--jobs', '1', REF]);
    const lines = screen(raw).filter((l) => !l.startsWith('https://')); // the url is left whole, to stay clickable
    expect(widest(lines)).toBeLessThanOrEqual(80);
    if (command === 'entities') expect(lines.some((l) => l.includes('Alexander Lukashenko'))).toBe(true);
  }, 60_000);

  test('speakers: no line wider than 80, file names shown', async () => {
    const { raw } = await inTerminal(['speakers', '-q', '--jobs', '1', 'fixtures/corpus', REF]);
    const lines = screen(raw);
    expect(widest(lines)).toBeLessThanOrEqual(80);
    // The first article is the least source in code-point order (docs/output-contract.md): the reference article.
    expect(lines.join('\n')).toMatch(/…[\w/-]*2020-08-18\.txt/);
  }, 60_000);
});

describe('other formats', () => {
  test('markdown: numbers right, text left', async () => {
    const r = await cli(['entities', '--format', 'markdown', REF]);
    expect(r.stdout).toContain('| Name | Type | Mentions | Aliases |\n| :--- | :--- | ---: | :--- |');
  });

  test('tokens: one row per token with its offsets, in TSV and on a terminal', async () => {
    const tsv = await cli(['tokens', '-'], { stdin: 'Title\n\nPutin said so.' });
    expect(tsv.stdout.split('\n').slice(0, 3)).toEqual([
      'source\tsentence\tkind\ttoken\tstart\tend\ttext', '-\t1\ttitle\t1\t0\t5\tTitle', '-\t2\tparagraph\t1\t7\t12\tPutin']);
    const table = await cli(['tokens', '-'], { stdin: 'Title\n\nPutin said so.', stdoutIsTTY: true, env: { NO_COLOR: '1' }, columns: 80 });
    expect(table.stdout).toMatch(/│ 2 +│ paragraph │ 2 +│ 13 +│ 17 +│ said +│/);
  });
});
