// The HTML report's renderers (src/report), without a browser: marks nest even when spans cross,
// everything from the article is escaped, the page's policy matches its one style and one script,
// every quote of the reference article carries its speaker's name, and the corpus view and the
// folder layout hold what they promise. tests/report/browser.slow.test.ts opens the pages in Chromium.
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { markup, utf16Indexer } from '../../src/report/markup.js';
import { articleView } from '../../src/report/article.js';
import { outletsOf, type ArticleLine } from '../../src/report/corpus.js';
import { HtmlReport, CONTENT_SECURITY_POLICY } from '../../src/report/index.js';
import type { NewsqDoc } from '../../src/render/contract.js';
import { cli, jsonLines } from '../helpers/cli.js';

const REF = 'fixtures/belarus-2020-08-18.txt';

/** A small document by hand: a pronoun speaker, a crossing entity, and hostile text. */
function hostileDoc(): NewsqDoc {
  const text = 'Mayor Ana Roe spoke. <script>alert(1)</script> "We stay," she said.';
  const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return {
    schema: 'newsq/1', source: 'x<y>.txt', text,
    meta: { title: '<b>Title</b>', authors: ['A & B'], agency: null, date: '2024-05-01', url: 'javascript:alert(1)', words: 10, sentences: 2, paragraphs: 1, readingMinutes: 0.1 },
    summary: [{ ...at('Mayor Ana Roe spoke.'), score: 1 }],
    keywords: [{ term: '<i>mayor</i>', score: 1 }],
    keyPeople: ['Ana Roe'],
    entities: [{ id: 'e1', name: 'Ana Roe', type: 'person', count: 1, aliases: ['Ana Roe'], mentions: [at('Ana Roe')],
      references: [{ ...at('she'), form: 'pronoun', how: 'pronoun' }], gender: 'female' }],
    quotes: [{ id: 'q1', ...at('We stay,'), kind: 'direct', speaker: 'Ana Roe', speakerId: 'e1', speakerMention: at('she'),
      cue: at('said'), speakerGender: 'female', resolvedBy: 'pronoun', rule: 'test' }],
  };
}

describe('markup', () => {
  test('crossing spans are closed and reopened; text between them is escaped', () => {
    const text = 'a <b> c d';
    const html = markup(text, [
      { start: 0, end: 5, open: '<x>', reopen: '<x>', close: '</x>', rank: 0 },
      { start: 2, end: 9, open: '<y>L', reopen: '<y>', close: '</y>', rank: 1 },
    ]);
    expect(html).toBe('<x>a <y>L&lt;b&gt;</y></x><y> c d</y>');
  });

  test('code point offsets of the JSON become UTF-16 indexes', () => {
    const at = utf16Indexer('😀 Minsk');
    expect(at(2)).toBe(3);
    expect(utf16Indexer('plain')(3)).toBe(3);
  });
});

describe('the article view', () => {
  test('article text, names and metadata are escaped; only http(s) addresses become links', () => {
    const html = articleView(hostileDoc(), { id: 'a1' });
    expect(html).not.toMatch(/<script|<b>|<i>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Title&lt;/b&gt;');
    expect(html).not.toContain('href="javascript');
  });

  test('a pronoun speaker is labelled with the name it stands for, linked to that entity', () => {
    const html = articleView(hostileDoc(), { id: 'a1' });
    expect(html).toMatch(/<mark class="q k-direct c0" data-q="a1-q1" data-s="a1-e1" data-speaker="Ana Roe"[^>]*><a class="ql" href="#a1-e1" data-select="a1-e1">Ana Roe<span class="via"> \(“she”\)<\/span><\/a>We stay,<\/mark>/);
    // "she" is the speaker mention and a reference of Ana Roe.
    expect(html).toMatch(/<span class="src"[^>]*><span class="ent ref person" data-e="a1-e1" data-m="r0"[^>]*>she<\/span><\/span>/);
    expect(html).toContain('<span class="sumno" title="summary sentence 1">summary 1</span>');
    expect(html).toContain('1 quote · 2 words quoted · female');
  });

  test('every quote of the reference article is marked with its speaker', async () => {
    const json = jsonLines((await cli(['analyze', '--json', REF])).stdout)[0] as NewsqDoc;
    const r = await cli(['report', REF]);
    expect(r.status).toBe(0);
    const marks = new Map([...r.stdout.matchAll(/<mark class="q [^"]*" data-q="a1-(q\d+)" data-s="[^"]*" data-speaker="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    expect(json.quotes!.length).toBeGreaterThanOrEqual(10);
    for (const q of json.quotes!) expect(marks.get(q.id), q.id).toBe(q.speaker ?? 'unknown speaker');
    // Every mention and reference of every entity is marked once, with its type.
    for (const e of json.entities!) {
      const ids = new Set([...r.stdout.matchAll(new RegExp(`class="ent (?:ref )?${e.type}" data-e="a1-${e.id}" data-m="([^"]+)"`, 'g'))].map((m) => m[1]));
      expect(ids.size, e.name).toBe(e.mentions.length + e.references.length);
    }
  }, 60_000);
});

describe('the page', () => {
  test('its Content-Security-Policy allows exactly its inline style and script, and nothing else', async () => {
    const html = (await cli(['report', '--format', 'html', REF])).stdout;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`style-src ${hash(styles[0])};`);
    expect(csp).toContain(`script-src ${hash(scripts[0])};`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(html).not.toMatch(/\sstyle="|\son\w+="|src="|<link/);
  }, 60_000);

  test('on a terminal the report needs -o; --json is no option of report', async () => {
    const tty = await cli(['report', REF], { stdoutIsTTY: true });
    expect(tty.status).toBe(2);
    expect(tty.stderr).toContain('give -o report.html');
    expect((await cli(['report', '--json', REF])).status).toBe(2);
    expect((await cli(['report', '--format', 'tsv', REF])).status).toBe(2);
  }, 60_000);
});

describe('the corpus view', () => {
  const docs = (): NewsqDoc[] => {
    const a = hostileDoc();
    const b: NewsqDoc = { ...hostileDoc(), source: 'news/b-002.txt', meta: { ...hostileDoc().meta!, date: '2024-06-02', title: 'B' } };
    return [a, b];
  };

  test('one file: charts, the article list, and each article view inert until asked for', () => {
    const report = new HtmlReport({ layout: 'file', title: 'Two <articles>' });
    for (const d of docs()) expect(report.add(d)).toBeNull();
    report.add({ schema: 'newsq/1', source: 'gone.txt', error: { code: 'not-found', message: 'no such file or directory' } });
    const { path, html } = report.finish();
    expect(path).toBe('report.html');
    expect(html).toContain('<h1>Two &lt;articles&gt;</h1>');
    expect(html).toContain('<main class="corpus" id="corpus">');
    expect(html.match(/<svg class="chart"/g)).toHaveLength(5);
    expect(html).toContain('<a href="#a1">&lt;b&gt;Title&lt;/b&gt;</a>');
    expect(html).toContain('gone.txt: no such file or directory');
    // Each view waits gzipped in base64, and is the article view of the one-article report.
    const packed = (id: string) => new RegExp(`<script type="application/octet-stream" data-gzip id="src-${id}">([A-Za-z0-9+/=]+)</script>`).exec(html)?.[1];
    const view = gunzipSync(Buffer.from(packed('a1')!, 'base64')).toString('utf8');
    expect(view).toBe(articleView(docs()[0], { id: 'a1', back: '#corpus' }));
    expect(packed('a2')).toBeTruthy();
    expect(packed('a3')).toBeUndefined();
    // The only executable script is the report's own.
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  test('folder layout: a page per article, written as it comes, and index.html', () => {
    const report = new HtmlReport({ layout: 'folder' });
    const pages = docs().map((d) => report.add(d)!);
    expect(pages.map((p) => p.path)).toEqual(['articles/0001-x-y.html', 'articles/0002-b-002.html']);
    expect(pages[0].html).toContain('<a href="../index.html">← all articles</a>');
    const index = report.finish();
    expect(index.path).toBe('index.html');
    expect(index.html).toContain('<a href="articles/0002-b-002.html">B</a>');
  });

  test('the CLI writes -o DIR/ as index.html and articles/', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'newsq-report-')), 'out/');
    const r = await cli(['report', '-o', dir, 'fixtures/corpus']);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['articles', 'index.html']);
    expect(readdirSync(join(dir, 'articles'))).toHaveLength(2);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('Minsk protests enter second week');
  }, 60_000);

  test('outlets: folders, or in one folder the stem of the file names', () => {
    const line = (source: string) => ({ source }) as ArticleLine;
    const flat = [line('c/bbc-business-001.txt'), line('c/reuters-0042.txt'), line('c/story.txt')];
    expect([...outletsOf(flat).values()]).toEqual(['bbc-business', 'reuters', 'story']);
    const nested = [line('c/bbc/1.txt'), line('c/afp/2.txt')];
    expect([...outletsOf(nested).values()]).toEqual(['c/bbc', 'c/afp']);
  });
});
