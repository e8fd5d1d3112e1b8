// GNU parallel sharding a JSON Lines corpus across processes (`parallel --pipe ... newsq analyze
// --input jsonl`) gives, record by record, what one process gives. CI installs `parallel`
// (.ci/run); elsewhere the test is skipped with a note when the command is missing.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { spawnAsync } from '../helpers/spawn.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('note: GNU parallel is not installed; skipping the parallel --pipe test (apt-get install parallel)');

/** A JSONL corpus from the fixtures: each article several times under different ids. */
function corpus(): string {
  const files = ['fixtures/belarus-2020-08-18.txt', 'fixtures/corpus/a-short.txt', 'fixtures/corpus/nested/b-markdown.md'];
  const lines: string[] = [];
  for (let copy = 0; copy < 8; copy++) {
    for (const f of files) lines.push(JSON.stringify({ id: `${f}#${copy}`, text: readFileSync(f, 'utf8'), copy }));
  }
  return lines.join('\n') + '\n';
}

describe.skipIf(!hasParallel)('GNU parallel --pipe', () => {
  test('sharded output equals a single-process run, record by record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsq-parallel-'));
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, corpus());
    const newsq = `node ${join(process.cwd(), 'bin', 'newsq.js')} analyze --input jsonl --jobs 1`;
    const single = await spawnAsync('sh', ['-c', `${newsq} < ${input}`]);
    expect(single.status).toBe(0);
    // Small blocks so that the 24 records really are split over several newsq processes.
    const sharded = await spawnAsync('sh', ['-c', `parallel --pipe --block 20k -j 2 --keep-order ${newsq} < ${input}`]);
    expect(sharded.status).toBe(0);
    const byId = (out: string) => new Map(out.trim().split('\n').map((l) => { const d = JSON.parse(l); return [d.source, l]; }));
    const a = byId(single.stdout);
    const b = byId(sharded.stdout);
    expect(a.size).toBe(24);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [id, line] of a) expect(b.get(id), id).toBe(line);
  });
});
