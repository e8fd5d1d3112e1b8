// Tokens of news text, Penn Treebank style as the CoNLL corpora have them, with exact offsets:
//
//   "Lukashenko's"  → Lukashenko | 's         "don't" → do | n't         "U.S." → U.S.
//   "$4.5bn"        → $ | 4.5bn               "6,700" → 6,700            "ex-Soviet" → ex-Soviet
//   "10:30", "?!"   → one token each          "Mr. Putin" → Mr. | Putin  "J.K. Rowling" → J.K. | Rowling
//   "...", "…"      → one token               "https://tut.by/a?b=1." → the address | .
//   ".560", ".45"   → one token (a decimal without its zero, after a space: a percentage in a table)
//
// The scanner moves left to right with sticky regular expressions, each of which consumes a
// character class without backtracking, so a megabyte-long "word" costs linear time.
import { TokenColumns, Tokens } from './tokens.js';
import { abbreviationKind } from '../lexicon/abbreviations.js';

const URL = /(?:https?:\/\/|www\.)[^\s<>"“”]+/iy;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
/** Letters and digits, joined by inner hyphens, apostrophes, dots, ampersands and number commas. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’.&]|(?<=\p{N})[,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/uy;
/** "?!", "!!!", "???": one token, one sentence end. */
const BANGS = /[!?]{2,}/y;
const ELLIPSIS = /\.{2,}|…|(?:\. ){2}\./y;
/** ".560", ".45": a stop and digits, read as one number where a word may start (see tokenize). */
const LEADING_DECIMAL = /\.\d+(?![\p{L}\p{N}])/uy;
const DASHES = /-{2,}|[—–―]/y;
/** "'90s", "’n’" (rock 'n' roll): an apostrophe that starts a word rather than a quotation. */
const LEADING_APOSTROPHE = /['’](?:\d\d?s\b|n['’](?=\s))/y;
const EMOJI = /(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\u{fe0f}\u{1f3fb}-\u{1f3ff}]*(?:\u200d\p{Extended_Pictographic}[\u{fe0f}\u{1f3fb}-\u{1f3ff}]*)*)/uy;
const SPACE = /[\s\u00a0\u200b\ufeff]+/y;

/** Clitics split off the end of a word, as CoNLL does: "Putin's" → "Putin" "'s". */
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))$/;

/**
 * The length of the match of `re` at `at` (0: none; no pattern here matches an empty string), cut at
 * `end` (blocks end before whitespace, so a cut is rare). test() moves a sticky pattern's lastIndex to
 * the match's end without making a match array or its string: ~34 MB less garbage per MB of news.
 */
function stickyLength(re: RegExp, s: string, at: number, end: number): number {
  re.lastIndex = at;
  return re.test(s) ? Math.min(re.lastIndex, end) - at : 0;
}

/**
 * Should the full stop after `word` stay inside the token? "Mr." "U.S." "J." yes; "Minsk." no.
 * `after` is the text right after the stop: "No. 10" keeps it, "said no. Then" does not.
 */
function keepsStop(word: string, after: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true; // initials: "J." in "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "a.m", "J.K" → "U.S."
  switch (abbreviationKind(word)) {
    case undefined: return false;
    case 'numbering': return /^\s*\d/.test(after);
    case 'place': return /^\p{Lu}/u.test(word);
    default: return true;
  }
}

/** Trims the punctuation that ends a sentence from a URL: "see https://x.org/a." → "https://x.org/a". */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0 && /[.,;:!?'’)\]]/.test(url[end - 1])) {
    if (url[end - 1] === ')' && url.lastIndexOf('(', end) !== -1) break;
    end--;
  }
  return url.slice(0, end);
}

/**
 * Tokens of view[start, end), added to `columns` (a document's, in segment(); new ones otherwise).
 * `text` supplies token texts (the view blanks markdown to spaces).
 */
export function tokenize(text: string, view: string, start: number, end: number, columns = new TokenColumns()): Tokens {
  const from = columns.length;
  const push = (s: number, e: number) => columns.push(text.slice(s, e), s, e);
  const s = view;
  let i = start;
  while (i < end) {
    const space = stickyLength(SPACE, s, i, end);
    if (space) { i += space; continue; }

    const url = stickyLength(URL, s, i, end);
    if (url) { const u = trimUrl(s.slice(i, i + url)); push(i, i + u.length); i += u.length; continue; }

    const email = stickyLength(EMAIL, s, i, end);
    if (email) { push(i, i + email); i += email; continue; }

    // after a space or an opening bracket only: "won 75 games, a .560 record"; not "in 1996.5 more"
    const decimal = s[i] === '.' && (i === start || /[\s(]/.test(s[i - 1])) ? stickyLength(LEADING_DECIMAL, s, i, end) : 0;
    if (decimal) { push(i, i + decimal); i += decimal; continue; }

    const wordLength = stickyLength(WORD, s, i, end);
    if (wordLength) {
      let w = s.slice(i, i + wordLength);
      const clitic = CLITIC.exec(w);
      if (clitic && clitic.index > 0) {
        push(i, i + clitic.index);
        push(i + clitic.index, i + w.length);
        i += w.length;
        continue;
      }
      if (s[i + w.length] === '.' && s[i + w.length + 1] !== '.' && keepsStop(w, s.slice(i + w.length + 1, i + w.length + 4))) w += '.';
      push(i, i + w.length);
      i += w.length;
      continue;
    }

    const lead = stickyLength(LEADING_APOSTROPHE, s, i, end);
    if (lead) { push(i, i + lead); i += lead; continue; }

    const run = stickyLength(ELLIPSIS, s, i, end) || stickyLength(DASHES, s, i, end) || stickyLength(BANGS, s, i, end);
    if (run) { push(i, i + run); i += run; continue; }

    // A run of emoji (flags are pairs, families are joined by U+200D) is one token.
    const emoji = stickyLength(EMOJI, s, i, end);
    if (emoji) { push(i, i + emoji); i += emoji; continue; }

    // Any other character is a token of its own; an astral character is one token, not two halves.
    const cp = s.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    push(i, i + len);
    i += len;
  }
  return new Tokens(columns, from, columns.length - from);
}
