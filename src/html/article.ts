// A web page → the Article the pipeline reads, built from what the extractor (extract.ts) knows, not
// by reading a text layout back line by line: the headline is the title block, the printed byline
// the byline block, the date the dateline block, <h2>… the heading blocks, and the metadata comes
// from the page's JSON-LD and meta tags.
//
//   {title: "EU Leaders Urge Putin…", byline: "By Tatiana Kalinovskaya for AFP", date: "2020-08-18",
//    blocks: [paragraph "European leaders urged…", heading "Historic demonstrations", …]}
//   → text   "EU Leaders Urge Putin…\n\nBy Tatiana Kalinovskaya for AFP\n2020-08-18\n\nEuropean leaders urged…\n\nHistoric demonstrations\n\n…\n"
//     blocks [title, byline, dateline, paragraph, heading, …], each a range of that text
//     meta   {title, authors: ["Tatiana Kalinovskaya"], agency: "AFP", date: "2020-08-18", url}
//
// A body block's kind is what its element says (<h2> → heading, <p> → paragraph), corrected by what
// its words say, with the lexicon's patterns for article lines:
//   <p>Photo: Stephanie Lecocq / EPA</p>               → caption
//   <p>Related: Huge Crowds Rally in Minsk</p>          → related
//   <p>https://twitter.com/…/status/1522266202730639361</p> → source (an embed's link)
//   <li>By Pam Belluck</li>                            → byline (of a story linked to)
//   <td>8.900 €</td>, <li>1 cup milk</li>              → heading: a label, not body text
//   <h2>Chargé de porter la réforme …</h2> (30 words)   → paragraph: a standfirst set as a heading
//
// The text is what reports index and what --json prints for a page. It is plain text, not
// markdown, so `view` is the text itself: nothing in it is syntax to blank.
import type { Article, ArticleMeta, Block, BlockKind } from '../types.js';
import { parseByline } from '../text/byline.js';
import { BYLINE, CAPTION_LABEL, HEADING_MAX_WORDS, RELATED_LINE, SOURCE_LABEL, URL_ONLY } from '../lexicon/article-lines.js';
import { extractPage, type ExtractedPage, type ExtractOptions } from './extract.js';
import type { TextBlock } from './blocks.js';
import { ENDS_LIKE_SENTENCE } from './words.js';

/** A heading element longer than this is prose: a standfirst or pull quote that sites set in <h2>. */
const HEADING_TAG_MAX_WORDS = 20;
/** Caption and "Related" lines are short; a paragraph that merely starts with "Photo" is prose. */
const FURNITURE_MAX_WORDS = 40;
/** A "By ..." line longer than this is a sentence that starts with "by", as in the text parser. */
const BYLINE_MAX_WORDS = 16;
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * Words in a line: spaces separate them, and Chinese and Japanese, written without spaces, count
 * two characters a word ("出国读研之前" → 3). Korean writes spaces, so it counts by them.
 */
function lineWords(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  return (text.replace(UNSPACED, ' ').match(/\S+/g) ?? []).length + Math.ceil(unspaced / 2);
}

/** Reads the article of a web page: `analyze(extractArticle(html))`. Pure: no I/O. */
export function extractArticle(html: string, options: ExtractOptions = {}): Article {
  return pageArticle(extractPage(html, options));
}

/** Lays an extracted page out as an Article: header lines, then the body, a blank line between blocks. */
export function pageArticle(page: ExtractedPage): Article {
  let text = '';
  const blocks: Block[] = [];
  const add = (kind: BlockKind, s: string, after: string) => {
    blocks.push({ kind, start: text.length, end: text.length + s.length });
    text += s + after;
  };
  // The header: the title alone on its line and a blank line, then byline and date on a line each.
  const header: Array<[BlockKind, string]> = [];
  if (page.byline) header.push(['byline', page.byline]);
  if (page.date) header.push(['dateline', page.date]);
  if (page.title) add('title', page.title, header.length ? '\n\n' : '\n');
  header.forEach(([kind, s], i) => add(kind, s, i < header.length - 1 ? '\n' : ''));
  if (page.title || header.length) text += '\n\n';
  page.blocks.forEach((b, i) => add(bodyKind(b), b.text, i < page.blocks.length - 1 ? '\n\n' : ''));
  text += '\n';
  return { text, view: text, meta: pageMeta(page), blocks };
}

/** Authors from the page's metadata, else from its printed byline, which also names the agency. */
function pageMeta(page: ExtractedPage): ArticleMeta {
  const printed = page.byline ? parseByline(page.byline) : { authors: [], agency: null };
  return {
    title: page.title,
    authors: page.authors.length ? page.authors : printed.authors,
    agency: printed.agency,
    date: page.date,
    url: page.url,
  };
}

/** A short line that does not end like a sentence, or a bare address: "8.900 €", "Walnut Creek". */
const isLabel = (line: string) => URL_ONLY.test(line) || (lineWords(line) <= HEADING_MAX_WORDS && !ENDS_LIKE_SENTENCE.test(line));

/** What a block of the article body is: see the examples at the top. */
export function bodyKind(block: TextBlock): BlockKind {
  const t = block.text;
  const n = lineWords(t);
  const oneLine = !t.includes('\n');
  if (oneLine && BYLINE.test(t) && n <= BYLINE_MAX_WORDS) return 'byline';
  if (RELATED_LINE.test(t) && n <= FURNITURE_MAX_WORDS) return 'related';
  if (oneLine && (SOURCE_LABEL.test(t) || URL_ONLY.test(t))) return 'source';
  if (CAPTION_LABEL.test(t) && n <= FURNITURE_MAX_WORDS) return 'caption';
  if (block.kind === 'heading') return n <= HEADING_TAG_MAX_WORDS ? 'heading' : 'paragraph';
  // Several short lines ("Ninfa Wood<br>Walnut Creek", a list of names) stay body text: as headings
  // they would be read as headline case, and the names in them lost.
  if (oneLine && isLabel(t)) return 'heading';
  return 'paragraph';
}
