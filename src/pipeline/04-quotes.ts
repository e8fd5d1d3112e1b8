// PLACEHOLDER until quote extraction lands (issue 4): finds no quotes.
import type { Entity, Quote, Segmented } from '../types.js';

export function findQuotes(_seg: Segmented, _entities: Entity[]): Quote[] {
  return [];
}
