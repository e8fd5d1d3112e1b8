// A local web server for the fetch tests: 127.0.0.1 on an ephemeral port, never another address.
// Each route is one situation a real site puts a reader in (redirects, a slow answer, a huge page…).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url(path: string): string;
  /** User agents the server saw, in order. */
  agents: string[];
  /** Paths requested, in order: proves nothing else (images, scripts) is fetched. */
  paths: string[];
  /** Paths whose answer the server finished sending, in order: a slow one absent means the client gave up first. */
  answered: string[];
  close(): Promise<void>;
}

export const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Harbour reopens | Coast News</title>
<meta property="og:site_name" content="Coast News"><script src="/app.js"></script><link rel="stylesheet" href="/site.css"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens</h1><img src="/photo.jpg">
<p>The harbour at Kingsport reopened on Monday after three weeks of repairs, the port authority said.</p>
<p>“We are glad to welcome the fishing fleet back,” said harbour master Ana Silva.</p></article></body></html>`;

/** The same story in windows-1252 bytes, under a header that claims UTF-8. */
const CP1252_PAGE = iconv.encode(PAGE.replace('Ana Silva', 'Anaïs Peña').replace('<meta charset="utf-8">', ''), 'win1252');

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0];
  const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => { res.writeHead(200, { 'content-type': type }); res.end(body); };
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (hop) {
    const n = Number(hop[1]);
    res.writeHead(n > 0 ? 302 : 200, n > 0 ? { location: `/hop/${n - 1}` } : { 'content-type': 'text/html; charset=utf-8' });
    res.end(n > 0 ? '' : PAGE);
    return;
  }
  switch (path) {
    case '/article': return html(PAGE);
    case '/moved': res.writeHead(301, { location: '/article' }); res.end(); return;
    case '/loop-a': res.writeHead(302, { location: '/loop-b' }); res.end(); return;
    case '/loop-b': res.writeHead(302, { location: '/loop-a' }); res.end(); return;
    case '/slow': setTimeout(() => html(PAGE), 3000).unref(); return;
    case '/slow-body':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Starting…');
      setTimeout(() => res.end('</p></body></html>'), 3000).unref();
      return;
    case '/huge': {
      res.writeHead(200, { 'content-type': 'text/html' }); // no Content-Length: the cap must count bytes
      const chunk = `<p>${'All work and no play. '.repeat(400)}</p>`;
      let sent = 0;
      const pump = () => { while (sent < 400 && res.write(chunk)) sent++; if (sent >= 400) res.end(); else res.once('drain', pump); };
      res.on('close', () => { sent = 400; });
      pump();
      return;
    }
    case '/huge-declared': res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }); res.end(); return;
    case '/gzip': {
      const body = gzipSync(Buffer.from(PAGE));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': String(body.length) });
      res.end(body);
      return;
    }
    case '/wrong-charset': return html(CP1252_PAGE, 'text/html; charset=utf-8');
    case '/latin1-header': return html(iconv.encode(PAGE.replace('Ana Silva', 'Anaïs Peña').replace('<meta charset="utf-8">', ''), 'latin1'), 'text/html; charset=ISO-8859-1');
    case '/plain': return html('Harbour reopens\n\nThe harbour at Kingsport reopened on Monday, the port authority said.\n', 'text/plain; charset=utf-8');
    case '/image': res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47])); return;
    case '/error': res.writeHead(500, { 'content-type': 'text/html' }); res.end('<h1>Oops</h1>'); return;
    default: res.writeHead(404, { 'content-type': 'text/html' }); res.end('<h1>Not found</h1>');
  }
}

export async function startServer(): Promise<TestServer> {
  const agents: string[] = [];
  const paths: string[] = [];
  const answered: string[] = [];
  const server: Server = createServer((req, res) => {
    agents.push(String(req.headers['user-agent'] ?? ''));
    paths.push(req.url ?? '');
    res.on('finish', () => answered.push(req.url ?? ''));
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    agents,
    paths,
    answered,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
