// A web page → the article as newsq text plus the page's metadata. Pure: a function of the HTML
// string (and the address it came from, for relative links and a date in the URL); no I/O.
//
//   <html>…<nav>…</nav><article><h1>EU Leaders Urge Putin…</h1><p class="byline">By Tatiana
//   Kalinovskaya for AFP</p><p>European leaders urged…</p>…</article><aside class="related">…</html>
//   →
//   EU Leaders Urge Putin…          (title line)
//                                   (blank)
//   By Tatiana Kalinovskaya for AFP (byline, when known)
//   2020-08-18                      (date, when known)
//
//   European leaders urged…         (paragraphs and headings, a blank line between blocks)
//
// Steps: metadata is read from the untouched page (JSON-LD, meta tags, h1, byline); furniture is
// removed (clean.ts); Readability picks the main block; furniture inside that block is removed again;
// the block is flattened to text blocks and lines that are still furniture (share prompts, "Read
// more" lines, the headline and byline repeated) are dropped.
import { Readability } from '@mozilla/readability';
import { parseDocument, squash, type DomElement } from './dom.js';
import { readPageMeta, toIsoDate, type PageMeta } from './metadata.js';
import { keepInlineDatelines, removeFurniture } from './clean.js';
import { blocksOf, type TextBlock } from './blocks.js';
import { keepBlocks } from './filter-blocks.js';
import { fallbackBlocks } from './fallback.js';
import { findLede, loose } from './lede.js';
import { wordCount } from './words.js';
import { DESK_BYLINE } from '../lexicon/html-boilerplate.js';
import type { ArticleMeta } from '../types.js';

export interface ExtractOptions {
  /** The page's address: the fetched URL, or null for a saved file. */
  url?: string | null;
}

export interface Extracted {
  /** The article in newsq's text layout; report offsets index this string. */
  text: string;
  /** For analyze()'s `meta` option: fields the page states win over what the text parser reads. */
  meta: Partial<ArticleMeta>;
  page: PageMeta;
  blocks: TextBlock[];
}

/** Below this many words the chosen block is checked against the fallback's… */
const FALLBACK_BELOW = 200;
/** …which replaces it when it has this many times the words. */
const FALLBACK_FACTOR = 3;

/** Readability keeps blocks shorter than this out of its candidate scoring; the library default is 500. */
const CHAR_THRESHOLD = 500;

export function extractArticle(html: string, options: ExtractOptions = {}): Extracted {
  const doc = parseDocument(html);
  const page = readPageMeta(doc, options.url ?? null);
  const lede = findLede(doc);
  if (doc.body) {
    removeFurniture(doc.body);
    keepInlineDatelines(doc.body);
  }

  let blocks: TextBlock[] = [];
  let readabilityTitle: string | null = null;
  let readabilityByline: string | null = null;
  let readabilityDate: string | null = null;
  try {
    const reader = new Readability<DomElement>(doc as never, {
      keepClasses: true,
      charThreshold: CHAR_THRESHOLD,
      serializer: (el) => el as unknown as DomElement,
    });
    const article = reader.parse();
    if (article?.content) {
      removeFurniture(article.content, { strongShare: 0.4, weakShare: 0.15 });
      blocks = blocksOf(article.content);
      readabilityTitle = squash(article.title) || null;
      readabilityByline = squash(article.byline) || null;
      readabilityDate = toIsoDate(article.publishedTime);
    }
  } catch {
    blocks = []; // a page Readability cannot walk: the fallback below reads it
  }
  // Readability can settle on a fragment: a lone paragraph beside a table, a teaser. When the page
  // holds far more article text elsewhere (its JSON-LD articleBody, a run of long <p>s), read that.
  const chosen = blockWords(blocks);
  if (chosen < FALLBACK_BELOW) {
    const other = fallbackBlocks(parseDocument(html));
    if (blockWords(other) > Math.max(chosen * FALLBACK_FACTOR, chosen + 20) || (chosen < 30 && blockWords(other) > chosen)) blocks = other;
  }

  if (lede && blocks.length && !loose(blocks.map((b) => b.text).join(' ')).includes(loose(lede).slice(0, 50))) {
    blocks.unshift({ kind: 'paragraph', text: lede });
  }

  const title = page.title ?? readabilityTitle;
  const authors = page.authors.length ? page.authors : bylineNames(readabilityByline);
  const date = page.date ?? readabilityDate;
  const byline = bylineLine(page.byline ?? readabilityByline);
  blocks = keepBlocks(blocks, { title, byline: page.byline ?? readabilityByline, authors });

  const head: string[] = [];
  if (title) head.push(title, '');
  if (byline) head.push(byline);
  if (date) head.push(date);
  const body = blocks.map((b) => b.text).join('\n\n');
  const text = (head.length ? `${head.join('\n')}\n\n` : '') + body + '\n';

  const meta: Partial<ArticleMeta> = {};
  if (title) meta.title = title;
  if (authors.length) meta.authors = authors;
  if (date) meta.date = date;
  if (page.url) meta.url = page.url;
  return { text, meta, page, blocks };
}

const blockWords = (blocks: TextBlock[]) => blocks.reduce((n, b) => n + wordCount(b.text), 0);

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]; an outlet name alone stays as one. */
function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline.replace(/^(?:by|von|par|por)\s+/i, '').split(/\s*(?:,|;|\band\b|&)\s*/).map(squash)
    .filter((n) => n && n.split(' ').length <= 5 && /\p{Lu}/u.test(n));
}

/**
 * The byline line of the text layout: the page's own "By ..." when it prints one (it may name an
 * agency: "By Tatiana Kalinovskaya for AFP"). Authors known only from metadata go to `meta`, not
 * into the text: a name the page shows only in its header is not article text.
 */
function bylineLine(printed: string | null): string | null {
  const p = squash(printed);
  if (p && /^by\s+\S/i.test(p) && p.split(' ').length <= 16 && !/\d/.test(p) && !DESK_BYLINE.test(p)) return p;
  return null;
}
