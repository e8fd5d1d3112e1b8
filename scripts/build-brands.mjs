#!/usr/bin/env node
// Rebuilds models/brands.tsv, the brand gazetteer the NER training reads (the names end up hashed
// inside each model file), from simple-icons (CC0-1.0): the names of ~3,400 companies, services and
// products people name today ("Strava", "Uber Eats", "DoorDash", "Shopify", "Binance"), none of which
// a tagger trained on 1996 wire copy has seen.
//
//   node scripts/build-brands.mjs            # -> models/brands.tsv (one name a line, sorted)
//
// Only the names are taken, never the icons (trademarks of their owners). simple-icons is a
// development dependency: only this table ships. Deterministic: the same package version gives the
// same file.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const out = process.argv[2] ?? 'models/brands.tsv';
const { version } = JSON.parse(readFileSync(join(dirname(require.resolve('simple-icons')), 'package.json'), 'utf8'));
const icons = require('simple-icons/icons.json');

const names = new Set();
for (const icon of icons) {
  // a name must hold a letter and be written as a name is: "Uber Eats", "1Password"; not "/e/"
  if (/\p{L}/u.test(icon.title) && /^[\p{L}\p{N}]/u.test(icon.title)) names.add(icon.title.normalize('NFC'));
}
const rows = [...names].sort();
writeFileSync(out, `# name — built by scripts/build-brands.mjs from simple-icons ${version} (CC0-1.0): names only\n${rows.join('\n')}\n`);
console.error(`wrote ${out}: ${rows.length} brand names`);
