// The page around a view: one self-contained HTML file. Its Content-Security-Policy allows nothing
// but the one inline stylesheet and the one inline script, each by its SHA-256 hash, so the page can
// make no request at all (no fonts, images, frames, fetches or form posts) and no other script runs,
// even one that got past the escaping.
import { createHash } from 'node:crypto';
import { escapeHtml as h } from './escape.js';
import { STYLE } from './style.js';
import { SCRIPT } from './script.js';

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The policy of every report page: only the inline style and script, by hash. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** `generator`: what made the page ("newsq 0.1.0"), for its generator meta. */
export function page(title: string, body: string, generator = 'newsq'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${h(generator)}">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
