// The output contract as types: what `newsq ... --json` prints, line by line. These mirror
// schema/newsq-1.schema.json and docs/output-contract.md field for field; a field added here must
// be added there too (and the other way round). Offsets are code points, unlike src/types.ts.
//
//   {"schema":"newsq/1","source":"a.txt","meta":{...},"entities":[{"id":"e1","name":"Alexander Lukashenko",...}]}
//   {"schema":"newsq/1","source":"gone.txt","error":{"code":"not-found","message":"no such file or directory"}}
//   {"schema":"newsq-corpus/1","kind":"speaker","speaker":"Maria Kolesnikova","type":"person","quotes":3,...}
import type { EntityType, QuoteKind } from '../types.js';

export const SCHEMA = 'newsq/1';
export const CORPUS_SCHEMA = 'newsq-corpus/1';

/** `span`: a half-open range of code points and the text it covers. */
export interface JsonSpan {
  text: string;
  start: number;
  end: number;
}

/** `meta`: every field is always present; unknown strings are null, unknown lists []. */
export interface JsonMeta {
  title: string | null;
  authors: string[];
  agency: string | null;
  /** ISO YYYY-MM-DD. */
  date: string | null;
  url: string | null;
  words: number;
  sentences: number;
  paragraphs: number;
  readingMinutes: number;
}

/** `entity`: `count` equals `mentions.length`; `aliases` holds `name` too. */
/** `reference`: a description or pronoun that refers to an entity. */
export interface JsonReference extends JsonSpan {
  form: 'nominal' | 'pronoun';
  how: string;
}

export interface JsonEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
  aliases: string[];
  mentions: JsonSpan[];
  /** Descriptions and pronouns that refer to it ("the mayor", "she"), with how they were tied. */
  references: JsonReference[];
  /** A person's gender from honorifics, first names, surname endings and the article's own pronouns; null when unknown or no person. */
  gender: 'female' | 'male' | null;
}

/** `quote`: the span covers the quoted words without their quotation marks. */
export interface JsonQuote extends JsonSpan {
  id: string;
  kind: QuoteKind;
  speaker: string | null;
  speakerId: string | null;
  speakerMention: JsonSpan | null;
  cue: JsonSpan | null;
  /** The speaker's gender when the speaker is a person and the text tells it. */
  speakerGender: 'female' | 'male' | null;
  /** How the speaker mention was tied to the speaker (`name`, `apposition`, `role`, `nominal`, `pronoun`, `document`, `inherited`, `unresolved`), or null. */
  resolvedBy: string | null;
  /** The attribution rule that found the speaker (src/quotes/rules.ts), or null. */
  rule: string | null;
}

/** `summarySentence`. */
export interface JsonSummarySentence extends JsonSpan {
  score: number;
}

/** `keyword`. */
export interface JsonKeyword {
  term: string;
  score: number;
}

/** `token`. */
export interface JsonToken extends JsonSpan {
  tag?: string;
}

/** `sentence`. */
export interface JsonSentence extends JsonSpan {
  kind?: string;
  tokens: JsonToken[];
}

/** `document`: the analysis of one input. Which of the optional fields are present depends on the command. */
export interface NewsqDoc {
  schema: typeof SCHEMA;
  source: string;
  /** The extracted article text, for HTML and URL inputs; offsets index it. */
  text?: string;
  meta?: JsonMeta;
  summary?: JsonSummarySentence[];
  keywords?: JsonKeyword[];
  /** Names of the most central people (the `name` of their entities; the Report holds their ids). */
  keyPeople?: string[];
  entities?: JsonEntity[];
  quotes?: JsonQuote[];
  sentences?: JsonSentence[];
  /** `--input jsonl`: the record's other fields, passed through. */
  input?: Record<string, unknown>;
  error?: never;
}

/** `errorRecord`: printed in place of an input that could not be read or analysed. */
export interface NewsqError {
  schema: typeof SCHEMA;
  source: string;
  error: { code: string; message: string };
  /** `--input jsonl`: the record's other fields, passed through. */
  input?: Record<string, unknown>;
}

/** One line of newsq/1 output. */
export type NewsqRecord = NewsqDoc | NewsqError;

/** The fields of a document that a command chooses among (docs/output-contract.md, "Per command"). */
export type DocField = 'meta' | 'summary' | 'keywords' | 'keyPeople' | 'entities' | 'quotes' | 'sentences';

/**
 * The fields each command's document always has, for the types (CommandFields, DocOf): the `fields`
 * of its entry in src/commands.ts, which tests/render/library-types.test.ts holds these to.
 */
export const COMMAND_FIELDS = {
  analyze: ['meta', 'summary', 'keywords', 'keyPeople', 'entities', 'quotes'],
  entities: ['meta', 'entities'],
  quotes: ['meta', 'quotes'],
  summary: ['meta', 'summary', 'keywords', 'keyPeople'],
  speakers: ['meta', 'entities', 'quotes'],
  tokens: ['meta', 'sentences'],
  report: ['meta', 'summary', 'keywords', 'keyPeople', 'entities', 'quotes'],
} as const satisfies Record<string, readonly DocField[]>;

export type CommandFields = { [C in keyof typeof COMMAND_FIELDS]: (typeof COMMAND_FIELDS)[C][number] };

/**
 * The document `toJson(report, source, command)` returns: a NewsqDoc whose fields for that command
 * are required, so `toJson(r, 'a.txt', 'quotes').quotes.length` type-checks under strict tsc.
 */
export type DocOf<C extends string> = C extends keyof CommandFields ? NewsqDoc & Required<Pick<NewsqDoc, CommandFields[C]>> : NewsqDoc;

export const isError = (record: NewsqRecord): record is NewsqError => record.error !== undefined;

/** An entity across the corpus (`entities --aggregate`). */
export interface CorpusEntity {
  name: string;
  type: EntityType;
  /** All its mentions in the corpus. */
  mentions: number;
  /** How many documents mention it. */
  documents: number;
  aliases: string[];
}

/** A speaker across the corpus (`speakers`); `other` is a speaker that is no entity ("Lithuanian lawmakers"). */
export interface CorpusSpeaker {
  speaker: string;
  type: EntityType | 'other';
  quotes: number;
  /** How many documents quote it. */
  articles: number;
  /** The `source` of the first and last such document, in input order. */
  first: string;
  last: string;
  /** The first direct quote, else the first quote. */
  sample: string;
}

/** One line of newsq-corpus/1 output. */
export type CorpusEntityRecord = { schema: typeof CORPUS_SCHEMA; kind: 'entity' } & CorpusEntity;
export type CorpusSpeakerRecord = { schema: typeof CORPUS_SCHEMA; kind: 'speaker' } & CorpusSpeaker;
export type CorpusRecord = CorpusEntityRecord | CorpusSpeakerRecord;

/** What the corpus view prints: its entities or its speakers. */
export type CorpusView =
  | { kind: 'entities'; items: CorpusEntity[] }
  | { kind: 'speakers'; items: CorpusSpeaker[] };
