// newsq as a library: `import { analyze } from 'newsq'`.
//
//   const report = analyze(text);          // entities, quotes, summary; UTF-16 offsets
//   const page = analyze(extractArticle(html, { url }));   // a web page: its article, blocks and metadata
//   const json = toJson(report, 'story.txt', 'analyze');   // a DocOf<'analyze'>: the newsq/1 contract, code point offsets
import { analyze as analyzeStages, type AnalyzeOptions, type Stage } from './pipeline/index.js';
import type { Article, Entity, FullReport, Quote, Report, Summary } from './types.js';
export { read, measure, type AnalyzeOptions, type Stage } from './pipeline/index.js';
export { parseArticle } from './pipeline/01-article.js';
export { extractArticle, type ExtractOptions } from './html/index.js';
export { segment } from './pipeline/02-segment.js';
export { tokenize } from './pipeline/tokenize.js';
export { Tokens, TokenColumns } from './pipeline/tokens.js';
export { findEntities } from './pipeline/03-entities.js';
export { corefer, type Coref, type CorefResources, type Resolution, type How } from './coref/index.js';
export { findQuotes } from './pipeline/04-quotes.js';
export { summarize } from './pipeline/05-summary.js';
export { toJson, errorJson, type JsonOptions } from './render/json.js';
export { COMMANDS, commandSpec, type Command, type CommandSpec, type OptionSpec } from './commands.js';
export { isError, SCHEMA, CORPUS_SCHEMA, COMMAND_FIELDS } from './render/contract.js';
export type {
  NewsqDoc, NewsqError, NewsqRecord, DocField, DocOf, CommandFields, JsonSpan, JsonMeta, JsonEntity, JsonQuote, JsonSummarySentence,
  JsonKeyword, JsonToken, JsonSentence, CorpusEntity, CorpusSpeaker, CorpusEntityRecord, CorpusSpeakerRecord,
  CorpusRecord, CorpusView,
} from './render/contract.js';
export { FORMATS, type Format } from './render/format.js';
export { loadNerModel, tagSentences, trainNer, type NerModel, type TrainOptions } from './ner/index.js';
export { CorpusAggregate } from './corpus/aggregate.js';
export type { CorpusPart } from './corpus/partial.js';
export { HtmlReport, articleView, type HtmlReportOptions, type ReportPage } from './report/index.js';
export { VERSION } from './version.js';
export type * from './types.js';

/** The report of the stages asked for: entities after any stage, quotes after quotes or summary, summary after summary. */
export type ReportOf<S extends Stage> = Report
  & ([S] extends [never] ? unknown : { entities: Entity[] })
  & ('quotes' extends S ? { quotes: Quote[] } : 'summary' extends S ? { quotes: Quote[] } : unknown)
  & ('summary' extends S ? { summary: Summary } : unknown);

/**
 * Analyses one document: a text, or an Article from `extractArticle(html)`. With no `stages`, every
 * stage runs and every field of the report is there (a FullReport); with `stages`, the fields of
 * those stages are.
 */
export function analyze(input: string | Article, options?: AnalyzeOptions & { stages?: undefined }): FullReport;
export function analyze<S extends Stage>(input: string | Article, options: AnalyzeOptions & { stages: S[] }): ReportOf<S>;
export function analyze(input: string | Article, options?: AnalyzeOptions): Report;
export function analyze(input: string | Article, options: AnalyzeOptions = {}): Report {
  return analyzeStages(input, options);
}

/** The names of a report's key people, as the JSON prints them (`Summary.keyPeople` holds entity ids). */
export function keyPeopleNames(report: Report): string[] {
  const byId = new Map((report.entities ?? []).map((e) => [e.id, e.name]));
  return (report.summary?.keyPeople ?? []).flatMap((id) => byId.get(id) || []);
}
