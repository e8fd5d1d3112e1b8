// Parsers for option values: each throws commander's InvalidArgumentError, which run() turns into
// a one-line usage error naming the option and exit status 2.
import { createRequire } from 'node:module';
import type * as CommanderModule from 'commander';
import type { EntityType, QuoteKind } from '../types.js';
import type { OptionValue } from '../commands.js';

const { InvalidArgumentError } = createRequire(import.meta.url)('commander') as typeof CommanderModule;

const ENTITY_TYPES: Record<string, EntityType> = {
  person: 'person', people: 'person', per: 'person',
  organization: 'organization', organisation: 'organization', org: 'organization',
  place: 'place', location: 'place', loc: 'place',
  misc: 'misc',
};
const QUOTE_KINDS: QuoteKind[] = ['direct', 'partial', 'indirect'];

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return Number(value);
}

export function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

export function ratio(value: string): number {
  const x = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !(x > 0 && x <= 1)) throw new InvalidArgumentError('expected a number above 0 and at most 1, e.g. 0.2.');
  return x;
}

export function entityTypes(value: string): EntityType[] {
  return value.split(',').map((v) => {
    const t = ENTITY_TYPES[v.trim().toLowerCase()];
    if (!t) throw new InvalidArgumentError(`unknown type "${v}"; use person, organization, place or misc.`);
    return t;
  });
}

export function quoteKinds(value: string): QuoteKind[] {
  return value.split(',').map((v) => {
    const k = v.trim().toLowerCase() as QuoteKind;
    if (!QUOTE_KINDS.includes(k)) throw new InvalidArgumentError(`unknown kind "${v}"; use direct, partial or indirect.`);
    return k;
  });
}

export function seconds(value: string): number {
  const x = Number(value);
  if (!(x > 0)) throw new InvalidArgumentError('expected a number of seconds above 0.');
  return x;
}

/** "1048576", "500k", "10M", "1.5MB" → bytes (k = 1024). */
export function byteCount(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  const unit = m ? ({ '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[m[2].toLowerCase()] : 0;
  const n = m ? Math.floor(Number(m[1]) * unit) : 0;
  if (!(n >= 1)) throw new InvalidArgumentError('expected a size in bytes, e.g. 500k or 10M.');
  return n;
}

/** The parser behind each kind of option value named in the commands table (src/commands.ts). */
export const PARSERS: Record<OptionValue, (value: string) => unknown> = {
  positiveInt, nonNegativeInt, ratio, entityTypes, quoteKinds, seconds, byteCount,
};
