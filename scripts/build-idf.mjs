#!/usr/bin/env node
// Builds models/idf.tsv, the background document frequencies that weigh summary and keyword terms.
//
//   npx tsc -p . && node scripts/build-idf.mjs [--corpus ../shared/data/unlabeled/news10m]
//                                              [--out models/idf.tsv] [--min-df 2] [--max-terms 60000]
//
// Why: TF-IDF needs to know which words are everyday news vocabulary ("people", "Tuesday",
// "government") and which are topical ("sanctions", "dialogue"). One article cannot tell; a few
// thousand can. The script reads every .txt file of the corpus with newsq's own parser (so only body
// paragraphs count, as at run time) and turns body tokens into terms with dist/summary/terms.js, the
// very function the summariser uses, so table keys and runtime lookups always agree.
//
// Output is a derived table only, never corpus text: "#docs<TAB>N" then "term<TAB>df" sorted by df
// (descending) then term. Terms in fewer than --min-df documents are left out (the runtime treats an
// absent term as unseen, which is nearly the same weight), and counts of 100 or more are rounded to
// two significant digits: 1,523 → 1,500. Deterministic: sorted file names, no randomness.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { read } from '../dist/pipeline/index.js';
import { termsOf } from '../dist/summary/terms.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const corpusDir = opt('--corpus', '../shared/data/unlabeled/news10m');
const out = opt('--out', 'models/idf.tsv');
const minDf = Number(opt('--min-df', '2'));
const maxTerms = Number(opt('--max-terms', '60000'));

const df = new Map();
let docs = 0;
for (const name of readdirSync(corpusDir).sort()) {
  if (!name.endsWith('.txt')) continue;
  const seg = read(readFileSync(join(corpusDir, name), 'utf8'));
  const seen = new Set();
  for (const s of seg.sentences) if (s.kind === 'paragraph') for (const t of termsOf(s.tokens)) seen.add(t);
  for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  docs++;
}

const round = (n) => (n < 100 ? n : Number(n.toPrecision(2)));
const rows = [...df].filter(([, n]) => n >= minDf).map(([t, n]) => [t, round(n)]);
rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const kept = rows.slice(0, maxTerms);
writeFileSync(out, `#docs\t${docs}\n` + kept.map(([t, n]) => `${t}\t${n}`).join('\n') + '\n');
console.error(`${docs} documents, ${df.size} terms, ${kept.length} written to ${out}`);
