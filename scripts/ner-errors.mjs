#!/usr/bin/env node
// Sorts a NER model's errors on gold tokens (no tokeniser involved) into kinds, for error analysis:
// a gold span missed outright, found with the wrong type ("type ORG->MISC"), found with other edges
// ("boundary"), or a predicted span that touches no gold one ("spurious"); each split by whether the gold
// words are all lower case ("lc": web text's "san francisco").
//
//   node scripts/ner-errors.mjs ../shared/data/ner/uner_en/en_ewt-ud-dev.iob2 [--model PATH|open] [--three] [--show 'missed LOC'] [--n 40]
//
// --three: the set has no MISC (UNER, BTC): predicted MISC spans are not counted as spurious.
// --show TEXT: list examples of every kind whose name contains TEXT (with the sentence, for missed and spurious).
import { readConllFile } from '../dist/ner/conll.js';
import { loadNerModel } from '../dist/ner/model-io.js';
import { tagDocument } from '../dist/ner/model.js';
import { iobToSpans, labelsToSpans, TYPES } from '../dist/ner/labels.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const file = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
if (!file) {
  console.error('usage: ner-errors.mjs FILE [--model PATH|open] [--three] [--show TEXT] [--n N]');
  process.exit(2);
}
const model = loadNerModel(opt('--model'));
const three = args.includes('--three');
const counts = new Map();
const examples = new Map();
const note = (kind, example) => {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  if (!examples.has(kind)) examples.set(kind, []);
  examples.get(kind).push(example);
};
for (const doc of readConllFile(file)) {
  const predicted = tagDocument(model, doc.sentences);
  doc.sentences.forEach((words, s) => {
    const gold = iobToSpans(doc.tags[s]);
    const pred = labelsToSpans(predicted[s]);
    const text = (x) => words.slice(x.start, x.end).join(' ');
    const context = ` <${words.join(' ').slice(0, 120)}>`;
    const overlaps = (a, b) => a.start < b.end && b.start < a.end;
    for (const g of gold) {
      const same = pred.find((x) => x.start === g.start && x.end === g.end);
      if (same && same.type === g.type) { note('right', ''); continue; }
      const lc = words.slice(g.start, g.end).every((w) => w === w.toLowerCase()) ? 'lc' : 'cap';
      const touching = pred.filter((x) => overlaps(x, g));
      if (same) note(`type ${TYPES[g.type]}->${TYPES[same.type]} ${lc}`, text(g));
      else if (touching.length) note(`boundary ${TYPES[g.type]} ${lc}`, `${text(g)} | predicted ${touching.map((x) => `${text(x)}/${TYPES[x.type]}`).join(', ')}`);
      else note(`missed ${TYPES[g.type]} ${lc}`, text(g) + context);
    }
    for (const x of pred) {
      if (three && TYPES[x.type] === 'MISC') continue;
      if (!gold.some((g) => overlaps(x, g))) note(`spurious ${TYPES[x.type]}`, text(x) + context);
    }
  });
}
for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), kind);
const show = opt('--show');
if (show)
  for (const [kind, list] of examples)
    if (kind.includes(show)) {
      console.log(`== ${kind}`);
      for (const e of list.slice(0, Number(opt('--n', '40')))) console.log(`   ${e}`);
    }
