// newsq/1 documents → one self-contained HTML report (`newsq report`). Pure: documents in, pages
// out as strings; the CLI writes them.
//
//   const report = new HtmlReport({ layout: 'file' });
//   for (const doc of docs) report.add(doc);
//   report.finish()  // → [{ path: 'report.html', html: '<!doctype html>…' }]
//
// One document gives its article view. Several give the corpus view, followed by each article's
// view: in one file, each view (rendered and escaped here) waits gzipped and base64-encoded in an
// inert `<script type="application/octet-stream">` block until `#a12` asks for it, so that a page of
// thousands of articles is a fifth of the size and opens at once (4,781 articles of news10m: 76 MB
// of views as plain HTML);
// with the folder layout (`-o DIR/`), each article is a page of its own under articles/, written as
// soon as it is rendered, and index.html holds the corpus view.
import { gzipSync } from 'node:zlib';
import type { NewsqDoc, NewsqRecord } from '../render/contract.js';
import { isError } from '../render/contract.js';
import { articleView } from './article.js';
import { CorpusStats } from './corpus.js';
import { page } from './page.js';

export { articleView } from './article.js';
export { CONTENT_SECURITY_POLICY, page } from './page.js';
export { escapeHtml } from './escape.js';

export interface HtmlReportOptions {
  /** 'file': everything in one page; 'folder': index.html and one page per article. */
  layout: 'file' | 'folder';
  /** The corpus view's heading (default: "newsq report: N articles"). */
  title?: string;
  /** What made the report, for the pages' generator meta ("newsq 0.1.0"). */
  generator?: string;
}

export interface ReportPage {
  /** Relative to the output: 'report.html' in the file layout; 'index.html', 'articles/…' in the folder one. */
  path: string;
  html: string;
}

const slug = (source: string) => source.replace(/\\/g, '/').split('/').pop()!.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'article';

export class HtmlReport {
  private readonly stats = new CorpusStats();
  /** File layout: each article's view, rendered once. */
  private readonly views: Array<{ id: string; packed: string }> = [];
  /** File layout: the first document, kept until a second one tells whether this is a corpus. */
  private first: { id: string; doc: NewsqDoc } | null = null;
  private count = 0;

  constructor(private readonly options: HtmlReportOptions) {}

  /** Adds one document; in the folder layout, returns its page to write now. */
  add(record: NewsqRecord): ReportPage | null {
    const n = ++this.count;
    const id = `a${n}`;
    const folder = this.options.layout === 'folder';
    const path = `articles/${String(n).padStart(4, '0')}-${slug(record.source)}.html`;
    this.stats.add(record, id, folder ? path : `#${id}`);
    if (isError(record)) return null;
    if (folder) {
      const view = articleView(record, { id, back: '../index.html' });
      return { path, html: page(record.meta?.title || record.source, view, this.options.generator) };
    }
    if (n === 1) this.first = { id, doc: record };
    else {
      if (this.first) { this.inert(this.first.id, this.first.doc); this.first = null; }
      this.inert(id, record);
    }
    return null;
  }

  private inert(id: string, doc: NewsqDoc): void {
    // Base64 has no "<": the block cannot end early, whatever the article says.
    this.views.push({ id, packed: gzipSync(articleView(doc, { id, back: '#corpus' })).toString('base64') });
  }

  /** The page that holds the corpus view (or, for one document in one file, its article view). */
  finish(): ReportPage {
    const lines = this.stats.lines;
    const title = this.options.title ?? `newsq report: ${lines.length} ${lines.length === 1 ? 'article' : 'articles'}`;
    if (this.first && lines.length === 1) {
      const { id, doc } = this.first;
      return { path: 'report.html', html: page(doc.meta?.title || doc.source, articleView(doc, { id }), this.options.generator) };
    }
    if (this.first) this.inert(this.first.id, this.first.doc);
    const corpus = this.stats.render(title);
    if (this.options.layout === 'folder') return { path: 'index.html', html: page(title, corpus, this.options.generator) };
    const blocks = this.views.map((v) => `<script type="application/octet-stream" data-gzip id="src-${v.id}">${v.packed}</script>`).join('\n');
    const body = `${corpus}
<div id="views"></div>
<noscript><p class="lead">The article views of this report need JavaScript; the corpus view above does not.</p></noscript>
${blocks}`;
    return { path: 'report.html', html: page(title, body, this.options.generator) };
  }
}
