// Drops extracted blocks that are still furniture: what the block choice let through and what the
// text layout already says in its header lines.
//   "Share this article"                      → dropped (BOILERPLATE_BLOCKS)
//   "EU Leaders Urge Putin …" (the h1 again)  → dropped: the title line says it
//   "By Tatiana Kalinovskaya for AFP"         → dropped: the byline line says it
//   "August 18, 2020 10:15"                   → dropped: the date line says it
import type { TextBlock } from './blocks.js';
import { squash } from './dom.js';
import { BOILERPLATE_BLOCKS, PROMO_BLOCK, RELATED_LABEL } from '../lexicon/html-boilerplate.js';
import { ENDS_LIKE_SENTENCE, wordCount } from './words.js';
import { BYLINE } from '../lexicon/article-lines.js';
import { isDateLine } from '../pipeline/dates.js';

export interface Known {
  title: string | null;
  byline: string | null;
  authors: string[];
}

const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = wordCount;

/** How many leading blocks may still be header furniture (title, byline, date, kicker). */
const HEADER_ZONE = 6;

/** Blocks this short may be a call to action ("Sign up for our newsletter"); longer ones are prose about it. */
const PROMO_MAX_WORDS = 30;
/** A block this short that is nearly all link text is a link to elsewhere: "Patti Smith joins Choir! Choir!". */
const LINK_LINE_MAX_WORDS = 25;
const LINK_SHARE = 0.75;

export function isFurnitureBlock(text: string, linkShare = 0): boolean {
  const t = squash(text);
  if (BOILERPLATE_BLOCKS.some((re) => re.test(t))) return true;
  if (RELATED_LABEL.test(t) && words(t) <= 40) return true;
  if (words(t) <= PROMO_MAX_WORDS && PROMO_BLOCK.test(t)) return true;
  if (linkShare >= LINK_SHARE && words(t) <= LINK_LINE_MAX_WORDS) return true;
  // A photo caption that ends with its credit: "Son tres los periodos … Foto: Andina", "… © AFP / MARCO BERTORELLO".
  if (words(t) <= 40 && /(?:©|\b(?:foto|photo|fotos|photos|bild|credit|crédit|imagen)\s*:)\s*[^.!?]{0,60}$/i.test(t)) return true;
  return false;
}

/** A short line that does not end like a sentence: a heading, a label, a button. */
const isLabel = (t: string) => words(t) <= 8 && !ENDS_LIKE_SENTENCE.test(t);

export function keepBlocks(blocks: TextBlock[], known: Known): TextBlock[] {
  const title = known.title ? loose(known.title) : '';
  const byline = known.byline ? loose(known.byline) : '';
  const out: TextBlock[] = [];
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    const t = squash(b.text);
    const l = loose(t);
    if (!l) return;
    if (isFurnitureBlock(t, b.linkShare)) return;
    if (i < HEADER_ZONE && title && l === title) return;
    if (byline && l === byline && words(t) <= 20) return;
    if (i < HEADER_ZONE && BYLINE.test(t) && words(t) <= 12) return;
    if (t.length <= 60 && isDateLine(t)) return;
    // The same paragraph twice in a row (a pull quote, a teaser above the body) is said once.
    if (seen.has(l) && words(t) >= 5) return;
    seen.add(l);
    out.push(b);
  });
  // Headings and labels with no paragraph after them are what is left of a list or a widget:
  // "Themen im Artikel", "Top 5 Energie", "Release Date:" at the end of the page.
  while (out.length > 1 && isLabel(squash(out[out.length - 1].text))) out.pop();
  return out;
}
