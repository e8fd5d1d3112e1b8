// Drops extracted blocks that are still furniture: what the block choice let through and what the
// text layout already says in its header lines.
//   "Share this article"                      → dropped (BOILERPLATE_BLOCKS)
//   "EU Leaders Urge Putin …" (the h1 again)  → dropped: the title line says it
//   "By Tatiana Kalinovskaya for AFP"         → dropped: the byline line says it
//   "August 18, 2020 10:15"                   → dropped: the date line says it
import type { TextBlock } from './blocks.js';
import { squash } from './dom.js';
import { BOILERPLATE_BLOCKS } from '../lexicon/html-boilerplate.js';
import { BYLINE } from '../lexicon/article-lines.js';
import { isDateLine } from '../pipeline/dates.js';

export interface Known {
  title: string | null;
  byline: string | null;
  authors: string[];
}

const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** How many leading blocks may still be header furniture (title, byline, date, kicker). */
const HEADER_ZONE = 6;

export function isFurnitureBlock(text: string): boolean {
  const t = squash(text);
  return BOILERPLATE_BLOCKS.some((re) => re.test(t));
}

export function keepBlocks(blocks: TextBlock[], known: Known): TextBlock[] {
  const title = known.title ? loose(known.title) : '';
  const byline = known.byline ? loose(known.byline) : '';
  const out: TextBlock[] = [];
  let seen = new Set<string>();
  blocks.forEach((b, i) => {
    const t = squash(b.text);
    const l = loose(t);
    if (!l) return;
    if (isFurnitureBlock(t)) return;
    if (i < HEADER_ZONE && title && l === title) return;
    if (byline && l === byline && words(t) <= 20) return;
    if (i < HEADER_ZONE && BYLINE.test(t) && words(t) <= 12) return;
    if (t.length <= 60 && isDateLine(t)) return;
    // The same paragraph twice in a row (a pull quote, a teaser above the body) is said once.
    if (seen.has(l) && words(t) >= 5) return;
    seen.add(l);
    out.push(b);
  });
  seen = new Set();
  return out;
}
