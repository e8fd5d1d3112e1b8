// Web pages → article text and metadata (pure functions; fetching and decoding are in src/io/).
export { extractArticle, type Extracted, type ExtractOptions } from './extract.js';
export { readPageMeta, toIsoDate, type PageMeta } from './metadata.js';
export { looksLikeHtml } from './sniff.js';
