// URLs: fetched from a local server on 127.0.0.1 only. Redirects, a redirect loop, slow answers,
// huge and gzip bodies, wrong charsets, errors; then the CLI's handling of them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchPage, FetchError, MAX_REDIRECTS, USER_AGENT } from '../../src/io/fetch.js';
import { pageText } from '../../src/io/page.js';
import { VERSION } from '../../src/version.js';
import { cli, jsonLines } from '../helpers/cli.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => { server = await startServer(); });
afterAll(async () => { await server.close(); });

async function failure(url: string, options = {}): Promise<FetchError> {
  try {
    await fetchPage(url, options);
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error(`expected ${url} to fail`);
}

describe('fetchPage', () => {
  test('fetches a page with an honest user agent naming newsq and its version', async () => {
    const page = await fetchPage(server.url('/article'));
    expect(Buffer.from(page.bytes).toString('utf8')).toContain('Harbour reopens');
    expect(page.contentType).toMatch(/text\/html/);
    expect(page.finalUrl).toBe(server.url('/article'));
    expect(USER_AGENT).toBe(`newsq/${VERSION} (+https://github.com/newsq/newsq)`);
    expect(server.agents.at(-1)).toBe(USER_AGENT);
  });

  test('follows redirects and reports the final address', async () => {
    expect((await fetchPage(server.url('/moved'))).finalUrl).toBe(server.url('/article'));
    expect((await fetchPage(server.url(`/hop/${MAX_REDIRECTS}`))).finalUrl).toBe(server.url('/hop/0'));
  });

  test('gives up after 5 redirects and on a redirect loop', async () => {
    expect((await failure(server.url(`/hop/${MAX_REDIRECTS + 1}`))).code).toBe('too-many-redirects');
    const loop = await failure(server.url('/loop-a'));
    expect(loop.code).toBe('too-many-redirects');
    expect(loop.message).toBe('more than 5 redirects');
  });

  test('times out on a slow answer and on a slow body', async () => {
    const slow = await failure(server.url('/slow'), { timeoutSeconds: 0.3 });
    expect(slow.code).toBe('timeout');
    expect(slow.message).toMatch(/0\.3 s/);
    expect((await failure(server.url('/slow-body'), { timeoutSeconds: 0.3 })).code).toBe('timeout');
    // Gave up at its own timeout, before the server's answers (3 s late) were complete.
    expect(server.answered).not.toContain('/slow');
    expect(server.answered).not.toContain('/slow-body');
  });

  test('refuses a body over --max-bytes, counted or declared', async () => {
    const huge = await failure(server.url('/huge'), { maxBytes: 100_000 });
    expect(huge.code).toBe('too-big');
    expect(huge.message).toMatch(/see --max-bytes/);
    expect((await failure(server.url('/huge-declared'))).code).toBe('too-big');
  });

  test('reads gzip bodies', async () => {
    const page = await fetchPage(server.url('/gzip'));
    expect(Buffer.from(page.bytes).toString('utf8')).toContain('harbour master Ana Silva');
  });

  test('HTTP errors, non-pages and unreachable hosts are one-line errors', async () => {
    const notFound = await failure(server.url('/nothing-here'));
    expect([notFound.code, notFound.message]).toEqual(['http-error', 'HTTP 404 Not Found']);
    expect((await failure(server.url('/error'))).message).toBe('HTTP 500 Internal Server Error');
    const image = await failure(server.url('/image'));
    expect([image.code, image.message]).toEqual(['not-html', 'not a web page or text (image/png)']);
    // A closed port on the loopback address: refused at once, no other address is touched.
    const closed = await failure('http://127.0.0.1:1/', { timeoutSeconds: 2 });
    expect(closed.code).toBe('fetch-failed');
    expect(closed.message).not.toContain('\n');
  });

  test('decodes a page whose header claims UTF-8 but whose bytes are windows-1252', async () => {
    const page = await fetchPage(server.url('/wrong-charset'));
    const { text, warning } = pageText(page.bytes, page.contentType, page.finalUrl);
    expect(text).toContain('said harbour master Anaïs Peña.');
    expect(warning).toMatch(/windows-1252/);
    const latin1 = await fetchPage(server.url('/latin1-header'));
    expect(pageText(latin1.bytes, latin1.contentType, latin1.finalUrl).text).toContain('Anaïs Peña');
  });

  test('fetches only the page: no images, scripts or stylesheets', async () => {
    const before = server.paths.length;
    await fetchPage(server.url('/article'));
    expect(server.paths.slice(before)).toEqual(['/article']);
  });
});

describe('URLs on the command line', () => {
  test('a page is analysed: source is the final URL, text carries the extracted article', async () => {
    const r = await cli(['quotes', '--json', server.url('/moved')]);
    expect(r.status).toBe(0);
    const [doc] = jsonLines(r.stdout);
    expect(doc.source).toBe(server.url('/article'));
    expect(doc.meta.title).toBe('Harbour reopens');
    expect(doc.meta.url).toBe(server.url('/article'));
    expect(doc.text.startsWith('Harbour reopens\n\n')).toBe(true);
    expect(doc.text).not.toContain('Home');
    const chars = [...doc.text];
    for (const q of doc.quotes) expect(chars.slice(q.start, q.end).join('')).toBe(q.text);
    expect(doc.quotes.map((q: { text: string }) => q.text)).toContain('We are glad to welcome the fishing fleet back,');
  });

  test('a failing URL is one error line and exit 1; the other inputs still run', async () => {
    const r = await cli(['entities', '--json', '--timeout', '0.3', server.url('/nothing-here'), server.url('/slow'), server.url('/article')]);
    expect(r.status).toBe(1);
    const docs = jsonLines(r.stdout);
    expect(docs.map((d) => d.error?.code ?? 'ok')).toEqual(['http-error', 'timeout', 'ok']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `newsq: ${server.url('/nothing-here')}: HTTP 404 Not Found`,
      `newsq: ${server.url('/slow')}: no complete answer within 0.3 s (see --timeout)`,
    ]);
  });

  test('--max-bytes takes sizes like 100k', async () => {
    const r = await cli(['tokens', '--json', '--max-bytes', '100k', server.url('/huge')]);
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout)[0].error.code).toBe('too-big');
    expect((await cli(['tokens', '--max-bytes', 'lots', server.url('/huge')])).status).toBe(2);
    expect((await cli(['tokens', '--timeout', '0', server.url('/article')])).status).toBe(2);
  });

  test('a text/plain URL is read as a text article', async () => {
    const r = await cli(['tokens', '--json', server.url('/plain')]);
    const [doc] = jsonLines(r.stdout);
    expect(doc.meta.title).toBe('Harbour reopens');
    expect(doc.text).toBe('Harbour reopens\n\nThe harbour at Kingsport reopened on Monday, the port authority said.\n');
  });
});
