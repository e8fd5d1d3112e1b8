// Extraction: a page's article as an Article (text, blocks with their kinds, metadata), furniture left out.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractArticle, bodyKind } from '../../src/html/article.js';
import { extractPage } from '../../src/html/extract.js';
import { parseDocument } from '../../src/html/dom.js';
import { readPageMeta, toIsoDate } from '../../src/html/metadata.js';
import { cleanTitle, stripSiteName } from '../../src/html/title.js';
import { looksLikeHtml } from '../../src/html/sniff.js';
import type { Article } from '../../src/types.js';
import { decodePage } from '../../src/io/charset.js';

const fixture = (name: string) => decodePage(readFileSync(`fixtures/html/${name}`)).text;

/** Each block as [kind, its text]. */
const kinds = (a: Article) => a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)]);

describe('extractArticle on a cluttered news page', () => {
  const article = extractArticle(fixture('belarus-2020-08-18.html'));
  const { text, meta } = article;

  test('lays the article out as newsq text: title, byline, date, then the body', () => {
    expect(text.split('\n').slice(0, 6)).toEqual([
      'EU Leaders Urge Putin to Push for Talks in Belarus Over Disputed Vote',
      '',
      'By Tatiana Kalinovskaya for AFP',
      '2020-08-18',
      '',
      expect.stringMatching(/^European leaders urged Russian President Vladimir Putin/),
    ]);
  });

  test('the blocks are what the page says they are, each a range of the text', () => {
    expect(kinds(article).slice(0, 4)).toEqual([
      ['title', 'EU Leaders Urge Putin to Push for Talks in Belarus Over Disputed Vote'],
      ['byline', 'By Tatiana Kalinovskaya for AFP'],
      ['dateline', '2020-08-18'],
      ['paragraph', expect.stringMatching(/^European leaders urged Russian President Vladimir Putin.*\.$/)],
    ]);
    expect(kinds(article)).toContainEqual(['heading', 'Historic demonstrations']);
    expect(kinds(article)).toContainEqual(['heading', "'Lawlessness and injustice'"]);
    expect(article.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThan(8);
    // Blocks are in order, never overlap, and leave only line breaks between them.
    article.blocks.forEach((b, i) => {
      expect(b.end).toBeGreaterThan(b.start);
      const gap = text.slice(i ? article.blocks[i - 1].end : 0, b.start);
      expect(gap).toMatch(/^\n*$/);
    });
    expect(text.slice(article.blocks[article.blocks.length - 1].end)).toBe('\n');
    expect(article.view).toBe(text); // plain text: no markdown to blank
  });

  test('keeps paragraphs and headings', () => {
    expect(text).toContain('\n\nHistoric demonstrations\n\n');
    expect(text).toContain("\n\n'Lawlessness and injustice'\n\n");
    expect(text.trimEnd().endsWith('in an interview with the Tut.by news website.')).toBe(true);
  });

  test.each([
    ['cookie banner', 'We use cookies'],
    ['navigation', 'Arts and Life'],
    ['breadcrumbs', 'Home'],
    ['share bar', 'Share on Facebook'],
    ['in-article related link', 'Related article'],
    ['tag list', 'Tags:'],
    ['newsletter box', 'weekly newsletter'],
    ['related column', 'Huge Crowds Rally in Minsk'],
    ['advertisement', 'Advertisement'],
    ['comments', 'braver than all of those leaders'],
    ['footer', 'All rights reserved'],
    ['scripts', 'dataLayer'],
    ['photo caption', 'Stephanie Lecocq'],
  ])('drops the %s', (_what, snippet) => {
    expect(text).not.toContain(snippet);
  });

  test('metadata comes from the page: JSON-LD, canonical link, byline (which names the agency)', () => {
    expect(meta).toEqual({
      title: 'EU Leaders Urge Putin to Push for Talks in Belarus Over Disputed Vote',
      authors: ['Tatiana Kalinovskaya'],
      agency: 'AFP',
      date: '2020-08-18',
      url: 'https://www.themoscowtimes.com/2020/08/18/eu-chief-michel-talks-to-putin-on-belarus-crisis-a71187',
    });
  });
});

describe('extractArticle on other layouts', () => {
  test('a WordPress post: JSON-LD @graph, lists, share and related widgets, comments', () => {
    const { text, meta } = extractArticle(fixture('blog-jsonld-graph.html'));
    expect(meta).toEqual({ title: 'How we moved our newsroom to the cloud', authors: ['Priya Raman', "Tom O'Neill"], agency: null, date: '2022-11-03', url: 'https://techdesk.example/cloud-move/' });
    expect(text).toContain('\n\nWhy we moved\n\n');
    expect(text).toContain('\n\nBackups now run every fifteen minutes instead of once a night.\n\nReporters in the field');
    for (const furniture of ['Share this', 'Our new content system', 'Great write-up', 'Leave a Reply', 'powered by WordPress', 'Archive']) {
      expect(text).not.toContain(furniture);
    }
  });

  test('an old page in ISO-8859-1 with metadata in plain meta tags', () => {
    const { text, meta } = extractArticle(fixture('latin1-declared.html'));
    expect(meta).toEqual({ title: 'Bürgermeister eröffnet neue Brücke über die Mühlbach', authors: ['Jürgen Müller'], agency: null, date: '2021-03-05', url: null });
    expect(text).toContain('„Das ist ein großer Tag für unsere Stadt“, sagte Köhler');
    for (const furniture of ['Startseite', 'Teilen', 'Meistgelesen', 'Großbrand', 'Alle Rechte vorbehalten']) expect(text).not.toContain(furniture);
  });

  test('bare markup without <html> is read too', () => {
    const { text } = extractArticle('<h1>Short note</h1><p>The council met on Monday and approved the new budget for the coming year, the mayor said.</p>');
    expect(text).toContain('The council met on Monday and approved the new budget');
  });

  test('the address fills in the url and a date found in it', () => {
    const { meta } = extractArticle('<html><head><title>Flood warning</title></head><body><p>Rivers rose across the region on Sunday and the agency warned that more rain was on the way tonight.</p></body></html>', { url: 'https://news.example/2023/04/02/flood-warning' });
    expect(meta).toMatchObject({ url: 'https://news.example/2023/04/02/flood-warning', date: '2023-04-02' });
  });

  test('empty and broken pages give text, not an exception', () => {
    expect(() => extractArticle('')).not.toThrow();
    expect(() => extractArticle('<html><body><div><p>unclosed <b>tags <i>everywhere')).not.toThrow();
    expect(extractArticle('<html><body><div><p>unclosed <b>tags <i>everywhere').text).toContain('unclosed tags everywhere');
    expect(extractArticle('')).toMatchObject({ text: '\n', blocks: [], meta: { title: null, authors: [], date: null } });
  });
});

describe('block kinds come from the page, not from reading lines back', () => {
  const page = `<html><head><title>Harbour reopens | Coast News</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens after two years of repairs","datePublished":"2023-05-02T09:00:00Z","author":{"@type":"Person","name":"Ana Ruiz"}}</script></head>
    <body><article><h1>Harbour reopens after two years of repairs</h1>
    <p>The harbour reopened on Tuesday after two years of repairs, and the first ferry docked at noon.</p>
    <h2>Why did it take so long to repair the harbour walls after the storm?</h2>
    <p>Opening hours</p>
    <p>Pictured: the first ferry at the quay</p>
    <p>Engineers found more damage than expected, the harbour master said at a briefing in the town hall.</p>
    </article></body></html>`;
  const article = extractArticle(page);

  test('an <h2> that ends like a sentence is still a heading; a short <p> label is not body text', () => {
    expect(kinds(article)).toEqual([
      ['title', 'Harbour reopens after two years of repairs'],
      ['dateline', '2023-05-02'],
      ['paragraph', 'The harbour reopened on Tuesday after two years of repairs, and the first ferry docked at noon.'],
      ['heading', 'Why did it take so long to repair the harbour walls after the storm?'],
      ['heading', 'Opening hours'],
      ['caption', 'Pictured: the first ferry at the quay'],
      ['paragraph', 'Engineers found more damage than expected, the harbour master said at a briefing in the town hall.'],
    ]);
    expect(article.meta).toEqual({ title: 'Harbour reopens after two years of repairs', authors: ['Ana Ruiz'], agency: null, date: '2023-05-02', url: null });
  });

  test('the structured page is there too: extractPage', () => {
    const p = extractPage(page, { url: 'https://coast.example/harbour' });
    expect(p).toMatchObject({ title: 'Harbour reopens after two years of repairs', byline: null, authors: ['Ana Ruiz'], date: '2023-05-02', url: 'https://coast.example/harbour' });
    expect(p.blocks[1]).toMatchObject({ kind: 'heading' });
  });

  test.each([
    [{ kind: 'heading', text: 'Chargé de porter la réforme des retraites, Jean-Paul Delevoye a su gagner la confiance d\'Emmanuel Macron. Ancien chiraquien nommé ministre, il était' }, 'paragraph'],
    [{ kind: 'paragraph', text: '8.900 €' }, 'heading'],
    [{ kind: 'paragraph', text: 'Ninfa Wood\nWalnut Creek' }, 'paragraph'],
    [{ kind: 'paragraph', text: 'Related: Huge Crowds Rally in Minsk' }, 'related'],
    [{ kind: 'paragraph', text: 'https://twitter.com/someone/status/1522266202730639361' }, 'source'],
    [{ kind: 'paragraph', text: 'By Pam Belluck' }, 'byline'],
    [{ kind: 'paragraph', text: '不正に改造したiPhoneでも、もともとは、アップル社から購入したものです。' }, 'paragraph'],
  ] as const)('%o → %s', (block, kind) => {
    expect(bodyKind(block)).toBe(kind);
  });
});

describe('page metadata', () => {
  const meta = (head: string, body = '') => readPageMeta(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`));

  test('the most specific source wins: JSON-LD over Open Graph over <title>', () => {
    const m = meta(`<title>Title tag | Site</title><meta property="og:title" content="OG title">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","datePublished":"2019-05-06T10:00:00+02:00","author":{"@type":"Person","name":"Ana Ruiz"},"publisher":{"@type":"Organization","name":"Daily Example"}}</script>
      <meta property="article:published_time" content="2019-05-07"><meta name="author" content="Meta Author">`);
    expect(m).toMatchObject({ title: 'LD headline', authors: ['Ana Ruiz'], date: '2019-05-06', publisher: 'Daily Example' });
  });

  test('Open Graph and article: tags when there is no JSON-LD', () => {
    const m = meta(`<title>x</title><meta property="og:title" content="OG headline"><meta property="article:published_time" content="2021-12-24T08:00:00Z">
      <meta property="og:url" content="https://example.org/og"><meta name="author" content="Lee Chang">`);
    expect(m).toMatchObject({ title: 'OG headline', date: '2021-12-24', url: 'https://example.org/og', authors: ['Lee Chang'] });
  });

  test('rel=canonical beats og:url; a byline in the body gives the authors', () => {
    const m = meta('<link rel="canonical" href="https://example.org/c"><meta property="og:url" content="https://example.org/og">',
      '<article><h1>Headline</h1><p class="byline">By Maria Lopez and Sam Reed</p><p>Text.</p></article>');
    expect(m).toMatchObject({ url: 'https://example.org/c', authors: ['Maria Lopez', 'Sam Reed'], byline: 'By Maria Lopez and Sam Reed', title: 'Headline' });
  });

  test('authors that are organisations or profile links are not people', () => {
    const m = meta('<script type="application/ld+json">{"@type":"Article","headline":"H","author":[{"@type":"Organization","name":"Snopes"},"https://facebook.com/someone"]}</script>');
    expect(m.authors).toEqual([]);
  });

  test('broken JSON-LD is skipped', () => {
    expect(meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>Fallback title</title>').title).toBe('Fallback title');
  });

  test.each([
    ['2020-08-18T19:35:00+03:00', '2020-08-18'],
    ['2017-11-03 03:01:00.000000', '2017-11-03'],
    ['20200818', '2020-08-18'],
    ['August 18, 2020', '2020-08-18'],
    ['18 Aug 2020 10:30 BST', '2020-08-18'],
    ['yesterday', null],
    ['', null],
  ])('dates to ISO: %s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  test.each([
    ['Harbour reopens | Coast News', 'Coast News', 'Harbour reopens'],
    ['Harbour reopens - Coast News', 'Coast News', 'Harbour reopens'],
    ['Coast News :: Harbour reopens', 'Coast News', 'Harbour reopens'],
    ['Harbour reopens | Local | coastnews.com', null, 'Harbour reopens | Local'],
    ['Rock - Paper - Scissors', null, 'Rock - Paper - Scissors'],
  ])('site names leave titles: %s', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });

  test('the <h1> wins when a title candidate agrees with it', () => {
    expect(cleanTitle(['Harbour reopens after repairs – Kingsport Daily Star'], 'Harbour reopens after repairs', null)).toBe('Harbour reopens after repairs');
  });
});

describe('HTML sniffing (stdin)', () => {
  test.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['\uFEFF  <!-- saved --> <html lang="en">', true],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', true],
    ['EU Leaders Urge Putin to Push for Talks', false],
    ['<p>A paragraph someone pasted</p>', false],
  ])('%s → %s', (input, expected) => {
    expect(looksLikeHtml(input)).toBe(expected);
  });
});
