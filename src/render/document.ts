// A document's newsq/1 object → the text to print in the chosen format, as its command's entry in
// src/commands.ts says. TSV and CSV print their header once, before the first document's rows.
import type { CommandSpec } from '../commands.js';
import { isError, type NewsqRecord } from './contract.js';
import type { Format } from './format.js';
import type { Paint } from './style.js';
import { renderTable, renderSummary, docHeader } from './table.js';
import { delimitedHeader, delimitedRows } from './delimited.js';
import { markdownTable } from './markdown.js';
import { jsonLine } from './json-stream.js';

export function makeRenderer(spec: CommandSpec, format: Format, paint: Paint, width: number): (record: NewsqRecord) => string | Iterable<string> {
  let headerWritten = false;
  return (record) => {
    // A very large document's line comes in pieces (./json-stream.ts): never held whole.
    if (format === 'json') return jsonLine(record);
    // Error records are told on stderr; the other formats print nothing for them.
    if (isError(record) || !spec.rows) return '';
    const doc = record;
    switch (format) {
      case 'tsv':
      case 'csv': {
        const sep = format === 'tsv' ? '\t' : ',';
        const set = spec.rows(doc);
        const head = headerWritten ? '' : delimitedHeader(set, sep);
        headerWritten = true;
        return head + delimitedRows(doc.source, set, sep);
      }
      case 'markdown':
        return markdownTable(doc.source, doc.meta?.title ?? null, spec.rows(doc));
      case 'table': {
        const body = (spec.terminal ?? [spec.rows])
          .map((section) => (section === 'summary' ? renderSummary(doc, width, paint) : renderTable(section(doc), width, paint)))
          .join('\n');
        return `${docHeader(doc, width, paint)}\n${body}\n`;
      }
    }
  };
}
