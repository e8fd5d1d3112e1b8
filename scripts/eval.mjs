#!/usr/bin/env node
// npm run eval [-- ner quotes summary article html]
//
// Runs the shared scorers (../shared/eval) against this checkout's CLI and prints their last lines.
// These read research-use corpora that are not in the repository, so they are an evaluation script,
// not part of `npm test`.
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
if (!existsSync(join(shared, 'eval'))) {
  console.error('eval: ../shared/eval not found; the scorers and data live beside the repository');
  process.exit(2);
}
const data = (...p) => join(shared, 'data', ...p);
const SCORERS = {
  article: ['check-article.mjs', join(shared, 'articles', 'belarus-2020-08-18.gold.json')],
  ner: ['score-ner.mjs', '--conll', data('ner', 'conll2003', 'eng.testa')],
  quotes: ['score-quotes.mjs', '--gold', data('quotes', 'polnear', 'dev.jsonl')],
  indirect: ['score-quotes.mjs', '--gold', data('quotes', 'polnear', 'dev.jsonl'), '--kinds', 'indirect'],
  summary: ['score-summary.mjs', '--gold', data('summaries', 'bbc_news_summary', 'dev.jsonl')],
  'html-trafilatura': ['score-html.mjs', data('html', 'trafilatura')],
  'html-scrapinghub': ['score-html.mjs', data('html', 'scrapinghub')],
  'html-readability': ['score-html.mjs', data('html', 'readability')],
};
const wanted = process.argv.slice(2);
const names = wanted.length ? Object.keys(SCORERS).filter((k) => wanted.some((w) => k.startsWith(w))) : Object.keys(SCORERS);
let failed = false;
for (const name of names) {
  const [script, ...args] = SCORERS[name];
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(shared, 'eval', script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = (r.stdout || '').trimEnd().split('\n');
  console.log(`== ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s): node ../shared/eval/${script} ${args.map((a) => a.replace(shared, '../shared')).join(' ')}`);
  console.log(lines.slice(-6).join('\n'));
  if (r.status !== 0) { failed = true; console.log(`(exit ${r.status}) ${(r.stderr || '').slice(0, 500)}`); }
}
process.exit(failed ? 1 : 0);
