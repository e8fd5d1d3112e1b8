#!/usr/bin/env node
// Rebuilds the shipped NER model from CoNLL-2003 English train (run `npm run build` first):
//
//   npm run train:ner                       # -> models/ner-en.bin
//   node scripts/train-ner.mjs --data A.conll --data B.conll --out model.bin --epochs 12 [--clusters none]
//
// Deterministic: the same data and options give the same file.
import { trainNer } from '../dist/ner/train.js';

const args = process.argv.slice(2);
const data = args.flatMap((a, i) => (args[i - 1] === '--data' ? [a] : []));
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const files = data.length ? data : ['../shared/data/ner/conll2003/eng.train'];
const out = opt('--out', 'models/ner-en.bin');
const epochs = Number(opt('--epochs', '12'));
// --clusters PATH: another word-cluster table; --clusters none: train without clusters (ablation)
const clusters = opt('--clusters') === 'none' ? null : opt('--clusters');
const started = Date.now();
trainNer({ files, out, epochs, clusters, log: (line) => console.error(line) });
console.error(`wrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
