// Stage 2: Article → Segmented. Every block is tokenised and split into sentences; a sentence never
// crosses a block (a blank line always ends one), while single newlines inside a hard-wrapped
// paragraph are only spaces. A title is one sentence whatever its punctuation.
//
//   He left for the U.S. The talks ...   → 2 sentences ("U.S." ends one before a sentence opener)
//   He met Gen. Smith in Minsk.          → 1 sentence ("Gen." is a title)
//   He posted on X. She replied.         → 2 sentences (no surname is "She"); "George W. Bush" is one
//   ... to transfer power to them," Lukashenko said.  → no break after `,"`
//   "Is it over?" she asked.             → no break: a lowercase word follows the question mark
import type { Article, Segmented, Sentence } from '../types.js';
import { tokenize } from './tokenize.js';
import { TokenColumns, type Tokens } from './tokens.js';
import { abbreviationKind, AFTER_LETTER_OPENERS, SENTENCE_OPENERS } from '../lexicon/abbreviations.js';

const TERMINAL = /^(?:[.!?]+|…|\.{2,}|[!?]+[.!?]*)$/;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '}']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

/**
 * Can the stop of this abbreviation token end a sentence, given the tokens before and after it? A
 * letter is an initial ("J. Smith", 'Robert C. "Bobby" Scott', "Eck, D. The Protein ..." in a list of
 * references) unless a word that is never a name follows ("posted on X. She said"), or a quotation
 * after a lower-case word ('responded on X. "We disagree"').
 */
function abbreviationEnds(token: string, next: string, prev: string | undefined): boolean {
  const word = token.slice(0, -1);
  if (/^\p{L}$/u.test(word)) {
    if (prev === undefined || prev === ',') return false;
    return (/^\p{Lu}/u.test(next) && AFTER_LETTER_OPENERS.has(next.toLowerCase())) || (OPENERS.has(next) && /^\p{Ll}+$/u.test(prev));
  }
  const kind = abbreviationKind(word);
  if (kind === 'title' || kind === 'month' || kind === 'weekday') return false;
  // "U.S.", "a.m.", "Inc.": only before a capitalised word that typically opens a sentence.
  return (/^\p{Lu}/u.test(next) && SENTENCE_OPENERS.has(next.toLowerCase())) || OPENERS.has(next);
}

/** Does a sentence start at this token? Capitals, digits and opening quotes do. */
function startsSentence(token: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(token) || OPENERS.has(token);
}

/** Splits the tokens of one block into sentences, as index ranges [from, to). */
export function sentenceBreaks(tokens: Tokens): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens.text(i);
    const isAbbrev = t.length > 1 && t.endsWith('.') && !TERMINAL.test(t);
    if (!TERMINAL.test(t) && !isAbbrev) continue;
    // Closing quotes and brackets right after the stop belong to this sentence: `in Belarus."`.
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens.text(j)) && tokens.start(j) === tokens.end(j - 1)) j++;
    if (j >= tokens.length) break;
    const next = tokens.text(j);
    const ends = isAbbrev ? abbreviationEnds(t, next, i > 0 ? tokens.text(i - 1) : undefined) : startsSentence(next);
    if (!ends) continue;
    out.push([from, j]);
    from = j;
    i = j - 1;
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

export function segment(article: Article): Segmented {
  const { text, view } = article;
  const sentences: Sentence[] = [];
  // One set of columns for the document, in text order: a sentence's tokens, and a paragraph's, are
  // one stretch of it (see tokens.ts). Sized for a token every ~6 characters, the news average.
  const columns = new TokenColumns(Math.ceil(text.length / 6) + 16);
  article.blocks.forEach((block, b) => {
    const tokens = tokenize(text, view, block.start, block.end, columns);
    if (!tokens.length) return;
    const ranges: Array<[number, number]> = block.kind === 'title' ? [[0, tokens.length]] : sentenceBreaks(tokens);
    for (const [from, to] of ranges) {
      const start = tokens.start(from);
      const end = tokens.end(to - 1);
      sentences.push({ text: text.slice(start, end), start, end, block: b, kind: block.kind, tokens: tokens.slice(from, to) });
    }
  });
  columns.trim();
  return { article, sentences };
}
