#!/usr/bin/env node
// Rebuilds the shipped NER models (run `npm run build` first), or trains one on given files:
//
//   npm run train:ner                                   # every model of scripts/ner-recipes.mjs
//   node scripts/train-ner.mjs --recipe open            # one of them
//   node scripts/train-ner.mjs --recipe default --sets conll,uner --out /tmp/x.bin --epochs 6   # experiments
//   node scripts/train-ner.mjs --recipe default --out /tmp/y.bin --seed 2      # another document order
//   node scripts/train-ner.mjs --data A.conll --data B.conll --out model.bin --epochs 12 [--clusters none]
//
// Deterministic: the same data and options give the same file. A file with no labelled sentence is an
// error (exit 1), not an empty model.
import { trainNer } from '../dist/ner/train.js';
import { MODELS, SETS } from './ner-recipes.mjs';

const args = process.argv.slice(2);
const data = args.flatMap((a, i) => (args[i - 1] === '--data' ? [a] : []));
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const epochs = Number(opt('--epochs', '12'));
// --seed N: another document order (default 1), to see how much a score moves by chance alone
const seed = Number(opt('--seed', '1'));
// --clusters PATH: another word-cluster table; --clusters none: train without clusters (ablation)
const clustersOpt = opt('--clusters') === 'none' ? null : opt('--clusters');

function train(options) {
  const started = Date.now();
  try {
    trainNer({ ...options, epochs, seed, log: (line) => console.error(line) });
  } catch (err) {
    console.error(`train-ner: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
  console.error(`wrote ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (data.length) {
  train({ files: data, out: opt('--out', 'models/ner-en.bin'), clusters: clustersOpt });
} else {
  const names = opt('--recipe') ? [opt('--recipe')] : Object.keys(MODELS);
  for (const name of names) {
    const recipe = MODELS[name];
    if (!recipe) { console.error(`train-ner: no recipe ${name} (have: ${Object.keys(MODELS).join(', ')})`); process.exit(2); }
    const sets = opt('--sets') ? opt('--sets').split(',') : recipe.sets;
    const sources = sets.flatMap((s) => SETS[s] ?? (console.error(`train-ner: no set ${s}`), process.exit(2)));
    const minWeight = Number(opt('--min-weight', recipe.minWeight ?? 0.05));
    train({ sources, minWeight, out: opt('--out', recipe.out), clusters: clustersOpt === undefined ? recipe.clusters : clustersOpt });
  }
}
