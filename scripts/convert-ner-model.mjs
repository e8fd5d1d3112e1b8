#!/usr/bin/env node
// Rewrites an NER model file in the current format (run `npm run build` first):
//
//   node scripts/convert-ner-model.mjs models/ner-en.bin.gz models/ner-en.bin
//
// Reads any format loadNerModel reads (version 2 "NSQNER02", gzip-compressed or not) and writes what
// `npm run train:ner` would now write for the same model: version 3, uncompressed (unless the new name
// ends in .gz), word tables as hash slots. Lossless: the weights and tables are copied, not re-derived.
import { convertNerModel } from '../dist/ner/model-io.js';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node scripts/convert-ner-model.mjs OLD-MODEL NEW-MODEL');
  process.exit(2);
}
convertNerModel(from, to);
console.error(`wrote ${to}`);
