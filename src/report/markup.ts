// Annotated text → HTML: spans of a text (quotes, entity mentions, summary sentences) become
// elements around the escaped text, nested properly even when the spans cross. A span that would
// close while a span opened inside it is still open is closed and reopened around the boundary:
//
//   text "He said the EU would act" with a quote [8, 24) and an entity [12, 14)
//   → He said <mark …>the <span …>EU</span> would act</mark>
//
// Offsets here are UTF-16 indexes into the text (the JSON's code points are converted by the caller).
import { escapeHtml } from './escape.js';

/** Plain text between marks: escaped, with runs of blank lines (markdown spacing) shown as one. */
const plain = (s: string) => escapeHtml(s).replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n');

export interface Annotation {
  start: number;
  end: number;
  /** Markup at the start of the span (may carry a label after the tag). */
  open: string;
  /** Markup when the span is reopened after a crossing boundary (the tag without its label). */
  reopen: string;
  close: string;
  /** Among spans with the same start and end, the lower rank is outside. */
  rank: number;
}

export function markup(text: string, annotations: Annotation[]): string {
  const spans = annotations
    .filter((a) => a.end > a.start && a.start >= 0 && a.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const bounds = [...new Set(spans.flatMap((a) => [a.start, a.end]))].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Annotation[] = [];
  let pos = 0;
  let next = 0;
  for (const b of bounds) {
    out.push(plain(text.slice(pos, b)));
    pos = b;
    if (stack.some((a) => a.end <= b)) {
      // Close down to the deepest span that ends here; the ones above it that go on are reopened.
      const reopen: Annotation[] = [];
      while (stack.some((a) => a.end <= b)) {
        const top = stack.pop()!;
        out.push(top.close);
        if (top.end > b) reopen.push(top);
      }
      for (const a of reopen.reverse()) {
        out.push(a.reopen);
        stack.push(a);
      }
    }
    while (next < spans.length && spans[next].start === b) {
      out.push(spans[next].open);
      stack.push(spans[next]);
      next++;
    }
  }
  out.push(plain(text.slice(pos)));
  return out.join('');
}

/** JSON offsets (code points) → UTF-16 indexes of the same text. */
export function utf16Indexer(text: string): (codePoint: number) => number {
  // Most texts have no astral characters: then the two are the same.
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    at.push(i);
    i += ch.length;
  }
  at.push(i);
  return (cp) => at[Math.min(Math.max(cp, 0), at.length - 1)];
}
