// Is this text a web page? Used for stdin, which has no file name: the first non-blank characters
// of a page are a doctype, an <html>/<head>/<body> tag or a comment before one of them.
//   "<!DOCTYPE html><html>…"  → true
//   "<p>Hello</p>"            → false (a text article may quote a tag; only a document counts)
//   "EU Leaders Urge Putin …" → false
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  return /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head);
}
