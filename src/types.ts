// The data that flows through the pipeline, one type per stage:
//
//   text → Article → Segmented → Entity[] → Quote[] → Summary → Report
//
// Inside the pipeline every `start`/`end` is a UTF-16 index into the document text as read (a JS
// string index, BOM already removed). The report builder converts them to code points once, at the
// edge (see src/text/offsets.ts), because the JSON contract counts code points.

import type { Tokens } from './pipeline/tokens.js';

/** A half-open range into the document text. */
export interface Range {
  start: number;
  end: number;
}

/** A range together with the text it covers. */
export interface Span extends Range {
  text: string;
}

/** What a block of the article is. Only `paragraph` blocks are body text for quotes and summary. */
export type BlockKind =
  | 'title' // the headline: first line or `# heading`
  | 'byline' // "By NAME for AGENCY"
  | 'dateline' // a line that is only a date
  | 'caption' // photo caption and credit: "Charles Michel **Stephanie Lecocq / EPA / TASS**"
  | 'related' // "Related article: [...](#)"
  | 'heading' // a short section heading inside the body
  | 'source' // "Original url:" and the url itself
  | 'paragraph'; // body text

export interface Block extends Range {
  kind: BlockKind;
}

export interface ArticleMeta {
  title: string | null;
  authors: string[];
  agency: string | null;
  date: string | null; // ISO YYYY-MM-DD
  url: string | null;
}

/**
 * A parsed article. `view` has exactly the length of `text`: the same characters, except markdown
 * syntax (`**`, `[`, `](link)`, `# `) blanked to spaces, so every index into `view` is an index
 * into `text` and later stages never need an offset map. In a long document (parseArticle: at least
 * 500,000 UTF-16 units) `view` is not kept but made again each time it is read, so that the copy
 * lives only while it is used: read it once and hold it in a variable for the work at hand.
 */
export interface Article {
  text: string;
  view: string;
  meta: ArticleMeta;
  blocks: Block[];
}

/** One token as an object; a document keeps its tokens in columns (see Tokens). */
export type Token = Span;

export interface Sentence extends Span {
  /** Index into `article.blocks`. */
  block: number;
  kind: BlockKind;
  tokens: Tokens;
}

export interface Segmented {
  article: Article;
  sentences: Sentence[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'misc';

export interface Mention extends Span {
  /** Index of the sentence that holds the mention. */
  sentence: number;
  type: EntityType;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
  /** Grammatical gender guessed from first names, honorifics and the article's own cues. */
  gender?: 'male' | 'female';
  /** Descriptions and pronouns that refer to it ("the mayor", "she"), from the coreference stage. */
  references?: Reference[];
}

/** A description or pronoun that refers to an entity, and how the coreference stage tied it. */
export interface Reference extends Span {
  form: 'nominal' | 'pronoun';
  /** "apposition", "role", "nominal", "pronoun", "document", "inherited". */
  how: string;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  speaker: string | null;
  speakerId: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  /** The speaker's gender, when the speaker is a person and the text tells it (see src/ner/gender.ts, src/coref). */
  speakerGender: 'male' | 'female' | null;
  /** How the speaker mention was tied to the speaker: "name", "apposition", "role", "nominal", "pronoun", "document", "inherited", "unresolved"; null without a speaker. */
  resolvedBy: string | null;
  /** The id of the attribution rule that found the speaker ("after:subject-verb", "inherit:previous-quote"), or null. */
  rule: string | null;
}

export interface SummarySentence extends Span {
  score: number;
}

export interface Keyword {
  term: string;
  score: number;
}

export interface Summary {
  sentences: SummarySentence[];
  keywords: Keyword[];
  /**
   * The most central people, as entity ids ("e1"): look them up in `report.entities`. The JSON
   * (`toJson`, `--json`) prints their names instead: `keyPeopleNames(report)` gives the same list.
   */
  keyPeople: string[];
}

export interface ReportMeta extends ArticleMeta {
  words: number;
  sentences: number;
  paragraphs: number;
  readingMinutes: number;
}

/**
 * Everything newsq found in one document; offsets here are still UTF-16 indexes. `text`, `meta` and
 * `sentences` are always there; the others only when their stage ran (`analyze(text)` runs them all
 * and returns a FullReport).
 */
export interface Report {
  text: string;
  meta: ReportMeta;
  sentences: Sentence[];
  entities?: Entity[];
  quotes?: Quote[];
  summary?: Summary;
}

/** A report of every stage: what `analyze(text)` returns with no `stages` option. */
export interface FullReport extends Report {
  entities: Entity[];
  quotes: Quote[];
  summary: Summary;
}
