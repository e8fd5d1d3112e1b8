// iconv-lite, loaded on first use: only files that are not UTF-8 (UTF-16 with a BOM, Windows-1252,
// a page declaring another charset) need it, and a plain UTF-8 run should not pay for loading it.
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

let loaded: typeof Iconv | null = null;

export function iconv(): typeof Iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv;
  return loaded;
}
