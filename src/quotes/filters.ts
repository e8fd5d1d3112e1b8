// Step 3: what looks like a quote but is none. Run after attribution, since a cue nearby is what
// tells a short quotation from a scare quote.
//
//   the so-called "reform package" was delayed      → scare quote (≤ 3 words, no cue): dropped
//   he said on MSNBC's "Morning Joe" that ...       → title of a show: dropped
//   as "The Wall Street Journal" wrote              → the quoted words are the speaker: dropped
//   <tweet pic="pic.twitter.com/">, "@newsdesk"     → markup, handles and ids: dropped
//   Del. Marcia "Cia" Price shouted                 → a nickname inside a name: dropped
//   a medic who goes by "Lisa" said ...             → a name someone goes by: dropped
import { NAME_GIVERS, NAME_GIVING_PAIRS, TITLE_SMALL_WORDS, WORK_TITLE_AFTER, WORK_TITLE_BEFORE } from '../lexicon/clause-words.js';
import { cueAfterSubject, isCap, isPossessive, isWord, startsSentence, type Reading } from './reading.js';
import type { QuoteSpan } from './candidates.js';
import type { Attributed } from './attribute.js';

const words = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Title-like: every word capitalised, no sentence punctuation: "Aaron Klein Investigative Radio". */
export function titleLike(text: string): boolean {
  const ws = text.trim().replace(/[,.]$/, '').split(/\s+/);
  if (ws.length < 2 || /[.!?;]\s/.test(text)) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

/** A handle, an id or a number in quotation marks: "@brianefallon", "#MeToo", "A-1234". */
const handleLike = (text: string) => /^[@#]\S+$/.test(text.trim()) || (/^\S+$/.test(text.trim()) && /\d/.test(text)) || !/\p{L}/u.test(text);

/** The quote names a work: after "on", "of", a possessive or "titled", or before "host", "show". */
function workTitleContext(r: Reading, c: QuoteSpan): boolean {
  const t = r.tokens;
  const prev = t.text(c.open - 1)?.toLowerCase() ?? '';
  const next = t.text(c.after)?.toLowerCase() ?? '';
  return WORK_TITLE_BEFORE.has(prev) || WORK_TITLE_AFTER.has(next);
}

/** A name someone goes by: a call sign "Bober", goes by "Lisa", known as "El Chapo". */
function givenName(r: Reading, c: QuoteSpan): boolean {
  const t = r.tokens;
  const prev = t.text(c.open - 1)?.toLowerCase() ?? '';
  return NAME_GIVERS.has(prev) || NAME_GIVING_PAIRS.has(`${t.text(c.open - 2)?.toLowerCase() ?? ''} ${prev}`);
}

/** A nickname inside a name: Marcia "Cia" Price, Dwayne "The Rock" Johnson (attribute.ts skips these). */
export function isNickname(r: Reading, c: QuoteSpan): boolean {
  const t = r.tokens;
  if (c.open === 0 || c.after >= t.length || c.to - c.from > 3 || c.pair.unclosed) return false;
  const cap = (i: number) => isCap(r, i) && isWord(r, i) && !isPossessive(r, i);
  if (!cap(c.open - 1) || !cap(c.after) || startsSentence(r, c.open)) return false;
  for (let i = c.from; i < c.to; i++) if (!cap(i)) return false;
  return true;
}

/**
 * A short quote that is a sentence of its own: a capital, a stop inside the marks, nothing else in its
 * sentence — '..., said Amber Alayyan. "This is unacceptable."', the speaker's (inherit.ts), not a
 * scare quote ('the so-called "reform package"', 'She starred in "Salt and Iron."').
 */
function sentenceOfItsOwn(r: Reading, c: QuoteSpan, body: string): boolean {
  if (!/^\p{Lu}/u.test(body) || !/[.!?]$/.test(body.trim())) return false;
  const t = r.tokens;
  const opensSentence = c.open === 0 || startsSentence(r, c.open) || /^[.!?]$/.test(t.text(c.open - 1));
  return opensSentence && (c.after >= t.length || startsSentence(r, c.after) || OPENING_MARK.test(t.text(c.after)));
}
const OPENING_MARK = /^["“]$/;

export function isQuote(text: string, r: Reading, a: Attributed): boolean {
  const c = a.quote;
  const body = text.slice(c.pair.start, c.pair.end);
  if (handleLike(body)) return false;
  if (c.continues || c.pair.unclosed) return true;
  const n = words(body);
  if (!a.found && n <= 3 && !sentenceOfItsOwn(r, c, body)) return false;
  if (!a.found && titleLike(body) && n <= 8) return false;
  if (titleLike(body) && n <= 6 && workTitleContext(r, c)) return false;
  if (n <= 4 && /^\p{Lu}/u.test(body) && givenName(r, c)) return false;
  if (titleLike(body) && n <= 6 && a.found?.cue?.s === c.after && cueAfterSubject(r, c.after)) return false;
  if (text[c.pair.open - 1] === '=' || (/^\S+$/.test(body.trim()) && /[/]/.test(body))) return false;
  return true;
}
