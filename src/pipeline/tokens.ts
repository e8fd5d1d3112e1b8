// A document's tokens, kept column by column (texts and starts) rather than as an object per
// token, and the runs of them that sentences and paragraphs are.
//
// Why columns: on 64-bit Node a token object { text, start, end } is 48 bytes, and 8 more for its
// slot in a sentence's array. A 20 MB article has 3.5 million tokens, ~190 MB of objects alive from
// segmentation to the end of the analysis; as columns they take 12 bytes each (a string reference
// and a 32-bit offset). A token's text is the document's text between its offsets, so its end is
// its start plus its length and needs no column. Offsets fit 32 bits: a string is shorter than 2^30.
//
//   const run = tokenize('He said no.', 'He said no.', 0, 11)  // 4 tokens
//   run.text(1) → "said", run.start(1) → 3, run.end(1) → 7, run.slice(1, 3).texts() → ["said", "no"]
import type { Token } from '../types.js';

/** Every token of a document, in text order: token k is texts[k], at starts[k]. */
export class TokenColumns {
  texts: string[] = [];
  starts: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.starts = new Int32Array(capacity);
  }

  /** Adds a token: `text` must be the document's text at [start, end), as a tokeniser's slice is. */
  push(text: string, start: number, end: number): void {
    if (end - start !== text.length) throw new RangeError(`token "${text}" does not span [${start}, ${end})`);
    const k = this.length;
    if (k === this.starts.length) this.grow(Math.max(16, 2 * k));
    this.texts.push(text);
    this.starts[k] = start;
    this.length = k + 1;
  }

  /** Drops the spare room that growing left, once every token is in. */
  trim(): void {
    if (this.starts.length > this.length) this.grow(this.length);
    this.texts = this.texts.slice();
  }

  private grow(capacity: number): void {
    const starts = new Int32Array(capacity);
    starts.set(this.starts.subarray(0, this.length));
    this.starts = starts;
  }
}

/**
 * A run of a document's tokens: a sentence, a paragraph, or any part of one. Token i of the run is
 * token `from + i` of the document; read it with text(i), start(i) and end(i).
 */
export class Tokens {
  constructor(
    readonly columns: TokenColumns,
    readonly from: number,
    readonly length: number,
  ) {}

  /** Tokens made from objects: for callers (and tests) that build a few by hand. */
  static of(tokens: readonly Token[]): Tokens {
    const columns = new TokenColumns(Math.max(1, tokens.length));
    for (const t of tokens) columns.push(t.text, t.start, t.end);
    return new Tokens(columns, 0, tokens.length);
  }

  // Out of the run (i < 0 or i >= length) each reads undefined, as an array would: rules look one
  // token past either end (`text(k + 1) === '"'`), and must not see the next sentence's.
  text(i: number): string {
    return (i >= 0 && i < this.length ? this.columns.texts[this.from + i] : undefined) as string;
  }

  start(i: number): number {
    return (i >= 0 && i < this.length ? this.columns.starts[this.from + i] : undefined) as number;
  }

  end(i: number): number {
    return (i >= 0 && i < this.length ? this.columns.starts[this.from + i] + this.columns.texts[this.from + i].length : undefined) as number;
  }

  /** Tokens [a, b) of this run, as Array.slice counts them (b defaults to the end; both are clamped). */
  slice(a: number, b = this.length): Tokens {
    const from = Math.min(Math.max(a, 0), this.length);
    const to = Math.min(Math.max(b, from), this.length);
    return new Tokens(this.columns, this.from + from, to - from);
  }

  /** The texts of tokens [a, b) (clamped as by slice; the whole run by default), as a new array. */
  texts(a = 0, b = this.length): string[] {
    const run = this.slice(a, b);
    return this.columns.texts.slice(run.from, run.from + run.length);
  }

  /** Token i as an object (output, tests). */
  at(i: number): Token {
    return { text: this.text(i), start: this.start(i), end: this.end(i) };
  }

  /** Every token as an object. */
  toArray(): Token[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }

  /** The tokens as objects, one by one, for library users: `for (const t of sentence.tokens)`. The
   *  pipeline reads by index instead (no object per token). */
  *[Symbol.iterator](): IterableIterator<Token> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** A run of no tokens. */
export const EMPTY_TOKENS = new Tokens(new TokenColumns(0), 0, 0);

/**
 * Runs one after another as one run: a paragraph from its sentences. Runs that are neighbours in one
 * document's columns (as segment() makes a block's sentences) are joined without a copy.
 */
export function joinRuns(runs: readonly Tokens[]): Tokens {
  if (runs.length === 1) return runs[0];
  let length = 0;
  let adjacent = runs.length > 0;
  for (const r of runs) {
    adjacent &&= r.columns === runs[0].columns && r.from === runs[0].from + length;
    length += r.length;
  }
  if (adjacent) return new Tokens(runs[0].columns, runs[0].from, length);
  const columns = new TokenColumns(Math.max(1, length));
  for (const r of runs) for (let i = 0; i < r.length; i++) columns.push(r.text(i), r.start(i), r.end(i));
  return new Tokens(columns, 0, length);
}
