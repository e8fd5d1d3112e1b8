// Quotation marks of one paragraph, paired in a single left-to-right pass with a stack.
//
//   “Q”  "Q"  ''Q'' (NYT)  « Q »  „Q“  ‘Q’  'Q'     → quotes
//   Lukashenko's  '90s  rock 'n' roll  leaders' calls → apostrophes, never quote marks
//   "A 'nested' quote"                                → one top-level quote (the inner one is nested)
//   He said "yes and "no"                             → the stray first mark is dropped, "no" is paired
//
// Every mark is pushed at most once and popped at most once, and a closer only searches the stack when a
// counter says an opener of its family is on it, so a paragraph of thousands of stray marks stays linear.

export type Family = 'double' | 'single' | 'angle';

interface Mark {
  at: number;
  len: number;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
}

export interface MarkPair {
  /** Offset of the opening mark and just after it. */
  open: number;
  start: number;
  /** Offset of the closing mark (= end of content) and just after it. */
  end: number;
  close: number;
  family: Family;
  /** Nesting depth: 0 for a top-level quote. */
  depth: number;
  /** True when the paragraph ended with the quote still open (the multi-paragraph convention). */
  unclosed: boolean;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
/** Characters after which a mark opens a quote: "(“", "—“", "“‘". */
const OPEN_CONTEXT = /[\s([{\-–—/“‘"'«„:]/;
/** Characters before which a mark closes a quote: "”.", "”,", "’)". */
const CLOSE_CONTEXT = /[\s.,;:!?)\]}\-–—…”’"'»]/;

/** Apostrophes that start a word: 'n', '90s, 'em, 'til, 'cause. */
const LEADING_APOSTROPHE = /^['’‘](?:n['’]|\d\ds\b|em\b|til\b|cause\b|tis\b|twas\b)/i;

function classify(s: string, i: number, end: number, lo: number): Mark | null {
  const c = s[i];
  const prev = i > lo ? s[i - 1] : undefined;
  const next = i + 1 < end ? s[i + 1] : undefined;
  switch (c) {
    case '“':
      // „Q“ closes with “; elsewhere “ opens. The stack decides which: can do both.
      return { at: i, len: 1, family: 'double', canOpen: true, canClose: !isSpace(prev) && (isSpace(next) || CLOSE_CONTEXT.test(next!)) };
    case '”':
      return { at: i, len: 1, family: 'double', canOpen: isSpace(prev) && isLetter(next), canClose: true };
    case '„':
      return { at: i, len: 1, family: 'double', canOpen: true, canClose: false };
    case '«':
      return { at: i, len: 1, family: 'angle', canOpen: true, canClose: false };
    case '»':
      return { at: i, len: 1, family: 'angle', canOpen: false, canClose: true };
    case '"':
      return straight(s, i, 1, 'double', prev, next, end);
    case "'":
    case '’':
    case '‘': {
      // NYT writes double quotes as two apostrophes: ''work-related''.
      if (c === "'" && next === "'") {
        const after = i + 2 < end ? s[i + 2] : undefined;
        return straight(s, i, 2, 'double', prev, after, end);
      }
      if (isLetter(prev) && isLetter(next)) return null; // don't, Lukashenko's
      if (LEADING_APOSTROPHE.test(s.slice(i, i + 6)) && (prev === undefined || !isLetter(prev))) return null;
      if (c === '‘') return { at: i, len: 1, family: 'single', canOpen: !isLetter(prev), canClose: false };
      const m = straight(s, i, 1, 'single', prev, next, end);
      // ’ after a letter before a space is either a closer or a plural possessive (leaders’): it may
      // close a pending single quote, never open one.
      if (m && c === '’') m.canOpen = m.canOpen && !isLetter(prev);
      return m;
    }
    default:
      return null;
  }
}

/** A symmetric mark: opens when it leans on the following word, closes when it leans on the previous. */
function straight(_s: string, i: number, len: number, family: Family, prev: string | undefined, next: string | undefined, _end: number): Mark | null {
  const leftFlank = !isSpace(next) && (prev === undefined || OPEN_CONTEXT.test(prev));
  const rightFlank = prev !== undefined && !isSpace(prev) && (next === undefined || CLOSE_CONTEXT.test(next));
  if (!leftFlank && !rightFlank) {
    // Both sides letters ("a"b") or both spaces: ambiguous, may toggle.
    if (isSpace(prev) && isSpace(next)) return null;
    return { at: i, len, family, canOpen: true, canClose: true };
  }
  return { at: i, len, family, canOpen: leftFlank, canClose: rightFlank };
}

/** All paired quotes in s[lo, hi), plus the outermost quote left open at the end (if any). */
export function pairMarks(s: string, lo: number, hi: number): MarkPair[] {
  const stack: Mark[] = [];
  const open: Record<Family, number> = { double: 0, single: 0, angle: 0 };
  const pairs: MarkPair[] = [];
  for (let i = lo; i < hi; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x22 && c !== 0x27 && c !== 0x201c && c !== 0x201d && c !== 0x201e && c !== 0x2018 && c !== 0x2019 && c !== 0xab && c !== 0xbb) continue;
    const m = classify(s, i, hi, lo);
    if (!m) continue;
    if (m.len === 2) i++;
    if (m.canClose && open[m.family] > 0) {
      // Pop to the nearest opener of this family; openers of other families above it were strays.
      let top = stack.pop()!;
      open[top.family]--;
      while (top.family !== m.family) {
        top = stack.pop()!;
        open[top.family]--;
      }
      if (m.at > top.at + top.len) {
        pairs.push({ open: top.at, start: top.at + top.len, end: m.at, close: m.at + m.len, family: m.family, depth: 0, unclosed: false });
      }
      continue;
    }
    // A single quote only opens at the top level or inside a double one ("he said 'no'"), and only
    // when some closer could come; an apostrophe-like ’ never opens.
    if (m.canOpen) {
      // Double quotes do not nest in themselves ("yes and "no""): an unclosed double opener on top
      // of the stack when another arrives was a stray.
      const top = stack[stack.length - 1];
      if (m.family === 'double' && top?.family === 'double') { stack.pop(); open.double--; }
      stack.push(m);
      open[m.family]++;
    }
  }
  // Depth by containment among the closed pairs only: an unclosed stray opener below a pair does
  // not make it nested ('Line has “ a stray and "a real quote," he said').
  pairs.sort((a, b) => a.open - b.open);
  const ends: number[] = [];
  for (const p of pairs) {
    while (ends.length && ends[ends.length - 1] <= p.open) ends.pop();
    p.depth = ends.length;
    ends.push(p.close);
  }
  // The outermost double quote still open at the paragraph end may continue in the next paragraph,
  // unless a closed double quote comes after it (then it was a stray).
  const first = stack.find((m) => m.family === 'double' || m.family === 'angle');
  if (first && !pairs.some((p) => p.open > first.at && p.family !== 'single')) {
    let end = hi;
    while (end > first.at + first.len && /\s/.test(s[end - 1])) end--;
    if (end > first.at + first.len) {
      for (const p of pairs) if (p.open > first.at) p.depth++;
      pairs.push({ open: first.at, start: first.at + first.len, end, close: end, family: first.family, depth: 0, unclosed: true });
    }
  }
  return pairs.sort((a, b) => a.open - b.open);
}
