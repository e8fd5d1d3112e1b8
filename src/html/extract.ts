// A web page → what it says about its article: the headline, byline and date it prints or states
// in its metadata, and the article's blocks of text in reading order. Pure: a function of the HTML
// string (and the address it came from, for relative links and a date in the URL); no I/O.
// article.ts lays the result out as an Article for the pipeline (extractArticle).
//
//   <html>…<nav>…</nav><article><h1>EU Leaders Urge Putin…</h1><p class="byline">By Tatiana
//   Kalinovskaya for AFP</p><p>European leaders urged…</p>…</article><aside class="related">…</html>
//   →
//   {title: "EU Leaders Urge Putin…", byline: "By Tatiana Kalinovskaya for AFP", date: "2020-08-18",
//    authors: ["Tatiana Kalinovskaya"], blocks: [{kind: 'paragraph', text: "European leaders urged…"}, …]}
//
// Steps: metadata is read from the untouched page (JSON-LD, meta tags, h1, byline); furniture is
// removed (clean.ts); Readability picks the main block; furniture inside that block is removed again;
// the block is flattened to text blocks and lines that are still furniture (share prompts, "Read
// more" lines, the headline and byline repeated) are dropped.
import { authorNames, cutTail } from '../text/byline.js';
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

export interface ExtractOptions {
  /** The page's address: the fetched URL, or null for a saved file. */
  url?: string | null;
}

/** What the page says, before it is laid out as text. */
export interface ExtractedPage {
  /** The headline (JSON-LD, og:title, <title> or <h1>, site name stripped). */
  title: string | null;
  /** The byline line as the page prints it ("By Tatiana Kalinovskaya for AFP"), when it is one. */
  byline: string | null;
  /** Authors the page names in its metadata, or in its printed byline. */
  authors: string[];
  date: string | null; // ISO YYYY-MM-DD
  url: string | null;
  /** The article's body blocks, furniture and the repeated headline and byline left out. */
  blocks: TextBlock[];
  page: PageMeta;
}

/** Below this many words the chosen block is checked against the fallback's… */
const FALLBACK_BELOW = 200;
/** …which replaces it when it has this many times the words. */
const FALLBACK_FACTOR = 3;

/** Readability keeps blocks shorter than this out of its candidate scoring; the library default is 500. */
const CHAR_THRESHOLD = 500;

export function extractPage(html: string, options: ExtractOptions = {}): ExtractedPage {
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

  return { title, byline, authors, date, url: page.url, blocks, page };
}

const blockWords = (blocks: TextBlock[]) => blocks.reduce((n, b) => n + wordCount(b.text), 0);

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]; an outlet name alone stays as one. */
function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return authorNames(cutTail(byline).replace(/^(?:by|von|par|por)\s+/i, '').split(/\s*(?:,|;|\band\b|&)\s*/).map(squash)
    .filter((n) => n && n.split(' ').length <= 5 && /\p{Lu}/u.test(n)));
}

/**
 * The byline line of the article: the page's own "By ..." when it prints one (it may name an
 * agency: "By Tatiana Kalinovskaya for AFP"). Authors known only from metadata go to `meta`, not
 * into the text: a name the page shows only in its header is not article text.
 */
function bylineLine(printed: string | null): string | null {
  const p = squash(printed);
  if (p && /^by\s+\S/i.test(p) && p.split(' ').length <= 16 && !/\d/.test(p) && !DESK_BYLINE.test(p)) return p;
  return null;
}
