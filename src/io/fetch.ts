// One web page over HTTP(S) with Node's own fetch, and nothing else: no images, no scripts, no
// stylesheets. Redirects are followed by hand so they can be counted and kept to http(s):
//   fetchPage("https://example.org/a")  → 301 → /b → 200 text/html → {bytes, finalUrl: ".../b", …}
// Every failure is a FetchError with a short code and a one-line message for the user:
//   fetch-failed "could not resolve host example.invalid"   http-error "HTTP 404 Not Found"
//   timeout "no complete answer within 20 s"              too-many-redirects "more than 5 redirects"
//   not-html "not a web page or text (image/png)"         too-big "larger than 10 MB (see --max-bytes)"
import { VERSION } from '../version.js';

export const DEFAULT_TIMEOUT_SECONDS = 20;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

/** An honest user agent: what is asking, its version and where to read about it. */
export const USER_AGENT = `newsq/${VERSION} (+https://github.com/newsq/newsq)`;

export interface FetchOptions {
  /** Seconds for the whole exchange, redirects and body included. */
  timeoutSeconds?: number;
  maxBytes?: number;
}

export interface FetchedPage {
  bytes: Uint8Array;
  /** The Content-Type header, e.g. "text/html; charset=ISO-8859-1", or null. */
  contentType: string | null;
  /** Where the page was in the end, after redirects. */
  finalUrl: string;
}

export class FetchError extends Error {
  constructor(readonly code: string, message: string) { super(message); }
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
/** Media types newsq can read: web pages and plain text. */
const READABLE = /^(?:text\/html|application\/xhtml\+xml|text\/plain|text\/markdown|text\/x-markdown)$/i;

const mb = (n: number) => (n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`);

/** Node's fetch hides the reason in `cause`: ENOTFOUND, ECONNREFUSED, a certificate error… */
function networkMessage(err: unknown, url: URL): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `could not resolve host ${url.hostname}`;
  if (code === 'ECONNREFUSED') return `connection refused by ${url.host}`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `connection reset by ${url.host}`;
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code) || /certificate|ssl|tls/i.test(cause?.message ?? '')) {
    return `TLS error with ${url.host}: ${(cause?.message ?? code).split('\n')[0]}`;
  }
  return `could not fetch: ${(cause?.message ?? (err as Error)?.message ?? String(err)).split('\n')[0]}`;
}

/** Reads a body up to `maxBytes`; one byte more and the transfer is cancelled. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  // Content-Length counts the bytes on the wire (compressed ones too): over the cap, refused unread.
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new FetchError('too-big', `larger than ${mb(maxBytes)} (${mb(declared)}; see --max-bytes)`);
  }
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchError('too-big', `larger than ${mb(maxBytes)} (see --max-bytes)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutSeconds * 1000);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError('bad-url', 'not a valid web address');
  }
  try {
    for (let redirects = 0; ; redirects++) {
      let res: Response;
      try {
        res = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'user-agent': USER_AGENT,
            accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
          },
        });
      } catch (err) {
        if (controller.signal.aborted) throw new FetchError('timeout', `no complete answer within ${timeoutSeconds} s (see --timeout)`);
        throw new FetchError('fetch-failed', networkMessage(err, url));
      }
      if (REDIRECT.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw new FetchError('http-error', `HTTP ${res.status} redirect without a Location header`);
        if (redirects >= MAX_REDIRECTS) throw new FetchError('too-many-redirects', `more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchError('http-error', `redirected to a non-web address (${next.protocol})`);
        url = next;
        continue;
      }
      if (res.status >= 400 || res.status < 200 || res.status >= 300) {
        await res.body?.cancel();
        throw new FetchError('http-error', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const contentType = res.headers.get('content-type');
      const mediaType = (contentType ?? '').split(';')[0].trim();
      if (mediaType && !READABLE.test(mediaType)) {
        await res.body?.cancel();
        throw new FetchError('not-html', `not a web page or text (${mediaType})`);
      }
      try {
        const bytes = await readCapped(res, maxBytes);
        return { bytes, contentType, finalUrl: url.href };
      } catch (err) {
        if (err instanceof FetchError) throw err;
        if (controller.signal.aborted) throw new FetchError('timeout', `no complete answer within ${timeoutSeconds} s (see --timeout)`);
        throw new FetchError('fetch-failed', networkMessage(err, url));
      }
    }
  } finally {
    clearTimeout(timer);
  }
}
