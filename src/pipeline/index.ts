// analyze(input, options): Report — the stages in order, each a pure function of the ones before.
// The input is a document text, or an Article already read (extractArticle(html) gives one).
import type { Article, ArticleMeta, Report, ReportMeta, Segmented } from '../types.js';
import { parseArticle } from './01-article.js';
import { segment } from './02-segment.js';
import { findEntities, type EntityOptions } from './03-entities.js';
import { findQuotes } from './04-quotes.js';
import { corefer, withReferences } from '../coref/index.js';
import { loadNerModel } from '../ner/model-io.js';
import { firstNamesOf } from '../ner/gender.js';
import { summarize, type SummaryOptions } from './05-summary.js';

export type Stage = 'entities' | 'coref' | 'quotes' | 'summary';

export interface AnalyzeOptions {
  /** Which stages to run; later stages bring the ones they need (quotes need entities). Default: all. */
  stages?: Stage[];
  /**
   * The NER model: one loaded with `loadNerModel(path)`, or a shipped one by name ('default', 'open'),
   * or a model file's path; default: the default shipped one, loaded on first use.
   */
  model?: EntityOptions['model'] | string;
  summary?: SummaryOptions;
  /**
   * Keep the sentences and tokens in the report (default true). The CLI drops them when it does not
   * print them: on a 20 MB article they are most of the memory, and freeing them early keeps the peak low.
   */
  keepSentences?: boolean;
  /** Called between stages (the CLI passes a garbage collection for very large documents). */
  betweenStages?: () => void;
  /** Metadata known from elsewhere (an HTML page's JSON-LD, say); set fields win over what the text says. */
  meta?: Partial<ArticleMeta>;
}

const WORDS_PER_MINUTE = 230; // a common adult silent-reading rate for non-fiction

/**
 * Parses and segments a text: the cheap stages every command needs. A leading BOM is dropped.
 * `pause` runs between the two (see AnalyzeOptions.betweenStages).
 */
export function read(text: string, pause?: () => void): Segmented {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const article = parseArticle(clean);
  pause?.();
  return segment(article);
}

/** A token that counts as a word: it has a letter or a digit (a module constant: a literal would be a new object per token). */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Counts that describe the article body (headings, captions and furniture left out). */
export function measure(seg: Segmented): ReportMeta {
  const body = seg.sentences.filter((s) => s.kind === 'paragraph');
  let words = 0;
  for (const s of body) for (let i = 0; i < s.tokens.length; i++) if (WORDLIKE.test(s.tokens.text(i))) words++;
  const paragraphs = seg.article.blocks.filter((b) => b.kind === 'paragraph').length;
  return {
    ...seg.article.meta,
    words,
    sentences: body.length,
    paragraphs,
    readingMinutes: Math.round((words / WORDS_PER_MINUTE) * 10) / 10,
  };
}

export function analyze(input: string | Article, options: AnalyzeOptions = {}): Report {
  const stages = new Set<Stage>(options.stages ?? ['entities', 'quotes', 'summary']);
  const pause = options.betweenStages ?? (() => undefined);
  const seg = typeof input === 'string' ? read(input, pause) : segment(input);
  // A copy, so that an Article passed in keeps its own meta.
  if (options.meta) seg.article = { ...seg.article, meta: mergeMeta(seg.article.meta, options.meta) };
  const report: Report = { text: seg.article.text, meta: measure(seg), sentences: seg.sentences };
  if (stages.size === 0) return report;
  // The one place a model is loaded: every stage after this takes it (or what it carries) as an argument.
  const model = typeof options.model === 'string' || !options.model ? loadNerModel(options.model) : options.model;
  // The tokeniser's garbage goes before the tagger, the stage with the most of its own, begins.
  pause();
  report.entities = findEntities(seg, { model, pause });
  pause();
  if (stages.has('coref') || stages.has('quotes') || stages.has('summary')) {
    // Stage 3b, mentions and coreference: who every "she", "the mayor" and "the company" is.
    const firstNames = firstNamesOf(model.res.gazetteer);
    const coref = corefer(seg, report.entities, { gazetteer: model.res.gazetteer, firstNames, pause });
    pause();
    report.entities = withReferences(report.entities, coref);
    pause();
    if (stages.has('quotes') || stages.has('summary')) {
      report.quotes = findQuotes(seg, report.entities, { firstNames, coref, pause });
    }
  }
  pause();
  if (stages.has('summary')) report.summary = summarize(seg, report.entities, report.quotes ?? [], options.summary);
  if (options.keepSentences === false) report.sentences = [];
  return report;
}

function mergeMeta(parsed: ArticleMeta, known: Partial<ArticleMeta>): ArticleMeta {
  const out = { ...parsed };
  if (known.title) out.title = known.title;
  if (known.authors?.length) out.authors = known.authors;
  if (known.agency) out.agency = known.agency;
  if (known.date) out.date = known.date;
  if (known.url) out.url = known.url;
  return out;
}
