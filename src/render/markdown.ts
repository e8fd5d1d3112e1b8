// A GitHub-flavoured markdown table per document, under a heading naming it; numbers right-aligned,
// text left-aligned:
//   | Name | Type | Mentions |
//   | :--- | :--- | ---: |
import type { Cell, RowSet } from './rows.js';

const mdCell = (c: Cell) => String(c).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function markdownTable(source: string, title: string | null, set: RowSet): string {
  const head = `### ${mdCell(source)}${title ? ` — ${mdCell(title)}` : ''}\n\n`;
  if (!set.rows.length) return `${head}_nothing found_\n\n`;
  const line = (cells: Cell[]) => `| ${cells.map(mdCell).join(' | ')} |\n`;
  // Numbers right-aligned, text left-aligned (names, types, kinds...).
  const numeric = set.columns.map((_, i) => set.rows.some((r) => typeof r[i] === 'number') && set.rows.every((r) => typeof r[i] === 'number' || r[i] === ''));
  const rule = `|${numeric.map((n) => (n ? ' ---: ' : ' :--- ')).join('|')}|\n`;
  return head + line(set.columns.map((c) => c.title)) + rule + set.rows.map(line).join('') + '\n';
}
