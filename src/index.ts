// newsq as a library: `import { analyze } from 'newsq'`.
//
//   const report = analyze(text);          // entities, quotes, summary; UTF-16 offsets
//   const page = analyze(extractArticle(html, { url }));   // a web page: its article, blocks and metadata
//   const json = toJson(report, 'story.txt', 'analyze');   // a NewsqDoc: the newsq/1 contract, code point offsets
export { analyze, read, measure, type AnalyzeOptions, type Stage } from './pipeline/index.js';
export { parseArticle } from './pipeline/01-article.js';
export { extractArticle, type ExtractOptions } from './html/index.js';
export { segment } from './pipeline/02-segment.js';
export { tokenize } from './pipeline/tokenize.js';
export { findEntities } from './pipeline/03-entities.js';
export { corefer, type Coref, type CorefResources, type Resolution, type How } from './coref/index.js';
export { findQuotes } from './pipeline/04-quotes.js';
export { summarize } from './pipeline/05-summary.js';
export { toJson, errorJson, type JsonOptions } from './render/json.js';
export { COMMANDS, commandSpec, type Command, type CommandSpec, type OptionSpec } from './commands.js';
export { isError, SCHEMA, CORPUS_SCHEMA } from './render/contract.js';
export type {
  NewsqDoc, NewsqError, NewsqRecord, DocField, JsonSpan, JsonMeta, JsonEntity, JsonQuote, JsonSummarySentence,
  JsonKeyword, JsonToken, JsonSentence, CorpusEntity, CorpusSpeaker, CorpusEntityRecord, CorpusSpeakerRecord,
  CorpusRecord, CorpusView,
} from './render/contract.js';
export { FORMATS, type Format } from './render/format.js';
export { loadNerModel, tagSentences, trainNer, type NerModel, type TrainOptions } from './ner/index.js';
export { CorpusAggregate } from './corpus/aggregate.js';
export type { CorpusPart } from './corpus/partial.js';
export { VERSION } from './version.js';
export type * from './types.js';
