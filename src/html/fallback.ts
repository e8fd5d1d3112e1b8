// When Readability finds no article (a short page, a page of short paragraphs under its threshold),
// the element whose <p> children hold the most text is the article, else the JSON-LD articleBody:
//   <div class="story"><p>…</p><p>…</p></div><div class="promo"><p>…</p></div> → the first div.
import type { DomDocument, DomElement } from './dom.js';
import { squash } from './dom.js';
import { removeFurniture } from './clean.js';
import { blocksOf, type TextBlock } from './blocks.js';
import { jsonLdObjects } from './metadata.js';
import { wordCount } from './words.js';

export function fallbackBlocks(doc: DomDocument): TextBlock[] {
  const fromLd = articleBodyBlocks(doc); // read before cleaning: the scripts go with the furniture
  const body = doc.body;
  if (!body) return fromLd;
  removeFurniture(body);
  const score = new Map<DomElement, number>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const parent = p.parentNode as DomElement | null;
    if (!parent) continue;
    const n = squash(p.textContent).length;
    if (n >= 40) score.set(parent, (score.get(parent) ?? 0) + n);
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) { best = el; bestScore = s; }
  const fromDom = best ? blocksOf(best) : [];
  const words = (bs: TextBlock[]) => bs.reduce((n, b) => n + wordCount(b.text), 0);
  // The publisher's own articleBody wins unless the page shows clearly more article text.
  return words(fromLd) >= words(fromDom) * 0.8 ? fromLd : fromDom;
}

/** The JSON-LD articleBody, one paragraph a line where it has line breaks. */
function articleBodyBlocks(doc: DomDocument): TextBlock[] {
  for (const o of jsonLdObjects(doc)) {
    const body = o.articleBody;
    if (typeof body === 'string' && body.trim()) {
      return body.split(/\n+/).map(squash).filter(Boolean).map((text) => ({ kind: 'paragraph' as const, text }));
    }
  }
  return [];
}
