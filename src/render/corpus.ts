// The corpus view in every format. JSON prints one record per entity or speaker, schema
// `newsq-corpus/1` (docs/output-contract.md); the others print the rows of corpusRows().
import type { Format } from '../cli/options.js';
import type { CorpusEntity, CorpusSpeaker } from '../corpus/aggregate.js';
import { corpusRows } from './rows.js';
import { renderTable } from './table.js';
import { csvCell, tsvCell } from './delimited.js';
import { markdownTable } from './markdown.js';
import type { Paint } from './style.js';

export const CORPUS_SCHEMA = 'newsq-corpus/1';

export function renderCorpus(kind: 'entities' | 'speakers', items: Array<CorpusEntity | CorpusSpeaker>, format: Format, paint: Paint, width: number): string {
  if (format === 'json') return items.map((item) => JSON.stringify({ schema: CORPUS_SCHEMA, kind: kind === 'entities' ? 'entity' : 'speaker', ...item }) + '\n').join('');
  const set = corpusRows(kind, items);
  switch (format) {
    case 'tsv':
    case 'csv': {
      // No per-document source column here: each row already spans the corpus.
      const [sep, cell] = format === 'tsv' ? ['\t', tsvCell] : [',', csvCell];
      const line = (cells: Array<string | number>) => cells.map(cell).join(sep) + '\n';
      return line(set.columns.map((c) => c.title.toLowerCase())) + set.rows.map(line).join('');
    }
    case 'markdown':
      return markdownTable(kind === 'entities' ? 'entities across the corpus' : 'speakers across the corpus', null, set);
    case 'table':
      return renderTable(set, width, paint);
  }
}
