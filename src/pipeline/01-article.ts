// Stage 1: text → Article. Finds the headline, byline, date and source link of a plain-text or
// markdown news file, and sorts its blocks (runs of lines between blank lines) into body paragraphs,
// section headings and the furniture around them (captions, credits, "Related article" links).
//
//   EU Leaders Urge Putin to Push for Talks ...      → title
//   By [Tatiana Kalinovskaya for AFP](#)             → byline: authors ["Tatiana Kalinovskaya"], agency "AFP"
//   August 18, 2020                                  → dateline: 2020-08-18
//   Charles Michel **Stephanie Lecocq / EPA / TASS** → caption
//   European leaders urged Russian President ...     → paragraph
//   'Lawlessness and injustice'                      → heading
//   Original url: / <https://...>                    → source
//   ... would reply next week. REUTER                → the body ends at "week."; agency "Reuters"
//   OTTAWA (AP) — The minister said ...              → the body starts at "The minister"; agency "AP"
//
// Web pages do not come through here: src/html/article.ts builds their Article from the page itself.
import type { Article, ArticleMeta, Block, BlockKind } from '../types.js';
import { maskMarkdown } from '../text/markdown.js';
import { isoDate, isDateLine, dateFromUrl } from '../text/dates.js';
import { parseByline } from '../text/byline.js';
import {
  BYLINE, CAPTION_LABEL, CREDIT_WORDS, ENDS_LIKE_SENTENCE, HEADING_MAX_WORDS, RELATED_LINE,
  SOURCE_LABEL, TITLE_MAX_SENTENCE_WORDS, TITLE_MAX_WORDS, URL_ONLY,
} from '../lexicon/article-lines.js';
import { DATELINE, SIGNOFF, agencyOf } from '../lexicon/wire-marks.js';

interface Line { start: number; end: number }

/** Lines with their offsets; "\r\n", "\r" and "\n" all end a line. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

const isBlank = (view: string, l: Line) => !/\S/.test(view.slice(l.start, l.end));
const words = (s: string) => (s.match(/\S+/g) ?? []).length;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A line that is a block of its own even when no blank line sets it apart ("By X" under a title). */
function standsAlone(line: string): boolean {
  return (BYLINE.test(line) && words(line) <= 16) || RELATED_LINE.test(line) || SOURCE_LABEL.test(line)
    || URL_ONLY.test(line) || TIME_STAMP.test(line) || isDateLine(line);
}

/**
 * A live blog's time stamp on a line of its own: "8.40am", "10:05 a.m.", "14:20 GMT". It heads the
 * entry after it (it was read as the entry's first words: "8.40am Here is a reader's message" made
 * "8.40am" a speaker).
 */
const TIME_STAMP = /^\s*(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|AEDT|AEST|IST|JST))?\s*$/i;

/** Groups lines into blocks: blank lines separate them; header-like lines stand alone. */
function groupBlocks(view: string, lines: Line[]): Line[] {
  const blocks: Array<Line & { alone: boolean }> = [];
  let current: (Line & { alone: boolean }) | null = null;
  for (const line of lines) {
    if (isBlank(view, line)) { current = null; continue; }
    const alone = standsAlone(view.slice(line.start, line.end));
    if (current && !alone && !current.alone) current.end = line.end;
    else blocks.push((current = { ...line, alone }));
  }
  // A file with no blank lines at all writes one paragraph a line.
  const hasBlankSeparated = lines.some((l, i) => i > 0 && i < lines.length - 1 && isBlank(view, l));
  if (!hasBlankSeparated && blocks.length <= 3 && lines.length > 3) {
    return lines.filter((l) => !isBlank(view, l));
  }
  return blocks.map(({ start, end }) => ({ start, end }));
}

/** "**Stephanie Lecocq / EPA / TASS**" at the end of a line, or an italic line alone: a credit. */
function isCaption(raw: string, view: string): boolean {
  if (CAPTION_LABEL.test(view) && words(view) <= 40) return true;
  const credit = /(\*\*|__|\*|_)([^*_\n]+)\1\s*$/.exec(raw.trim());
  if (credit && (CREDIT_WORDS.test(credit[2]) || credit[2].includes(' / '))) return true;
  return /^\s*(\*|_)[^*_\n]+\1\s*$/.test(raw) && words(view) <= 40 && !ENDS_LIKE_SENTENCE.test(view.trim());
}

function classify(text: string, view: string, block: Line, index: number, count: number): BlockKind {
  const raw = text.slice(block.start, block.end);
  const v = view.slice(block.start, block.end);
  const oneLine = !/[\r\n]/.test(v.trim());
  const n = words(v);
  // A headline may end in a stop ("Roger Stone: Don't Trust the Voting Machines.") but is short.
  if (index === 0 && oneLine && count > 1 && (n <= TITLE_MAX_SENTENCE_WORDS || (n <= TITLE_MAX_WORDS && !ENDS_LIKE_SENTENCE.test(v)))) return 'title';
  if (oneLine && TIME_STAMP.test(v)) return 'heading';
  if (oneLine && BYLINE.test(v) && n <= 16) return 'byline';
  if (oneLine && isDateLine(v)) return 'dateline';
  if (RELATED_LINE.test(v) && n <= 40) return 'related';
  if (oneLine && (SOURCE_LABEL.test(v) || URL_ONLY.test(v))) return 'source';
  if (isCaption(raw, v)) return 'caption';
  if (/^[ \t]{0,3}#{1,6}[ \t]/.test(raw)) return 'heading';
  if (oneLine && n <= HEADING_MAX_WORDS && !ENDS_LIKE_SENTENCE.test(v)) return 'heading';
  return 'paragraph';
}

/** Reads the article out of a document text (BOM already removed). Pure: no I/O. */
export function parseArticle(text: string): Article {
  const view = maskMarkdown(text);
  const lines = splitLines(text);
  const signoff = cutSignoff(view, groupBlocks(view, lines));
  const grouped = signoff.blocks;
  const blocks: Block[] = grouped.map((b, i) => ({ start: b.start, end: b.end, kind: classify(text, view, b, i, grouped.length) }));
  // Trim each block to its visible characters so spans never start or end in blanked syntax.
  for (const b of blocks) {
    const v = view.slice(b.start, b.end);
    const lead = v.length - v.trimStart().length;
    const trail = v.length - v.trimEnd().length;
    b.start += lead;
    b.end -= trail;
  }
  const dateline = cutDateline(view, blocks);
  const meta = readMeta(view, blocks);
  meta.agency ??= signoff.agency ?? dateline;
  if (text.length < LAZY_VIEW_FROM || view === text) return { text, view, meta, blocks };
  // A long document's view is made again when it is read instead of being kept: kept, it would be a
  // second copy of the text (40 MB for a 20 MB article) alive to the end of the analysis, while only
  // segmentation and the quote finder read it, once each. Enumerable, so a spread copies it.
  // The meta's strings may be slices of the view, which would keep all of it alive: fresh copies.
  const article = { text, meta: JSON.parse(JSON.stringify(meta)) as ArticleMeta, blocks } as Article;
  return withLazyView(article, text);
}

/** `article.view` as a getter that masks `text` (made here: a closure in parseArticle would share its scope, view and all). */
function withLazyView(article: Article, text: string): Article {
  Object.defineProperty(article, 'view', { get: () => maskMarkdown(text), enumerable: true, configurable: true });
  return article;
}

/**
 * Documents at least this long (UTF-16 units) do not keep their markdown view: `Article.view` masks
 * the text again on each read (~15 ms per MB), which costs less than holding the copy all along.
 */
export const LAZY_VIEW_FROM = 500_000;

/**
 * A wire story's sign-off after its last sentence ("... next week. REUTER", or "AP" on a last line
 * of its own) is not prose: the block ends before it, or goes when it is nothing else. Stories
 * filed together carry one each, so every block but the first (the headline) is looked at. Cut
 * before the blocks are sorted, so the rest is read as what it is. Returns the agency named last.
 */
function cutSignoff(view: string, blocks: Line[]): { blocks: Line[]; agency: string | null } {
  if (blocks.length < 2) return { blocks, agency: null };
  let agency: string | null = null;
  const kept: Line[] = [blocks[0]];
  for (const b of blocks.slice(1)) {
    const m = SIGNOFF.exec(view.slice(b.start, b.end));
    if (!m) { kept.push(b); continue; }
    agency = agencyOf(m[1] ?? m[2]);
    if (m.index > 0) kept.push({ start: b.start, end: b.start + m.index });
  }
  return { blocks: kept, agency };
}

/**
 * Every dateline ends in a dash and a space ("OTTAWA (AP) — "), so a paragraph without one has none:
 * DATELINE, whose Unicode classes take ~10 ms to compile on its first use, is not run on it.
 */
const DASH_THEN_SPACE = /[-–—]\s/;

/**
 * A dateline opening the first paragraph ("OTTAWA (AP) — ", "LONDON, March 26 - ") is not prose:
 * the paragraph starts after it (in place). Returns the agency it credits, if any.
 */
function cutDateline(view: string, blocks: Block[]): string | null {
  const first = blocks.findIndex((b) => b.kind === 'paragraph');
  if (first < 0 || blocks.slice(0, first).some((b) => b.kind === 'heading')) return null;
  const b = blocks[first];
  const paragraph = view.slice(b.start, b.end);
  if (!DASH_THEN_SPACE.test(paragraph)) return null;
  const m = DATELINE.exec(paragraph);
  if (!m || m[0].length >= b.end - b.start) return null;
  b.start += m[0].length;
  const mark = m[1] ?? m[2];
  return mark ? agencyOf(mark) : null;
}

function readMeta(view: string, blocks: Block[]): ArticleMeta {
  const textOf = (b: Block) => squash(view.slice(b.start, b.end));
  const first = (kind: BlockKind) => blocks.find((b) => b.kind === kind);
  const title = first('title');
  const byline = first('byline');
  const { authors, agency } = byline ? parseByline(textOf(byline)) : { authors: [], agency: null };

  let url: string | null = null;
  for (const b of blocks.filter((x) => x.kind === 'source')) {
    const m = /https?:\/\/[^\s<>]+/i.exec(textOf(b));
    if (m) url = m[0].replace(/[).,;]+$/, '');
  }

  let date: string | null = null;
  const dateline = first('dateline');
  if (dateline) date = isoDate(textOf(dateline));
  if (!date && byline) date = isoDate(textOf(byline));
  if (!date && url) date = dateFromUrl(url);
  return { title: title ? textOf(title) : null, authors, agency, date, url };
}
