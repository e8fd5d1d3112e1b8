// The library reads a web page the way the CLI does: analyze(extractArticle(html)), no text layout
// parsed back in between, offsets into the article's text.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze, extractArticle, parseArticle } from '../../src/index.js';

const PAGE = `<!doctype html><html><head><title>Council approves budget | Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette">
<link rel="canonical" href="https://gazette.example/2024/03/12/council-budget">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","datePublished":"2024-03-12T18:00:00Z","author":{"@type":"Person","name":"Maria Lopez"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1><p class="byline">By Maria Lopez for Reuters</p>
<p>The city council approved the new budget on Tuesday after a long debate about road repairs.</p>
<p>"This budget keeps our streets safe," Mayor Tom Becker told reporters after the vote.</p>
<h2>What happens next?</h2>
<p>Work on the first roads begins in April, the council said in a statement on its website.</p>
</article><footer>© Riverside Gazette</footer></body></html>`;

describe('analyze(extractArticle(html)) from the library', () => {
  const article = extractArticle(PAGE);
  const report = analyze(article);

  test('the page gives an Article with kinds and metadata', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual(['title', 'byline', 'dateline', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(article.meta).toEqual({ title: 'Council approves budget', authors: ['Maria Lopez'], agency: 'Reuters', date: '2024-03-12', url: 'https://gazette.example/2024/03/12/council-budget' });
  });

  test('the report reads the article as given: its text, meta and body', () => {
    expect(report.text).toBe(article.text);
    expect(report.meta).toMatchObject({ ...article.meta, paragraphs: 3, sentences: 3 });
    expect(report.sentences.find((s) => s.text === 'What happens next?')?.kind).toBe('heading');
    const quote = report.quotes?.find((q) => q.text.startsWith('This budget'));
    expect(quote).toMatchObject({ kind: 'direct', speaker: 'Tom Becker' });
    expect(report.entities?.map((e) => e.name)).toEqual(expect.arrayContaining(['Maria Lopez', 'Reuters', 'Tom Becker']));
  });

  test('offsets index the article text', () => {
    for (const q of report.quotes ?? []) expect(report.text.slice(q.start, q.end)).toBe(q.text);
    for (const e of report.entities ?? []) for (const m of e.mentions) expect(report.text.slice(m.start, m.end)).toBe(m.text);
  });

  test('meta given to analyze wins, and the Article passed in is left as it was', () => {
    const before = structuredClone(article);
    const r = analyze(article, { meta: { title: 'Budget passes' }, stages: [] });
    expect(r.meta.title).toBe('Budget passes');
    expect(article).toEqual(before);
  });

  test('an Article read from text gives the same report as the text', () => {
    const text = readFileSync('fixtures/belarus-2020-08-18.txt', 'utf8');
    expect(analyze(parseArticle(text))).toEqual(analyze(text));
  });
});
