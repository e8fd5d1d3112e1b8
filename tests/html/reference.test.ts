// The reference article read from a web page gives the same entities and quotes as the text file.
// fixtures/html/belarus-2020-08-18.html wraps the text of fixtures/belarus-2020-08-18.txt in a news
// site's clutter (cookie banner, menus, share bar, related links, newsletter box, comments, footer,
// JSON-LD). The text file also carries furniture the page shows elsewhere or not at all (a photo
// credit, "Related article:" lines, the source link), so entities seen only there are set aside.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { extractArticle } from '../../src/html/article.js';
import { decodePage } from '../../src/io/charset.js';
import type { Report } from '../../src/types.js';
import { cli, jsonLines } from '../helpers/cli.js';

const TXT = 'fixtures/belarus-2020-08-18.txt';
const HTML = 'fixtures/html/belarus-2020-08-18.html';

/** Entities with a mention in the article proper: title, byline, headings and paragraphs. */
function articleEntities(report: Report): string[] {
  const furniture = new Set(['caption', 'related', 'source']);
  return (report.entities ?? [])
    .filter((e) => e.mentions.some((m) => !furniture.has(report.sentences[m.sentence].kind)))
    .map((e) => `${e.type}:${e.name}`)
    .sort();
}

const quotes = (report: Report) => (report.quotes ?? []).map((q) => `${q.kind} | ${q.speaker} | ${q.text}`);

describe('the reference article as a web page', () => {
  const fromText = analyze(readFileSync(TXT, 'utf8'));
  const page = extractArticle(decodePage(readFileSync(HTML)).text);
  const fromHtml = analyze(page);

  test('the same quotes, with the same speakers', () => {
    expect(quotes(fromText).length).toBeGreaterThan(5);
    expect(quotes(fromHtml)).toEqual(quotes(fromText));
  });

  test('the same entities, by name and type', () => {
    expect(articleEntities(fromHtml)).toEqual(articleEntities(fromText));
  });

  test('the same metadata and body counts', () => {
    const { url: _u, ...textMeta } = fromText.meta;
    const { url, ...htmlMeta } = fromHtml.meta;
    expect(htmlMeta).toEqual(textMeta);
    expect(url).toBe('https://www.themoscowtimes.com/2020/08/18/eu-chief-michel-talks-to-putin-on-belarus-crisis-a71187');
  });

  test('the CLI reads the page: offsets index the extracted text it prints', async () => {
    const r = await cli(['analyze', '--json', HTML]);
    expect(r.status).toBe(0);
    const [doc] = jsonLines(r.stdout);
    expect(doc.text).toBe(page.text);
    const chars = [...doc.text];
    for (const q of doc.quotes) expect(chars.slice(q.start, q.end).join('')).toBe(q.text);
    for (const e of doc.entities) for (const m of e.mentions) expect(chars.slice(m.start, m.end).join('')).toBe(m.text);
  });

  test('HTML on stdin is recognised and extracted', async () => {
    const r = await cli(['quotes', '--json'], { stdin: readFileSync(HTML) });
    const [doc] = jsonLines(r.stdout);
    expect(doc.source).toBe('-');
    expect(doc.text).toBe(page.text);
    expect(doc.meta.title).toBe('EU Leaders Urge Putin to Push for Talks in Belarus Over Disputed Vote');
  });

  test('text inputs carry no text field', async () => {
    const [doc] = jsonLines((await cli(['entities', '--json', TXT])).stdout);
    expect(doc.text).toBeUndefined();
  });

  test('directories include .html and .htm pages', async () => {
    const r = await cli(['tokens', '--json', 'fixtures/html']);
    const sources = jsonLines(r.stdout).map((d) => d.source);
    expect(sources).toContain('fixtures/html/belarus-2020-08-18.html');
    expect(sources).toContain('fixtures/html/blog-jsonld-graph.html');
  });
});
