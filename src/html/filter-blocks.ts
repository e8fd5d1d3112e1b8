// Drops extracted blocks that are still furniture: what the block choice let through and what the
// text layout already says in its header lines.
//   "Share this article"                      → dropped (BOILERPLATE_BLOCKS)
//   "EU Leaders Urge Putin …" (the h1 again)  → dropped: the title line says it
//   "By Tatiana Kalinovskaya for AFP"         → dropped: the byline line says it
//   "August 18, 2020 10:15"                   → dropped: the date line says it
import type { TextBlock } from './blocks.js';
import { squash } from './dom.js';
import { BOILERPLATE_BLOCKS, DATE_LABEL_WORDS, PROMO_ADDRESS, PROMO_BLOCK, PROMO_IMPERATIVE, RELATED_LABEL } from '../lexicon/html-boilerplate.js';
import { ENDS_LIKE_SENTENCE, wordCount } from './words.js';
import { BYLINE } from '../lexicon/article-lines.js';
import { isDateLine } from '../text/dates.js';

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
  if (words(t) <= PROMO_MAX_WORDS && (PROMO_IMPERATIVE.test(t) || (PROMO_BLOCK.test(t) && PROMO_ADDRESS.test(t)))) return true;
  if (linkShare >= LINK_SHARE && words(t) <= LINK_LINE_MAX_WORDS) return true;
  // A photo caption that ends with its credit: "Son tres los periodos … Foto: Andina", "… © AFP / MARCO BERTORELLO".
  if (words(t) <= 40 && /(?:©|\b(?:foto|photo|fotos|photos|bild|credit|crédit|crédito|credito|imagen)\s*:)\s*[^.!?]{0,60}$/i.test(t)) return true;
  return false;
}

/**
 * A date stamp in any of the suites' languages: "Aktualisiert: 11.04.2020, 10:27", "Publiziert:
 * 03.04.2020", "2 de mayo de 2021 - 10:15 hs". Numeric dates and times and month names are taken
 * out, then label words; nothing may be left.
 */
export function isDateStamp(text: string): boolean {
  const t = squash(text);
  if (t.length > 80 || !/\b(?:1[89]|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]/.test(t)) return false; // a year, or a day and month
  const rest = t
    .replace(/\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/g, ' ') // 11.04.2020, 2020-04-11, 04/11/20
    .replace(/\b\d{1,2}[:.h]\d{2}(?:\s*h)?\b/gi, ' ') // 10:27, 10.27, 10h27
    .replace(/\b\d{1,4}(?:st|nd|rd|th|\.)?/g, ' ') // 3, 2020, 3rd, 3.
    .replace(/(?<!\p{L})(?:jan|feb|fév|mär|mar|apr|avr|abr|may|mai|mei|maj|jun|juin|jul|juil|aug|ago|aoû|sep|set|oct|okt|out|nov|dec|dez|dic|déc|gru|sty|lut|kwi|cze|lip|sie|wrz|paź|lis)\p{L}*\.?/giu, ' ') // month names, from their first letters
    .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\w*\.?/gi, ' ')
    .replace(DATE_LABEL_WORDS, ' ')
    .replace(/[\s,.:;|\-–—()/]+/g, '');
  return rest.length === 0;
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
    if ((t.length <= 60 && isDateLine(t)) || isDateStamp(t)) return;
    // The same paragraph twice in a row (a pull quote, a teaser above the body) is said once.
    if (seen.has(l) && words(t) >= 5) return;
    seen.add(l);
    out.push(b);
  });
  // An author's bio closing the article: "Alice Wu fell down the rabbit hole of politics aged 12 …".
  const surnames = known.authors.map((a) => a.split(' ').pop() ?? '').filter((n) => n.length >= 3);
  for (let k = 0; k < 2 && out.length > 2; k++) {
    const last = squash(out[out.length - 1].text);
    const opening = last.split(/[\s,]+/).slice(0, 4).join(' ');
    if (words(last) <= 80 && known.authors.some((a) => opening.startsWith(a)) && surnames.some((n) => opening.includes(n))) out.pop();
    else break;
  }
  // Headings and labels with no paragraph after them are what is left of a list or a widget:
  // "Themen im Artikel", "Top 5 Energie", "Release Date:" at the end of the page.
  while (out.length > 1 && isLabel(squash(out[out.length - 1].text))) out.pop();
  return out;
}
