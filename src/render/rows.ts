// The rows each command shows, taken from its newsq/1 JSON object. Tables, TSV, CSV and markdown
// all print these same rows; only the framing differs.
import type { Command } from './json.js';
import type { CorpusEntity, CorpusSpeaker } from '../corpus/aggregate.js';

export type Cell = string | number;

export interface Column {
  title: string;
  /** Share of the spare terminal width this column may take (0 = fit its content). */
  flex: number;
  /** Colour the cell by an entity type or quote kind found in this row's `colorKey`. */
  colored?: boolean;
}

export interface RowSet {
  columns: Column[];
  rows: Cell[][];
  /** Per row, the key that picks its colour (entity type, speaker...). */
  colorKeys: string[];
}

// Loose shapes of the JSON objects from toJson(); see the contract.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = Record<string, any>;

const one = (s: string) => s.replace(/\s+/g, ' ').trim();

export function rowsFor(command: Command, doc: Doc): RowSet {
  switch (command) {
    case 'entities':
      return {
        columns: [{ title: 'Name', flex: 2, colored: true }, { title: 'Type', flex: 0 }, { title: 'Mentions', flex: 0 }, { title: 'Aliases', flex: 3 }],
        rows: (doc.entities ?? []).map((e: Doc) => [e.name, e.type, e.count, e.aliases.filter((a: string) => a !== e.name).join(', ')]),
        colorKeys: (doc.entities ?? []).map((e: Doc) => e.type),
      };
    case 'quotes':
      return {
        columns: [{ title: 'Speaker', flex: 1, colored: true }, { title: 'Quote', flex: 4 }, { title: 'Kind', flex: 0 }],
        rows: (doc.quotes ?? []).map((q: Doc) => [q.speaker ?? '', one(q.text), q.kind]),
        colorKeys: (doc.quotes ?? []).map((q: Doc) => (q.speaker ? 'speaker' : 'none')),
      };
    case 'summary': {
      // Sentences, then keywords, then key people, told apart by the Kind column:
      // `newsq summary story.txt | awk -F'\t' '$2 == "keyword" {print $4}'`
      const rows: Cell[][] = [];
      (doc.summary ?? []).forEach((s: Doc, i: number) => rows.push(['sentence', i + 1, one(s.text), s.score]));
      (doc.keywords ?? []).forEach((k: Doc, i: number) => rows.push(['keyword', i + 1, k.term, k.score]));
      (doc.keyPeople ?? []).forEach((p: string, i: number) => rows.push(['person', i + 1, p, '']));
      return {
        columns: [{ title: 'Kind', flex: 0 }, { title: '#', flex: 0 }, { title: 'Text', flex: 5 }, { title: 'Score', flex: 0 }],
        rows,
        colorKeys: rows.map((r) => (r[0] === 'person' ? 'person' : '')),
      };
    }
    case 'tokens':
      return {
        columns: [{ title: 'Sentence', flex: 0 }, { title: 'Tokens', flex: 0 }, { title: 'Kind', flex: 0 }, { title: 'Text', flex: 5 }],
        rows: (doc.sentences ?? []).map((s: Doc, i: number) => [i + 1, s.tokens.length, s.kind, one(s.text)]),
        colorKeys: (doc.sentences ?? []).map(() => ''),
      };
    case 'speakers':
      // `speakers` prints the corpus view only (renderCorpus), never rows per document.
      return corpusRows('speakers', []);
    case 'analyze': {
      // One row per finding, so that `awk -F'\t' '$2 == "quote"'` picks a section.
      const rows: Cell[][] = [];
      const keys: string[] = [];
      for (const e of doc.entities ?? []) { rows.push(['entity', e.name, e.type, e.count]); keys.push(e.type); }
      for (const q of doc.quotes ?? []) { rows.push(['quote', one(q.text), q.speaker ?? '', q.kind]); keys.push('speaker'); }
      (doc.summary ?? []).forEach((s: Doc, i: number) => { rows.push(['summary', one(s.text), i + 1, s.score]); keys.push(''); });
      for (const k of doc.keywords ?? []) { rows.push(['keyword', k.term, '', k.score]); keys.push(''); }
      return {
        columns: [{ title: 'Section', flex: 0 }, { title: 'Text', flex: 4, colored: true }, { title: 'Label', flex: 1 }, { title: 'Value', flex: 0 }],
        rows,
        colorKeys: keys,
      };
    }
  }
}

/** The corpus view: one row per entity (entities --aggregate) or per speaker (speakers). */
export function corpusRows(kind: 'entities' | 'speakers', items: Array<CorpusEntity | CorpusSpeaker>): RowSet {
  if (kind === 'entities') {
    const list = items as CorpusEntity[];
    return {
      columns: [{ title: 'Entity', flex: 2, colored: true }, { title: 'Type', flex: 0 }, { title: 'Mentions', flex: 0 }, { title: 'Documents', flex: 0 }, { title: 'Aliases', flex: 3 }],
      rows: list.map((e) => [e.name, e.type, e.mentions, e.documents, e.aliases.filter((a) => a !== e.name).join(', ')]),
      colorKeys: list.map((e) => e.type),
    };
  }
  const list = items as CorpusSpeaker[];
  return {
    columns: [{ title: 'Speaker', flex: 2, colored: true }, { title: 'Type', flex: 0 }, { title: 'Quotes', flex: 0 }, { title: 'Articles', flex: 0 },
      { title: 'First', flex: 1 }, { title: 'Last', flex: 1 }, { title: 'Sample quote', flex: 4 }],
    rows: list.map((s) => [s.speaker, s.type, s.quotes, s.articles, s.first, s.last, one(s.sample)]),
    colorKeys: list.map((s) => s.type),
  };
}
