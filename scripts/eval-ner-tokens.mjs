#!/usr/bin/env node
// Scores a NER model on gold tokens (no tokeniser involved): exact-span F1 per type, conlleval-style.
//
//   node scripts/eval-ner-tokens.mjs ../shared/data/ner/conll2003/eng.testa [--model models/ner-en.bin]
import { readConllFile } from '../dist/ner/conll.js';
import { loadNerModel } from '../dist/ner/model-io.js';
import { tagDocument } from '../dist/ner/model.js';
import { iobToSpans, labelsToSpans, TYPES } from '../dist/ner/labels.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const file = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
const t0 = performance.now();
const model = loadNerModel(opt('--model'));
const loadMs = performance.now() - t0;
// GMB writes geo/per/org (and gpe, tim ... which CoNLL has no type for): map to CoNLL's names
const GMB = { geo: 'LOC', per: 'PER', org: 'ORG' };
const docs = readConllFile(file).map((d) => ({
  ...d,
  tags: d.tags.map((ts) => ts.map((t) => { const [p, ty] = t.split('-'); return !ty ? t : GMB[ty] ? `${p}-${GMB[ty]}` : /^(PER|ORG|LOC|MISC)$/i.test(ty) ? t : 'O'; })),
}));
const c = TYPES.map(() => ({ tp: 0, pred: 0, gold: 0 }));
let tokens = 0;
const t1 = performance.now();
const predicted = docs.map((d) => tagDocument(model, d.sentences));
const secs = (performance.now() - t1) / 1000;
docs.forEach((d, di) => d.sentences.forEach((s, si) => {
  tokens += s.length;
  const key = (x) => `${x.start}:${x.end}:${x.type}`;
  const gold = iobToSpans(d.tags[si]);
  const pred = labelsToSpans(predicted[di][si]);
  const g = new Set(gold.map(key));
  for (const x of gold) c[x.type].gold++;
  for (const x of pred) { c[x.type].pred++; if (g.has(key(x))) c[x.type].tp++; }
}));
const f = ({ tp, pred, gold }) => { const p = tp / pred, r = tp / gold; return { p, r, f: (2 * p * r) / (p + r) }; };
const sum = (ix) => ix.reduce((a, i) => ({ tp: a.tp + c[i].tp, pred: a.pred + c[i].pred, gold: a.gold + c[i].gold }), { tp: 0, pred: 0, gold: 0 });
TYPES.forEach((t, i) => { const r = f(c[i]); console.log(`${t.padEnd(5)} P ${r.p.toFixed(4)} R ${r.r.toFixed(4)} F1 ${r.f.toFixed(4)}`); });
console.log(`PER/ORG/LOC F1 ${f(sum([0, 1, 2])).f.toFixed(4)} · all F1 ${f(sum([0, 1, 2, 3])).f.toFixed(4)}`);
console.log(`load ${loadMs.toFixed(0)} ms · ${tokens} tokens in ${secs.toFixed(2)} s = ${Math.round(tokens / secs)} tokens/s (incl. features)`);
