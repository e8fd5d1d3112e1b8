// The rows each command shows, taken from its newsq/1 object. Tables, TSV, CSV and markdown all
// print these same rows; only the framing differs. Which command uses which rows is said once, in
// the commands table (src/commands.ts).
import type { CorpusView, NewsqDoc } from './contract.js';

export type Cell = string | number;

export interface Column {
  title: string;
  /** Share of the spare terminal width this column may take (0 = fit its content). */
  flex: number;
  /** Colour the cell by an entity type or quote kind found in this row's `colorKey`. */
  colored?: boolean;
  /** A name: on a terminal it gets its whole width first, so "Alexander Lukashenko" stays on one line. */
  name?: boolean;
  /** A file path or URL: on a terminal it is shortened from the left (`…/news1m/bbc-politics-025.txt`). */
  path?: boolean;
  /** On a terminal too narrow for every column, the columns with a `drop` are hidden, lowest first. */
  drop?: number;
}

export interface RowSet {
  columns: Column[];
  rows: Cell[][];
  /** Per row, the key that picks its colour (entity type, speaker...). */
  colorKeys: string[];
  /** On a terminal, no rule between rows (many short rows, e.g. tokens). */
  compact?: boolean;
}

const one = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `entities`: one row per entity, its other names as aliases. */
export function entityRows(doc: NewsqDoc): RowSet {
  const entities = doc.entities ?? [];
  return {
    columns: [{ title: 'Name', flex: 2, colored: true, name: true }, { title: 'Type', flex: 0 }, { title: 'Mentions', flex: 0 }, { title: 'Aliases', flex: 3 }],
    rows: entities.map((e) => [e.name, e.type, e.count, e.aliases.filter((a) => a !== e.name).join(', ')]),
    colorKeys: entities.map((e) => e.type),
  };
}

/** `quotes`: who said what. */
export function quoteRows(doc: NewsqDoc): RowSet {
  const quotes = doc.quotes ?? [];
  return {
    columns: [{ title: 'Speaker', flex: 1, colored: true, name: true }, { title: 'Quote', flex: 4 }, { title: 'Kind', flex: 0 }],
    rows: quotes.map((q) => [q.speaker ?? '', one(q.text), q.kind]),
    colorKeys: quotes.map((q) => (q.speaker ? 'speaker' : 'none')),
  };
}

/**
 * `summary`: sentences, then keywords, then key people, told apart by the Kind column:
 * `newsq summary story.txt | awk -F'\t' '$2 == "keyword" {print $4}'`
 */
export function summaryRows(doc: NewsqDoc): RowSet {
  const rows: Cell[][] = [];
  (doc.summary ?? []).forEach((s, i) => rows.push(['sentence', i + 1, one(s.text), s.score]));
  (doc.keywords ?? []).forEach((k, i) => rows.push(['keyword', i + 1, k.term, k.score]));
  (doc.keyPeople ?? []).forEach((p, i) => rows.push(['person', i + 1, p, '']));
  return {
    columns: [{ title: 'Kind', flex: 0 }, { title: '#', flex: 0 }, { title: 'Text', flex: 5 }, { title: 'Score', flex: 0 }],
    rows,
    colorKeys: rows.map((r) => (r[0] === 'person' ? 'person' : '')),
  };
}

/** `tokens`: one row per token: its sentence (number and kind), its number there, its offsets and text. */
export function tokenRows(doc: NewsqDoc): RowSet {
  const rows: Cell[][] = [];
  (doc.sentences ?? []).forEach((s, i) => s.tokens.forEach((t, k) => rows.push([i + 1, s.kind ?? '', k + 1, t.start, t.end, t.text])));
  return {
    columns: [{ title: 'Sentence', flex: 0 }, { title: 'Kind', flex: 0 }, { title: 'Token', flex: 0 }, { title: 'Start', flex: 0 },
      { title: 'End', flex: 0 }, { title: 'Text', flex: 1 }],
    rows,
    colorKeys: rows.map(() => ''),
    compact: true,
  };
}

/** `analyze`: one row per finding, so that `awk -F'\t' '$2 == "quote"'` picks a section. */
export function analyzeRows(doc: NewsqDoc): RowSet {
  const rows: Cell[][] = [];
  const keys: string[] = [];
  for (const e of doc.entities ?? []) { rows.push(['entity', e.name, e.type, e.count]); keys.push(e.type); }
  for (const q of doc.quotes ?? []) { rows.push(['quote', one(q.text), q.speaker ?? '', q.kind]); keys.push('speaker'); }
  (doc.summary ?? []).forEach((s, i) => { rows.push(['summary', one(s.text), i + 1, s.score]); keys.push(''); });
  for (const k of doc.keywords ?? []) { rows.push(['keyword', k.term, '', k.score]); keys.push(''); }
  return {
    columns: [{ title: 'Section', flex: 0 }, { title: 'Text', flex: 4, colored: true }, { title: 'Label', flex: 1 }, { title: 'Value', flex: 0 }],
    rows,
    colorKeys: keys,
  };
}

/** The corpus view: one row per entity (entities --aggregate) or per speaker (speakers). */
export function corpusRows(view: CorpusView): RowSet {
  if (view.kind === 'entities') {
    return {
      columns: [{ title: 'Entity', flex: 2, colored: true, name: true }, { title: 'Type', flex: 0 }, { title: 'Mentions', flex: 0 }, { title: 'Documents', flex: 0 }, { title: 'Aliases', flex: 3 }],
      rows: view.items.map((e) => [e.name, e.type, e.mentions, e.documents, e.aliases.filter((a) => a !== e.name).join(', ')]),
      colorKeys: view.items.map((e) => e.type),
    };
  }
  return {
    // At 80 columns there is no room for all seven: Type goes first, then Last.
    columns: [{ title: 'Speaker', flex: 2, colored: true, name: true }, { title: 'Type', flex: 0, drop: 1 }, { title: 'Quotes', flex: 0 },
      { title: 'Articles', flex: 0 }, { title: 'First', flex: 2, path: true }, { title: 'Last', flex: 2, path: true, drop: 2 },
      { title: 'Sample quote', flex: 4 }],
    rows: view.items.map((s) => [s.speaker, s.type, s.quotes, s.articles, s.first, s.last, one(s.sample)]),
    colorKeys: view.items.map((s) => s.type),
  };
}
