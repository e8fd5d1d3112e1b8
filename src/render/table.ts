// The terminal view: a header naming the document, then a cli-table3 table wrapped to the width.
// cli-table3 and wrap-ansi (with string-width and its emoji tables) take longer to load than a small
// article takes to analyse, and only this view needs them: loadTable() loads them, and the CLI calls
// it only when it prints tables.
import { createRequire } from 'node:module';
import type TableType from 'cli-table3';
import type WrapAnsi from 'wrap-ansi';
import type { RowSet } from './rows.js';
import { colorFor, type Paint } from './style.js';
import type { NewsqDoc } from './contract.js';

let Table: typeof TableType;
let wrapAnsi: typeof WrapAnsi;
let loaded: Promise<void> | undefined;

/** Loads what the terminal view needs; call (and await) before rendering tables. */
export function loadTable(): Promise<void> {
  loaded ??= import('wrap-ansi').then((m) => {
    wrapAnsi = m.default;
    Table = createRequire(import.meta.url)('cli-table3') as typeof TableType;
  });
  return loaded;
}

/** Source, title, byline and date wrapped to the width; the url is left whole so it stays clickable. */
export function docHeader(doc: NewsqDoc, width: number, paint: Paint): string {
  const m = doc.meta;
  const wrap = (s: string) => wrapAnsi(s, width, { hard: true });
  const parts = [wrap(paint.bold(doc.source))];
  if (m?.title) parts.push(wrap(paint.bold(m.title)));
  const by = [m?.authors.length ? `By ${m.authors.join(', ')}` : '', m?.agency ?? '', m?.date ?? ''].filter(Boolean).join(' · ');
  if (by) parts.push(wrap(paint.dim(by)));
  if (m?.url) parts.push(paint.dim(m.url));
  return parts.join('\n') + '\n';
}

/** Column widths that fill `width`: fixed columns fit their content, flexible ones share the rest. */
function widths(set: RowSet, width: number): number[] {
  const natural = set.columns.map((c, i) => Math.max(c.title.length, ...set.rows.map((r) => String(r[i]).length)) + 2);
  const borders = set.columns.length + 1;
  const fixed = set.columns.reduce((sum, c, i) => sum + (c.flex === 0 ? natural[i] : 0), 0);
  const flexTotal = set.columns.reduce((s, c) => s + c.flex, 0) || 1;
  const spare = Math.max(10 * set.columns.length, width - borders - fixed);
  return set.columns.map((c, i) => (c.flex === 0 ? natural[i] : Math.max(8, Math.min(natural[i], Math.floor((spare * c.flex) / flexTotal)))));
}

export function renderTable(set: RowSet, width: number, paint: Paint): string {
  if (!set.rows.length) return paint.dim('  (nothing found)') + '\n';
  const table = new Table({
    head: set.columns.map((c) => paint.bold(c.title)),
    colWidths: widths(set, width),
    wordWrap: true,
    wrapOnWordBoundary: true,
    // Empty styles: cli-table3 would otherwise add its own colour codes even when piped.
    style: { head: [], border: [], compact: false },
  });
  set.rows.forEach((row, r) => {
    table.push(row.map((cell, i) => (set.columns[i].colored ? colorFor(paint, set.colorKeys[r])(String(cell)) : String(cell))));
  });
  return table.toString() + '\n';
}

/** The summary as a reader wants it: numbered sentences, then keywords and key people. */
export function renderSummary(doc: NewsqDoc, width: number, paint: Paint): string {
  const w = Math.max(20, width - 4);
  const out: string[] = [];
  (doc.summary ?? []).forEach((s, i) => {
    const body = wrapAnsi(s.text.replace(/\s+/g, ' ').trim(), w, { hard: true });
    out.push(body.split('\n').map((line, k) => (k === 0 ? `${paint.bold(String(i + 1) + '.')} ${line}` : `   ${line}`)).join('\n'));
  });
  if (!out.length) out.push(paint.dim('  (no body sentences)'));
  const keywords = (doc.keywords ?? []).map((k) => k.term);
  if (keywords.length) out.push(wrapAnsi(`${paint.bold('Keywords:')} ${keywords.join(', ')}`, w));
  const people = doc.keyPeople ?? [];
  if (people.length) out.push(wrapAnsi(`${paint.bold('Key people:')} ${people.map((p) => paint.cyan(p)).join(', ')}`, w));
  return out.join('\n') + '\n';
}
