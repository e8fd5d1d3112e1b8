// The terminal view: a header naming the document, then a cli-table3 table wrapped to the width.
// cli-table3, wrap-ansi and string-width (with its emoji tables) take longer to load than a small
// article takes to analyse, and only the terminal views need them: loadTable() loads them, and the
// CLI calls it only when it prints tables or a progress bar.
import { createRequire } from 'node:module';
import type TableType from 'cli-table3';
import type WrapAnsi from 'wrap-ansi';
import type StringWidth from 'string-width';
import type { Cell, RowSet } from './rows.js';
import { colorFor, type Paint } from './style.js';
import type { NewsqDoc } from './contract.js';

let Table: typeof TableType;
let wrapAnsi: typeof WrapAnsi;
let stringWidth: typeof StringWidth;
let loaded: Promise<void> | undefined;

/** Loads what the terminal views need; call (and await) before rendering tables or shortening paths. */
export function loadTable(): Promise<void> {
  loaded ??= Promise.all([import('wrap-ansi'), import('string-width')]).then(([w, s]) => {
    wrapAnsi = w.default;
    stringWidth = s.default;
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

/** The smallest width (content, without padding) a flexible column is squeezed to before columns are dropped. */
const MIN = { name: 12, path: 22, text: 12 };

export interface Layout {
  /** The columns shown, as indexes into the RowSet's columns. */
  shown: number[];
  /** Their widths, padding included (cli-table3's colWidths). */
  widths: number[];
}

/**
 * Column widths for a table no wider than `width`: fixed columns fit their content; names get their
 * whole width first (up to 30% of the room), so that they wrap only when they must; the other flexible
 * columns share what is left by their flex, none wider than its content. When even the smallest widths
 * do not fit, the columns marked `drop` are hidden, lowest first.
 */
export function layout(set: RowSet, width: number): Layout {
  const natural = set.columns.map((c, i) => Math.max(stringWidth(c.title), ...set.rows.map((r) => cellWidth(r[i]))));
  const least = set.columns.map((c, i) => (c.flex === 0 ? natural[i] : Math.min(natural[i], c.name ? MIN.name : c.path ? MIN.path : MIN.text)));
  let shown = set.columns.map((_, i) => i);
  const room = () => width - (shown.length + 1) - 2 * shown.length; // borders and one space of padding each side
  const droppable = shown.filter((i) => set.columns[i].drop !== undefined).sort((a, b) => set.columns[a].drop! - set.columns[b].drop!);
  while (droppable.length && sum(shown.map((i) => least[i])) > room()) {
    const gone = droppable.shift()!;
    shown = shown.filter((i) => i !== gone);
  }
  const budget = room();
  const w = new Map(shown.map((i) => [i, least[i]]));
  let left = budget - sum([...w.values()]);
  // Names first, then the others by flex; each at most its content.
  for (const i of shown.filter((i) => set.columns[i].name)) {
    const give = Math.max(0, Math.min(natural[i] - w.get(i)!, Math.floor(budget * 0.3) - w.get(i)!, left));
    w.set(i, w.get(i)! + give);
    left -= give;
  }
  for (;;) {
    const open = shown.filter((i) => set.columns[i].flex > 0 && w.get(i)! < natural[i]);
    if (!open.length || left <= 0) break;
    const weight = sum(open.map((i) => set.columns[i].flex));
    let given = 0;
    for (const i of open) {
      const give = Math.min(natural[i] - w.get(i)!, Math.floor((left * set.columns[i].flex) / weight));
      w.set(i, w.get(i)! + give);
      given += give;
    }
    if (!given) { w.set(open[0], w.get(open[0])! + 1); given = 1; } // the last few columns of room
    left -= given;
  }
  // Still too wide (a terminal narrower than the fixed columns): take from the widest until it fits.
  while (left < 0) {
    const widest = shown.reduce((a, b) => (w.get(b)! > w.get(a)! ? b : a));
    if (w.get(widest)! <= 1) break;
    w.set(widest, w.get(widest)! - 1);
    left++;
  }
  return { shown, widths: shown.map((i) => w.get(i)! + 2) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const cellWidth = (c: Cell) => Math.max(0, ...String(c).split('\n').map((l) => stringWidth(l)));

/** A path or URL shortened from the left to `width` columns, whole segments first: `…/news1m/bbc-politics-025.txt`. */
export function shortenPath(path: string, width: number): string {
  if (stringWidth(path) <= width) return path;
  if (width < 2) return '…'.slice(0, width);
  const parts = path.split('/');
  for (let k = 1; k < parts.length; k++) {
    const tail = '…/' + parts.slice(k).join('/');
    if (stringWidth(tail) <= width) return tail;
  }
  // Even the file name is too long: its end, which tells files apart.
  const chars = [...path];
  let out = '';
  for (let k = chars.length - 1; k >= 0 && stringWidth(chars[k] + out) <= width - 1; k--) out = chars[k] + out;
  return '…' + out;
}

export function renderTable(set: RowSet, width: number, paint: Paint): string {
  if (!set.rows.length) return paint.dim('  (nothing found)') + '\n';
  const { shown, widths } = layout(set, width);
  const table = new Table({
    head: shown.map((i) => paint.bold(set.columns[i].title)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    // Empty styles: cli-table3 would otherwise add its own colour codes even when piped.
    style: { head: [], border: [], compact: !!set.compact },
  });
  set.rows.forEach((row, r) => {
    table.push(shown.map((i, k) => {
      const column = set.columns[i];
      const text = column.path ? shortenPath(String(row[i]), widths[k] - 2) : String(row[i]);
      return column.colored ? colorFor(paint, set.colorKeys[r])(text) : text;
    }));
  });
  const hidden = set.columns.filter((_, i) => !shown.includes(i)).map((c) => c.title);
  const note = hidden.length ? paint.dim(wrapAnsi(`(${hidden.join(', ')}: hidden at ${width} columns; --format tsv shows every column)`, width)) + '\n' : '';
  return table.toString() + '\n' + note;
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
