// Word tables learned from unlabeled news (scripts/build-word-clusters.mjs writes them as TSV):
// cluster paths and how often each word is capitalised mid-sentence.
//
//   "Putin\t7.7.4.0\t412\t415" -> clusters[hash("Putin")] = pack(7.7.4.0)
//                                 capBins[hash("putin")] = 1 + bin(412 / 415)

import { readFileSync } from 'node:fs';
import { hashString } from './hash.js';
import { IntMap } from './int-map.js';
import { packCluster } from './features.js';

/** The shipped table, relative to this file (dist/ner/ -> models/). */
export const DEFAULT_CLUSTERS_URL = new URL('../../models/word-clusters.tsv', import.meta.url);

export interface WordTables {
  clusters: IntMap;
  capBins: IntMap;
}

/** Ratio of capitalised mid-sentence uses -> bin 0..5 (never, rarely, ... always). */
export function capBin(capitalised: number, total: number): number {
  const r = capitalised / total;
  return r < 0.02 ? 0 : r < 0.2 ? 1 : r < 0.5 ? 2 : r < 0.8 ? 3 : r < 0.98 ? 4 : 5;
}

export function parseWordTables(tsv: string): WordTables {
  const clusters = new IntMap(40000);
  const capBins = new IntMap(40000);
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, path, capped, total] = line.split('\t');
    if (path && path !== '-') clusters.set(hashString(word), packCluster(path.split('.').map(Number)));
    const t = Number(total);
    if (t >= 3 && word === word.toLowerCase()) capBins.set(hashString(word), 1 + capBin(Number(capped), t));
  }
  return { clusters, capBins };
}

export function readWordTables(path: string): WordTables {
  return parseWordTables(readFileSync(path, 'utf8'));
}
