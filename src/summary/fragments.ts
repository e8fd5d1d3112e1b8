// Sentences a summary must never show, however central: page furniture, scraps too short to stand
// alone, clauses that continue an earlier sentence, and pieces of a quotation that runs across
// sentences, which out of context read as words with no speaker:
//
//   “We will not give up. We will win.”             → both are quote fragments (no speaker in sight)
//   and then some.                                  → continuation (starts in lower case)
//   Reporting by Andrei Makhovsky; Editing by ...   → furniture
//   Cech, Ferreira, Gallas, Terry, Johnson, Duff.   → list (a team line-up, not a sentence)
import type { Quote, Sentence } from '../types.js';
import { isFurniture } from '../lexicon/furniture.js';
import { firstIndex } from '../util/search.js';
import { ALNUM, beginDocument, LETTER, LIST_MARK, LOWER, shapeOf, wordIds } from './words.js';

export type Rejection = 'not-body' | 'too-short' | 'continuation' | 'unfinished' | 'quote-fragment' | 'furniture' | 'list';

/** Fewer words than this cannot carry a story on their own ("Lukashenko denied it."). */
export const MIN_WORDS = 6;

/** Tokens with a letter or digit, of a sentence given as word ids (words.ts). */
function wordCount(ids: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < ids.length; i++) if ((shapeOf[ids[i]] & ALNUM) !== 0) n++;
  return n;
}

/** Ends at a full stop, "!", "?" or "…", maybe followed by closing quotes or brackets. */
const FINISHED = /[.!?…]["'”’»)\]]*$/;
/** Opens mid-thought: lower case, or punctuation that only follows something. */
const CONTINUES = /^(?:[\p{Ll}]|[,;:)\]}…—–-])/u;

/** After a quotation closes, words like `, she said.` give it a speaker: at least one word. */
const ATTRIBUTED_AFTER = /["”][^"“”]*\p{L}[^"“”]*$/u;

/**
 * Whether the straight quote at `k` opens (after a space, a bracket, a dash or the start) or closes
 * (after a word or punctuation). Judging each mark by its side is sturdier than toggling: a stray
 * doubled mark (`an ""unconscionable" sum`) then cannot leave the rest of the paragraph "inside".
 */
function opensQuote(text: string, k: number): boolean {
  return k === 0 || /[\s(\[{—–"-]/.test(text[k - 1]);
}

/**
 * Which sentences are only a piece of a quotation that runs across sentences, walking each block in
 * order (a quote never crosses a blank line: news style reopens it in the next paragraph). A sentence is such a piece when the quotation is still
 * open at its end, or when it starts inside one and has nothing after the closing mark:
 *
 *   "We will not give up.            → piece (still open at the end)
 *   We will win," she said.          → kept: it closes the quote and names the speaker
 *   We will win."                    → piece (starts inside, no speaker after)
 */
export function quotePieces(sentences: readonly Sentence[]): boolean[] {
  const flags = new Array<boolean>(sentences.length).fill(false);
  let open = false;
  let block = -1;
  sentences.forEach((s, i) => {
    if (s.block !== block) { block = s.block; open = false; }
    const startsOpen = open;
    const t = s.text;
    for (let k = 0; k < t.length; k++) {
      const ch = t[k];
      if (ch === '“') open = true;
      else if (ch === '”') open = false;
      else if (ch === '"') open = opensQuote(t, k);
    }
    flags[i] = open || (startsOpen && !ATTRIBUTED_AFTER.test(s.text.trim()));
  });
  return flags;
}

/** Sentences cut through by an extracted quote whose cue ("said") lies in another sentence. */
function cutByQuotes(sentences: readonly Sentence[], quotes: readonly Quote[]): Set<number> {
  const cut = new Set<number>();
  // Sentences are in text order: find the first one ending after the quote starts by binary search,
  // so a long file with many quotes costs quotes × log(sentences), not quotes × sentences.
  const firstEndingAfter = (at: number) => firstIndex(sentences.length, (i) => sentences[i].end <= at);
  for (const q of quotes) {
    if (q.kind === 'indirect') continue;
    for (let i = firstEndingAfter(q.start); i < sentences.length && sentences[i].start < q.end; i++) {
      const s = sentences[i];
      const crosses = (q.start < s.start && q.end > s.start) || (q.start < s.end && q.end > s.end);
      const hasCue = q.cue !== null && q.cue.start >= s.start && q.cue.end <= s.end;
      if (crosses && !hasCue) cut.add(i);
    }
  }
  return cut;
}

/**
 * A list of names or items rather than a sentence: at least four commas and under a fifth of its words
 * in lower case (team line-ups, cast lists, "Chelsea: Cech, Ferreira, Gallas, ..."). `ids`: its
 * tokens as word ids (words.ts), when already taken.
 */
export function isList(s: Sentence, ids: readonly number[] = wordIds(s.tokens)): boolean {
  let commas = 0;
  let words = 0;
  let lower = 0;
  for (let i = 0; i < ids.length; i++) {
    const shape = shapeOf[ids[i]];
    if ((shape & LIST_MARK) !== 0) commas++;
    else if ((shape & LETTER) !== 0) { words++; if ((shape & LOWER) !== 0) lower++; }
  }
  return commas >= 4 && lower < 0.2 * words;
}

/**
 * Why each sentence may not be in a summary, or null when it may. `ids[i]`: the tokens of paragraph
 * sentence i as word ids (words.ts), when the caller has taken them already.
 */
export function rejections(sentences: readonly Sentence[], quotes: readonly Quote[] = [], ids?: ReadonlyArray<readonly number[] | undefined>): Array<Rejection | null> {
  if (!ids) beginDocument();
  const inQuote = quotePieces(sentences);
  const cut = quotes.length ? cutByQuotes(sentences, quotes) : new Set<number>();
  return sentences.map((s, i) => {
    if (s.kind !== 'paragraph') return 'not-body';
    const text = s.text.trim();
    if (isFurniture(text)) return 'furniture';
    const words = ids?.[i] ?? wordIds(s.tokens);
    if (isList(s, words)) return 'list';
    if (wordCount(words) < MIN_WORDS) return 'too-short';
    if (CONTINUES.test(text)) return 'continuation';
    if (!FINISHED.test(text)) return 'unfinished';
    if (inQuote[i] || cut.has(i)) return 'quote-fragment';
    return null;
  });
}
