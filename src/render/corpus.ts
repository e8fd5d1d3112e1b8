// The corpus view in every format. JSON prints one record per entity or speaker, schema
// `newsq-corpus/1` (docs/output-contract.md, ./contract.ts); the others print the rows of corpusRows().
import { CORPUS_SCHEMA, type CorpusRecord, type CorpusView } from './contract.js';
import type { Format } from './format.js';
import { corpusRows } from './rows.js';
import { renderTable } from './table.js';
import { csvCell, tsvCell } from './delimited.js';
import { markdownTable } from './markdown.js';
import type { Paint } from './style.js';

export { CORPUS_SCHEMA };

/** The newsq-corpus/1 records of a view, most documents / most quotes first as given. */
export function corpusRecords(view: CorpusView): CorpusRecord[] {
  return view.kind === 'entities'
    ? view.items.map((item) => ({ schema: CORPUS_SCHEMA, kind: 'entity', ...item }))
    : view.items.map((item) => ({ schema: CORPUS_SCHEMA, kind: 'speaker', ...item }));
}

export function renderCorpus(view: CorpusView, format: Format, paint: Paint, width: number): string {
  if (format === 'json') return corpusRecords(view).map((record) => JSON.stringify(record) + '\n').join('');
  const set = corpusRows(view);
  switch (format) {
    case 'tsv':
    case 'csv': {
      // No per-document source column here: each row already spans the corpus.
      const [sep, cell] = format === 'tsv' ? ['\t', tsvCell] : [',', csvCell];
      const line = (cells: Array<string | number>) => cells.map(cell).join(sep) + '\n';
      return line(set.columns.map((c) => c.title.toLowerCase())) + set.rows.map(line).join('');
    }
    case 'markdown':
      return markdownTable(view.kind === 'entities' ? 'entities across the corpus' : 'speakers across the corpus', null, set);
    case 'table':
      return renderTable(set, width, paint);
  }
}
