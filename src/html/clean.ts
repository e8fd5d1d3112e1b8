// Removes page furniture from a DOM tree, in place. Run on the whole page before the main block is
// chosen (so a share bar or a "related" list cannot win or ride along) and again on the chosen block
// (Readability keeps <div class="article-share"> because "article" makes it look like content).
//
//   <div class="share-buttons">…</div>         → removed (class word "share")
//   <section id="comments">…</section>          → removed
//   <div class="article-body has-sidebar">…</div> → kept: "article-body" marks the content itself
//   <div class="sidebar-wrapper">(whole page)</div> → kept: it holds most of the page's text
import type { DomElement } from './dom.js';
import { ELEMENT } from './dom.js';
import { BOILERPLATE_WORDS, CONTAINER_WORDS, CONTENT_WORDS, EMBED_WORDS, INLINE_DROP_WORDS, INLINE_TAGS, DROP_ROLES, DROP_TAGS, MODIFIER_PREFIX, START_ONLY, WEAK_WORDS } from '../lexicon/html-boilerplate.js';

/** "socialShare jp-relatedposts" → ["social", "share", "jp", "relatedposts"]. */
export function classWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** How much text an element holds, without building the string (textContent allocates). */
function textLength(el: DomElement): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

export type Verdict = 'strong' | 'weak' | null;

/** A share of the page's text above which a wrapper named like content is kept (see CONTAINER_WORDS). */
const CONTAINER_SHARE = 0.15;

function namedLikeContainer(el: DomElement): boolean {
  return classWords(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`).some((w) => CONTAINER_WORDS.has(w));
}

/** Does the element's tag, role, class or id say it is furniture? */
export function furnitureVerdict(el: DomElement): Verdict {
  const tag = el.localName;
  if (DROP_TAGS.has(tag)) return 'strong';
  if (tag === 'header' || tag === 'footer') return 'weak';
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (DROP_ROLES.has(role)) return 'strong';
  if (el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return 'strong';
  if (el.getAttribute('aria-hidden') === 'true') return 'weak';
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!names.trim()) return null;
  const raw = names.toLowerCase().replace(/_/g, '-').split(/\s+/);
  if (raw.some((n) => CONTENT_WORDS.has(n) || CONTENT_WORDS.has(n.replace(/-/g, '')))) return null;
  // An <article> or <main> is never furniture by its class: "hentry author-jane-doe" is the post itself.
  if (tag === 'article' || tag === 'main' || tag === 'blockquote') return null;
  if (INLINE_TAGS.has(tag)) return classWords(names).some((w) => INLINE_DROP_WORDS.has(w)) ? 'strong' : null;
  let verdict: Verdict = null;
  const named = raw.filter((n) => n && !MODIFIER_PREFIX.test(n));
  const words = named.flatMap((n) => classWords(n).map((w, i) => ({ w, first: i === 0 })));
  if (words.some(({ w }) => EMBED_WORDS.has(w))) return null;
  for (const { w, first } of words) {
    if (!(w in BOILERPLATE_WORDS)) continue;
    if (START_ONLY.has(w) && !first) continue;
    if (!WEAK_WORDS.has(w)) return 'strong';
    verdict = 'weak';
  }
  return verdict;
}

export interface CleanOptions {
  /** Furniture named by a strong word goes only when it holds less than this share of the text. */
  strongShare: number;
  /** …and furniture named only by a weak word ("header", "more") less than this share. */
  weakShare: number;
}

/** Removes furniture under `root` (not `root` itself), top-down so removed subtrees are not visited. */
export function removeFurniture(root: DomElement, options: CleanOptions = { strongShare: 0.3, weakShare: 0.1 }): number {
  // Code first, so the shares below count text a reader sees (a page's inline CSS can outweigh it).
  for (const el of Array.from(root.querySelectorAll('script, style, noscript, template'))) el.remove();
  const total = Math.max(1, textLength(root));
  let removed = 0;
  const visit = (el: DomElement) => {
    for (const child of Array.from(el.children)) {
      if (child.nodeType !== ELEMENT) continue;
      const verdict = furnitureVerdict(child);
      if (verdict) {
        const tag = child.localName;
        // Code and controls go whatever their size; named furniture only when it is not the article.
        const always = tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template' || tag === 'svg' || tag === 'iframe' || tag === 'button' || tag === 'select' || tag === 'textarea';
        const share = always ? 0 : textLength(child) / total;
        const limit = verdict === 'strong' ? options.strongShare : options.weakShare;
        if (always || (share < limit && !(share >= CONTAINER_SHARE && namedLikeContainer(child)) && !holdsArticle(child, total))) {
          child.remove();
          removed++;
          continue;
        }
      }
      visit(child);
    }
  };
  visit(root);
  return removed;
}

/**
 * "CAIRO —" before a lead paragraph is its first words (`<p><span class="dateline">CAIRO —</span>
 * Gunmen opened fire …`), but Readability takes any class="dateline" for a byline and removes it.
 * An inline dateline loses its class so it stays in its sentence.
 */
export function keepInlineDatelines(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll('[class*="dateline" i]'))) {
    if (INLINE_TAGS.has(el.localName) && (el.parentNode?.textContent ?? '').length > (el.textContent ?? '').length + 40) el.setAttribute('class', '');
  }
}

/**
 * An element that wraps the article itself: `<div class="sidebar-layout"><main>…</main></div>`.
 * An <article> inside counts only when it is large: comment threads are lists of small <article>s.
 */
function holdsArticle(el: DomElement, total: number): boolean {
  const tag = el.localName;
  if ((tag === 'article' || tag === 'main' || el.getAttribute('itemprop') === 'articleBody') && textLength(el) / total > 0.25) return true;
  if (el.querySelector('main, [itemprop="articleBody"]')) return true;
  return Array.from(el.querySelectorAll('article')).some((a) => textLength(a) / total > 0.25);
}
