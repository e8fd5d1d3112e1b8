// The standfirst: the one- or two-sentence summary under a headline. Many pages print it in the
// article header, outside the element that holds the paragraphs, so the block choice leaves it out:
//   <header><h1>…</h1><p class="teaser">Der Premierminister muss eine Verlängerung …</p></header>
//   <div class="article-body"><p>…</p></div>
// The page's description meta tag usually repeats it. A visible element whose text starts like the
// description is the standfirst; extract.ts puts it before the body when the body lacks it.
import type { DomDocument, DomElement } from './dom.js';
import { squash, textOf } from './dom.js';
import { furnitureVerdict } from './clean.js';

/** Descriptions shorter than this are taglines ("News from Berlin"), not a standfirst. */
const MIN_CHARS = 40;
/** The description is often cut ("… (via Geeks Are…"): compare this many leading characters. */
const PREFIX_CHARS = 50;

const CANDIDATES = 'p, h2, h3, div, span, strong, em, section, header';

export const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function description(doc: DomDocument): string | null {
  for (const sel of ['meta[property="og:description" i]', 'meta[name="description" i]', 'meta[name="twitter:description" i]']) {
    const d = squash(doc.querySelector(sel)?.getAttribute('content'));
    if (d.length >= MIN_CHARS) return d.replace(/\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/, '');
  }
  return null;
}

/** Is the element in a menu, a sidebar, a "related" list…? A teaser there is another story's. */
function insideFurniture(el: DomElement): boolean {
  for (let p: DomElement | null = el; p && p.nodeType === 1; p = p.parentNode as DomElement | null) {
    if (p.localName === 'nav' || p.localName === 'aside' || p.localName === 'footer') return true;
    if (p !== el && furnitureVerdict(p) === 'strong') return true;
  }
  return false;
}

/** The page's visible standfirst, when its description meta tag names one. Read before cleaning. */
export function findLede(doc: DomDocument): string | null {
  const d = description(doc);
  if (!d || !doc.body) return null;
  const prefix = loose(d).slice(0, PREFIX_CHARS);
  if (!loose(doc.body.textContent ?? '').includes(prefix)) return null; // not shown on the page at all
  let best: string | null = null;
  for (const el of Array.from(doc.body.querySelectorAll(CANDIDATES))) {
    const t = textOf(el);
    if (t.length < MIN_CHARS || t.length > d.length * 1.6 + 40) continue;
    if (!loose(t).startsWith(prefix)) continue;
    if (insideFurniture(el)) continue;
    // The smallest such element is the standfirst itself rather than a wrapper around more.
    if (!best || t.length < best.length) best = t;
  }
  return best;
}
