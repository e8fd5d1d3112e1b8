// PLACEHOLDER until the trained tagger lands (issue 3): finds no entities.
import type { Entity, Segmented } from '../types.js';

export interface EntityOptions { model?: unknown }

export function findEntities(_seg: Segmented, _options: EntityOptions = {}): Entity[] {
  return [];
}
