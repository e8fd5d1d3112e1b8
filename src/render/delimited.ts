// TSV and CSV: a header line, then one line per row, with the document's source first so that rows
// from many files can be told apart by `cut -f1` or `sort`.
import type { Cell, RowSet } from './rows.js';

/** TSV cells cannot hold tabs or newlines: they become spaces. */
export const tsvCell = (c: Cell) => String(c).replace(/[\t\r\n]+/g, ' ');

/** RFC 4180: quote a cell holding a comma, quote or line break; double the quotes inside. */
export const csvCell = (c: Cell) => {
  const s = String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function delimitedHeader(set: RowSet, sep: '\t' | ','): string {
  const cell = sep === '\t' ? tsvCell : csvCell;
  return ['source', ...set.columns.map((c) => c.title.toLowerCase())].map(cell).join(sep) + '\n';
}

export function delimitedRows(source: string, set: RowSet, sep: '\t' | ','): string {
  const cell = sep === '\t' ? tsvCell : csvCell;
  return set.rows.map((r) => [source, ...r].map(cell).join(sep) + '\n').join('');
}
