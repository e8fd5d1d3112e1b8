// A JSON Lines corpus made from the fixtures, for the cluster tests (Dask, GNU parallel across hosts):
// each article several times under different ids, so shards and partitions have something to split.
import { readFileSync } from 'node:fs';

const FILES = ['fixtures/belarus-2020-08-18.txt', 'fixtures/corpus/a-short.txt', 'fixtures/corpus/nested/b-markdown.md'];

export function jsonlCorpus(copies: number): string {
  const lines: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const f of FILES) lines.push(JSON.stringify({ id: `${f}#${copy}`, text: readFileSync(f, 'utf8') }));
  }
  return lines.join('\n') + '\n';
}
