#!/usr/bin/env node
// node scripts/compromise-cli.mjs FILE|DIR ...
//
// The baseline `npm run bench` runs newsq's CLI against: compromise (the JavaScript NLP package users
// reach for) used the way a command-line user would, one process over all the files — for each
// article its people, places, organisations and quotations, one JSON line per file on stdout:
//   {"source":"a.txt","people":["Maria Kolesnikova"],"places":["Minsk"],"organizations":[],"quotations":["\"We will not stop,\""]}
// It does less than `newsq analyze` (no speakers, no coreference, no summary), so the comparison
// flatters compromise, if anything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const nlp = createRequire(import.meta.url)('compromise');

function* articleFiles(path) {
  if (!statSync(path).isDirectory()) { yield path; return; }
  for (const name of readdirSync(path).sort()) {
    const p = join(path, name);
    if (statSync(p).isDirectory()) yield* articleFiles(p);
    else if (/\.(txt|md|markdown|text)$/i.test(name)) yield p;
  }
}

for (const arg of process.argv.slice(2)) {
  for (const file of articleFiles(arg)) {
    const doc = nlp(readFileSync(file, 'utf8'));
    const record = {
      source: file,
      people: doc.people().out('array'),
      places: doc.places().out('array'),
      organizations: doc.organizations().out('array'),
      quotations: doc.quotations().out('array'),
    };
    process.stdout.write(JSON.stringify(record) + '\n');
  }
}
