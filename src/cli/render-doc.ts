// A document's JSON object → the text to print in the chosen format. TSV and CSV print their header
// once, before the first document's rows.
import type { Format } from './options.js';
import type { Command } from '../render/json.js';
import type { Paint } from '../render/style.js';
import { rowsFor } from '../render/rows.js';
import { renderTable, renderSummary, docHeader } from '../render/table.js';
import { delimitedHeader, delimitedRows } from '../render/delimited.js';
import { markdownTable } from '../render/markdown.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = Record<string, any>;

export function makeRenderer(command: Command, format: Format, paint: Paint, width: number): (doc: Doc) => string {
  let headerWritten = false;
  return (doc) => {
    switch (format) {
      case 'json':
        return JSON.stringify(doc) + '\n';
      case 'tsv':
      case 'csv': {
        if (doc.error) return '';
        const sep = format === 'tsv' ? '\t' : ',';
        const set = rowsFor(command, doc);
        const head = headerWritten ? '' : delimitedHeader(set, sep);
        headerWritten = true;
        return head + delimitedRows(doc.source, set, sep);
      }
      case 'markdown':
        return doc.error ? '' : markdownTable(doc.source, doc.meta?.title ?? null, rowsFor(command, doc));
      case 'table': {
        if (doc.error) return '';
        let body: string;
        if (command === 'summary') body = renderSummary(doc, width, paint);
        else if (command === 'analyze') {
          body = [
            renderSummary(doc, width, paint),
            renderTable(rowsFor('entities', doc), width, paint),
            renderTable(rowsFor('quotes', doc), width, paint),
          ].join('\n');
        } else body = renderTable(rowsFor(command, doc), width, paint);
        return `${docHeader(doc, width, paint)}\n${body}\n`;
      }
    }
  };
}
