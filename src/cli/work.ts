// The unit of work for one document: text → analysis → filtered → the newsq/1 object. Pure, and
// the same whether it runs in this process (--jobs 1) or in a worker process.
import { analyze, type AnalyzeOptions } from '../pipeline/index.js';
import { toJson } from '../render/json.js';
import type { Command } from '../commands.js';
import type { NewsqDoc } from '../render/contract.js';
import { applyFilters, type Filters } from '../filters.js';
import type { Article } from '../types.js';
import { loadNerModel } from '../ner/model-io.js';
import { fullGc, LARGE_DOCUMENT } from './memory.js';

export interface Task {
  source: string;
  text: string;
  command: Command;
  analyze: AnalyzeOptions;
  filters: Filters;
  /** An HTML page's article (its text is `text`): analysed as it is, not parsed again. */
  article?: Article;
  includeText?: boolean;
  /** A NER model file (--model); loaded once per process. Default: the shipped model. */
  modelPath?: string;
}

export function work(task: Task): NewsqDoc {
  const model = task.modelPath && task.analyze.stages?.length ? loadNerModel(task.modelPath) : undefined;
  const betweenStages = task.text.length >= LARGE_DOCUMENT ? fullGc() ?? undefined : undefined;
  const report = applyFilters(analyze(task.article ?? task.text, { ...task.analyze, model, betweenStages }), task.filters);
  betweenStages?.();
  return toJson(report, task.source, task.command, { includeText: task.includeText });
}
