// Web pages → Articles and page metadata (pure functions; fetching and decoding are in src/io/).
export { extractArticle, pageArticle } from './article.js';
export { extractPage, type ExtractedPage, type ExtractOptions } from './extract.js';
export { readPageMeta, toIsoDate, type PageMeta } from './metadata.js';
export { looksLikeHtml } from './sniff.js';
