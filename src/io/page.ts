// Web page bytes → the article newsq analyses: decode (charset.ts), then extract the article
// (src/html/) with its blocks and the page's metadata. A page served as plain text is read as text.
//   <html>…<article>…</article>…</html> (windows-1252)  → {text: "Title\n\nBy …\n\n…", article: {text, blocks, meta}}
import { decodePage } from './charset.js';
import { extractArticle } from '../html/article.js';
import { looksLikeHtml } from '../html/sniff.js';
import type { Article } from '../types.js';

export { isHtmlName, bytesLookLikeHtml } from './sniff.js';

export interface PageText {
  text: string;
  /** The extracted article (its `text` is `text`); absent for a page served as plain text. */
  article?: Article;
  warning?: string;
}

/**
 * Page bytes → article. `contentType` is the HTTP header (null for files); `url` the page's
 * address (the final one after redirects), which fills meta.url when the page names none.
 */
export function pageText(bytes: Uint8Array, contentType: string | null, url: string | null): PageText {
  const decoded = decodePage(bytes, contentType);
  const isPlain = /^text\/(?:plain|markdown|x-markdown)\b/i.test(contentType ?? '') && !looksLikeHtml(decoded.text);
  if (isPlain) return { text: decoded.text, ...(decoded.warning ? { warning: decoded.warning } : {}) };
  const article = extractArticle(decoded.text, { url });
  return { text: article.text, article, ...(decoded.warning ? { warning: decoded.warning } : {}) };
}
