#!/usr/bin/env node
// Tagger speed on one core: model load time, then tokens per second of tagSentences (features,
// scoring and Viterbi; no tokenising) over CoNLL documents or the fixture article.
//
//   node scripts/bench-ner.mjs [FILE.conll] [--model PATH] [--seconds 5]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseConll } from '../dist/ner/conll.js';
import { loadNerModel } from '../dist/ner/model-io.js';
import { tagSentences } from '../dist/ner/model.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const file = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
const t0 = performance.now();
const model = loadNerModel(opt('--model'));
const loadMs = performance.now() - t0;
const docs = file
  ? parseConll(readFileSync(file, 'utf8')).map((d) => d.sentences)
  : [readFileSync(new URL('../fixtures/belarus-2020-08-18.txt', import.meta.url), 'utf8').split(/\n+/).filter(Boolean).map((l) => l.match(/[\p{L}\p{N}'’.-]+|[^\s\p{L}\p{N}]/gu) ?? [])];
const tokensPerPass = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);
for (let i = 0; i < 2; i++) for (const d of docs) tagSentences(model, d); // warm-up
const seconds = Number(opt('--seconds', '5'));
let tokens = 0;
const cpu0 = process.cpuUsage();
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  for (const d of docs) tagSentences(model, d);
  tokens += tokensPerPass;
}
const elapsed = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6; // CPU time: less disturbed by other processes than the wall clock
console.log(`ner: model load ${loadMs.toFixed(0)} ms · ${Math.round(tokens / elapsed)} tokens/s wall, ${Math.round(tokens / cpuSeconds)} tokens/s of CPU time (tagSentences, one core, ${tokens} tokens)`);
