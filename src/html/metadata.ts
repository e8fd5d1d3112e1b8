// A page's own metadata: what the publisher says the article is, before any text is read.
// Sources, most specific first (the first that gives a field wins):
//   1. JSON-LD of type NewsArticle/Article/BlogPosting…  {"headline": "...", "author": {"name": "..."},
//      "datePublished": "2020-08-18T10:00:00Z", "url": "...", "publisher": {"name": "..."}}
//   2. Open Graph and article: tags      <meta property="og:title">, <meta property="article:published_time">
//   3. other meta tags                   <meta name="author">, <meta name="date">, Dublin Core, Parsely
//   4. the page itself                   <h1>, <title>, <link rel=canonical>, <time datetime>, a "By ..." line
import type { DomDocument, DomElement } from './dom.js';
import { decodeEntities, squash, textOf } from './dom.js';
import { isoDate, dateFromUrl } from '../text/dates.js';
import { cleanTitle } from './title.js';
import { authorNames, cutTail } from '../text/byline.js';

export interface PageMeta {
  title: string | null;
  authors: string[];
  /** The byline as the page prints it ("By Tatiana Kalinovskaya for AFP"), when one was found. */
  byline: string | null;
  date: string | null; // ISO YYYY-MM-DD
  url: string | null;
  publisher: string | null;
  /** og:site_name or the publisher: used to strip " | Site" from titles. */
  siteName: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|Report|Reportage\w*|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting|SocialMediaPosting|WebPage)$/;
const isObject = (j: Json | undefined): j is JsonObject => !!j && typeof j === 'object' && !Array.isArray(j);
const str = (j: Json | undefined): string | null => (typeof j === 'string' && squash(j) ? squash(decodeEntities(j)) : null);

/** Every object in the page's JSON-LD scripts, @graph arrays flattened. Broken JSON is skipped. */
export function jsonLdObjects(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (j: Json) => {
    if (Array.isArray(j)) j.forEach(visit);
    else if (isObject(j)) {
      out.push(j);
      if (j['@graph']) visit(j['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))) {
    // Some CMSs wrap it in a CDATA comment or leave raw newlines inside strings.
    const raw = (script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|\/\/\s*<!\[CDATA\[)|(?:\/\/\s*)?\]\]>\s*$/g, '').trim();
    if (!raw) continue;
    try { visit(JSON.parse(raw)); } catch {
      try { visit(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '))); } catch { /* not JSON after all */ }
    }
  }
  return out;
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The JSON-LD object that describes the article: a NewsArticle beats a bare WebPage. */
function articleObject(objects: JsonObject[]): JsonObject | null {
  const rank = (o: JsonObject) => {
    const ts = types(o);
    if (ts.some((t) => /NewsArticle|Reportage|Report$/.test(t))) return 3;
    if (ts.some((t) => /Article|BlogPosting/.test(t))) return 2;
    if (ts.some((t) => ARTICLE_TYPE.test(t)) && (o.headline || o.datePublished)) return 1;
    return 0;
  };
  let best: JsonObject | null = null;
  for (const o of objects) if (rank(o) > 0 && (!best || rank(o) > rank(best))) best = o;
  return best;
}

/** "Jane Doe", {"name": "Jane Doe"}, [{"name": ...}, ...] → names. Organisations are not authors. */
function personNames(j: Json | undefined): string[] {
  if (!j) return [];
  if (Array.isArray(j)) return j.flatMap(personNames);
  if (typeof j === 'string') return looksLikeName(j) ? [squash(j)] : [];
  if (isObject(j)) {
    if (types(j).includes('Organization')) return [];
    const name = str(j.name);
    return name && looksLikeName(name) ? [name] : [];
  }
  return [];
}

/** A name, not a profile address or a list: "https://facebook.com/x" and "" are not authors. */
const looksLikeName = (s: string) => !!squash(s) && !/^https?:|[@/]|\.com\b/i.test(s) && squash(s).split(' ').length <= 6;

function nameOf(j: Json | undefined): string | null {
  if (Array.isArray(j)) return nameOf(j[0]);
  if (typeof j === 'string') return str(j);
  return isObject(j) ? str(j.name) : null;
}

type MetaIndex = Map<string, string>;

/** Every <meta> with content, by its lower-cased property, name or itemprop (the first one wins). */
function indexMeta(doc: DomDocument): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const v = squash(decodeEntities(el.getAttribute('content') ?? ''));
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, v);
    }
  }
  return index;
}

/** The content of the first meta tag named by one of `keys`, in the order of `keys`. */
function metaContent(index: MetaIndex, keys: string[]): string | null {
  for (const key of keys) {
    const v = index.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

/** "2020-08-18T10:00:00+03:00" → "2020-08-18"; "18 August 2020" → "2020-08-18"; junk → null. */
export function toIsoDate(value: string | null | undefined): string | null {
  const v = squash(value);
  if (!v) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^((?:19|20)\d\d)(\d\d)(\d\d)(?:T|$)/.exec(v); // "20200818" (Parsely, some DC tags)
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  // A written date names its year in digits; "yesterday" or "2 hours ago" is no publication date.
  return /\d{4}/.test(v) ? isoDate(v) : null;
}

/** Elements that hold a byline or an author's name in the page body. */
const BYLINE_ELEMENTS = '[class~="byline" i], [class*="byline" i], [itemprop="author"], [rel="author"], [class*="author-name" i], [class~="author" i]';

/**
 * The byline printed in the page body: rel=author links, itemprop=author, class="byline". The first
 * such element in the page is the byline (a <link rel="author"> in the head is not); its
 * names are read from the innermost one inside it (a wrapper also holds the date and the comment
 * count), before the date or time printed after them: "by Lucas Nolan22 Dec 2016651" → "Lucas Nolan".
 */
function bodyByline(doc: DomDocument): { byline: string | null; authors: string[] } {
  // <link rel="author"> and <meta> show nothing; an empty element in the page is the byline still (filled by script).
  const byline = Array.from(doc.querySelectorAll(BYLINE_ELEMENTS)).find((el) => !/^(?:link|meta)$/i.test(el.tagName));
  if (!byline) return { byline: null, authors: [] };
  const text = textOf(byline.querySelector('[itemprop="name"]') ?? byline);
  if (!text || text.length > 120) return { byline: null, authors: [] };
  // The innermost byline element that still holds a name: not the "By" label of <em class="byline__by">.
  let inner = byline;
  for (let deeper = inner.querySelector(BYLINE_ELEMENTS); deeper && namesIn(textOf(deeper)).length; deeper = inner.querySelector(BYLINE_ELEMENTS)) inner = deeper;
  const names = namesIn(textOf(inner.querySelector('[itemprop="name"]') ?? inner));
  return { byline: text, authors: names.length ? names : namesIn(text) };
}

/** The names in a byline's text, before the date or time printed after them. */
function namesIn(text: string): string[] {
  return authorNames(cutTail(text)
    .replace(/^\s*(?:by|von|par|por|door|di|av|autor(?:in)?:?|written by)(?:\s+|$)/i, '')
    .split(/\s*(?:,|;|\band\b|\bund\b|\by\b|\bet\b|&)\s*/).map(squash)
    .filter((n) => n && looksLikeName(n) && /\p{Lu}/u.test(n) && n.split(' ').length <= 4));
}

function canonical(doc: DomDocument): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel~="canonical" i]'))) {
    const href = squash(link.getAttribute('href'));
    if (/^https?:\/\//i.test(href)) return href;
  }
  return null;
}

function firstH1(doc: DomDocument): string | null {
  const inArticle = doc.querySelector('article h1, main h1, [itemprop="headline"], h1[class*="title" i], h1[class*="headline" i]');
  const h1 = inArticle ?? doc.querySelector('h1');
  const t = textOf(h1);
  return t && t.length <= 300 ? t : null;
}

/** Reads the page's metadata. `pageUrl` (where it was fetched from) is the last resort for url and date. */
export function readPageMeta(doc: DomDocument, pageUrl?: string | null): PageMeta {
  const objects = jsonLdObjects(doc);
  const metas = indexMeta(doc);
  const ld = articleObject(objects);
  const publisherObj = ld && ld.publisher;
  const siteName = metaContent(metas, ['og:site_name', 'application-name', 'twitter:site'])?.replace(/^@/, '') ?? nameOf(publisherObj) ?? null;
  const publisher = nameOf(publisherObj) ?? metaContent(metas, ['og:site_name']) ?? null;

  const h1 = firstH1(doc);
  const rawTitles = [
    str(ld?.headline), metaContent(metas, ['og:title', 'twitter:title', 'sailthru.title', 'parsely-title', 'dc.title', 'title']),
    squash(doc.title) || null,
  ];
  const title = cleanTitle(rawTitles, h1, siteName);

  let authors = authorNames(personNames(ld?.author ?? undefined));
  const fromBody = bodyByline(doc);
  if (!authors.length) {
    const metaAuthor = metaContent(metas, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']);
    if (metaAuthor && looksLikeName(metaAuthor)) {
      authors = authorNames(cutTail(metaAuthor).replace(/^by\s+/i, '').split(/\s*(?:,|;|\band\b|&)\s*/).map(squash).filter(Boolean));
    }
  }
  if (!authors.length) authors = fromBody.authors;

  const timeEl = doc.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], time[datetime]');
  const url = canonical(doc) ?? metaContent(metas, ['og:url']) ?? str(ld?.url) ?? (pageUrl || null);
  const date = toIsoDate(str(ld?.datePublished))
    ?? toIsoDate(metaContent(metas, ['article:published_time', 'datePublished', 'og:published_time', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published']))
    ?? toIsoDate(timeEl?.getAttribute('datetime'))
    ?? toIsoDate(str(ld?.dateCreated))
    ?? toIsoDate(metaContent(metas, ['article:modified_time', 'dateModified']))
    ?? (url ? dateFromUrl(url) : null)
    ?? (pageUrl ? dateFromUrl(pageUrl) : null);

  return { title, authors, byline: fromBody.byline, date, url, publisher, siteName };
}

export type { DomElement };
