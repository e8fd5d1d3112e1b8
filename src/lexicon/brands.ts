// Brand names for the tagger's organisation features, read from models/brands.tsv: a table built by
// scripts/build-brands.mjs from simple-icons (CC0-1.0; a development dependency, so an install does
// not carry it): the names of companies, services and products in today's news ("Strava",
// "Uber Eats", "DoorDash", "Binance") that 1996 wire copy never saw.
//
// Read only when training a model (the names end up hashed inside the model file). A name that is
// also a place or a given name ("Jordan", "Julia") is left out when training: it says nothing about
// which kind of name a mention is.

import { readFileSync } from 'node:fs';

export const BRANDS_URL = new URL('../../models/brands.tsv', import.meta.url);

/** Parses the table: one name a line, '#' lines are comments. */
export function parseBrands(tsv: string): string[] {
  return tsv.split('\n').filter((line) => line && !line.startsWith('#'));
}

let cached: string[] | null = null;

export function brands(): string[] {
  cached ??= parseBrands(readFileSync(BRANDS_URL, 'utf8'));
  return cached;
}
