// The unit of work for one document: text → analysis → filtered → the newsq/1 object. Pure, and
// the same whether it runs in this process (--jobs 1) or in a worker process.
import { analyze, type AnalyzeOptions } from '../pipeline/index.js';
import { toJson, type Command } from '../render/json.js';
import { applyFilters, type Filters } from '../filters.js';
import type { ArticleMeta } from '../types.js';

export interface Task {
  source: string;
  text: string;
  command: Command;
  analyze: AnalyzeOptions;
  filters: Filters;
  meta?: Partial<ArticleMeta>;
  includeText?: boolean;
}

export function work(task: Task): Record<string, unknown> {
  const report = applyFilters(analyze(task.text, { ...task.analyze, meta: task.meta }), task.filters);
  return toJson(report, task.source, task.command, { includeText: task.includeText });
}
