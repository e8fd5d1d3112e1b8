// Is an input a web page? Decided before anything of the HTML stack is loaded, so that plain-text
// inputs never load it (src/cli/read-input.ts imports src/io/page.ts only for pages).
//   "story.html", "STORY.HTM" → a page by its name;  stdin "<!DOCTYPE html>…" → a page by its bytes
import { looksLikeHtml } from '../html/sniff.js';

/** Is a file with this name a saved web page? "story.html", "STORY.HTM". */
export const isHtmlName = (name: string) => /\.html?$/i.test(name);

/** Do these bytes start like a web page? For stdin, which has no name. */
export function bytesLookLikeHtml(bytes: Uint8Array): boolean {
  return looksLikeHtml(Buffer.from(bytes.subarray(0, 2048)).toString('latin1'));
}
