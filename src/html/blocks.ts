// The chosen article element → its blocks of text, in reading order. Each block-level element
// (<p>, <h2>, <li>, <blockquote>…) starts a new block; inline markup is flattened; <br> is a
// line break inside the block. Figures and their captions are left out: a caption is not body text.
//
//   <h2>Historic demonstrations</h2><p>On <b>Tuesday</b> evening, …</p>
//   → [{kind: 'heading', text: 'Historic demonstrations'}, {kind: 'paragraph', text: 'On Tuesday evening, …'}]
import type { DomElement, DomNode } from './dom.js';
import { ELEMENT, TEXT } from './dom.js';

export interface TextBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Share of the block's letters inside links: 1 for "Read more: <a>Other story</a>"-like lines. */
  linkShare?: number;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'blockquote', 'pre', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'address', 'center',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'form', 'fieldset', 'details', 'summary', 'body', 'html',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIP_TAGS = new Set(['figure', 'figcaption', 'picture', 'img', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'video', 'audio', 'button', 'select', 'textarea', 'head']);

/** Spaces collapsed within lines, line breaks kept, empty lines gone: "a \n\n  b" → "a\nb". */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function blocksOf(root: DomElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let linked = 0; // letters inside <a> in the buffer
  let inLink = 0;
  let kind: TextBlock['kind'] = 'paragraph';
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
  const flush = () => {
    const text = tidy(buffer);
    if (text) blocks.push({ kind, text, linkShare: Math.min(1, linked / Math.max(1, letters(text))) });
    buffer = '';
    linked = 0;
    kind = 'paragraph';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT) {
      // Source newlines are layout, not line breaks: "Hello\n   world" reads "Hello world".
      const t = (node.textContent ?? '').replace(/\s+/g, ' ');
      buffer += t;
      if (inLink) linked += letters(t);
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as DomElement;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') { buffer += '\n'; return; }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    if (HEADING_TAGS.has(tag)) kind = 'heading';
    if (tag === 'a') inLink++;
    for (const child of Array.from(el.childNodes)) visit(child);
    if (tag === 'a') inLink--;
    if (isBlock) flush();
  };
  visit(root);
  flush();
  return blocks;
}
