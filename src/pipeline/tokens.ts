// A document's tokens, kept column by column (word ids and starts) rather than as an object per
// token, and the runs of them that sentences and paragraphs are.
//
// Why columns: on 64-bit Node a token object { text, start, end } is 48 bytes, and 8 more for its
// slot in a sentence's array. A 20 MB article has 3.5 million tokens, ~190 MB of objects alive from
// segmentation to the end of the analysis; as columns they take 8 bytes each: the id of the token's
// spelling in the document's word list and its 32-bit start. A token's text is the document's text
// between its offsets, so its end is its start plus its length and needs no column. Offsets fit
// 32 bits: a string is shorter than 2^30.
//
// The word list keeps one string per spelling (a 20 MB article repeats some tens of thousands of
// words three million times), and its ids let later stages keep per-word facts in arrays instead of
// looking each token up again. Bounded: past MAX_INDEXED distinct spellings (a file of random
// numbers) a new spelling gets a new id each time it occurs, so two ids may share a spelling there.
//
//   const run = tokenize('He said no.', 'He said no.', 0, 11)  // 4 tokens
//   run.text(1) → "said", run.start(1) → 3, run.end(1) → 7, run.slice(1, 3).texts() → ["said", "no"]
import type { Token } from '../types.js';

/** Distinct spellings given an id through the index; later ones get a fresh id each time. */
export const MAX_INDEXED = 1 << 18;

/** Every token of a document, in text order: token k is words[ids[k]], at starts[k]. */
export class TokenColumns {
  /** The spellings, by word id. */
  words: string[] = [];
  ids: Int32Array;
  starts: Int32Array;
  length = 0;
  /** Spelling → word id, while tokens are added (trim() lets it go). */
  private index: Map<string, number> | null = new Map();

  constructor(capacity = 64) {
    this.ids = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
  }

  /** Adds a token: `text` must be the document's text at [start, end), as a tokeniser's slice is. */
  push(text: string, start: number, end: number): void {
    if (end - start !== text.length) throw new RangeError(`token "${text}" does not span [${start}, ${end})`);
    const k = this.length;
    if (k === this.starts.length) this.grow(Math.max(16, 2 * k));
    this.ids[k] = this.idOf(text);
    this.starts[k] = start;
    this.length = k + 1;
  }

  /** Drops the spare room that growing left and the index, once every token is in. */
  trim(): void {
    if (this.starts.length > this.length) this.grow(this.length);
    this.words = this.words.slice();
    this.index = null;
  }

  private idOf(text: string): number {
    const known = this.index?.get(text);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(text);
    if (this.index && this.index.size < MAX_INDEXED) this.index.set(text, id);
    return id;
  }

  private grow(capacity: number): void {
    const ids = new Int32Array(capacity);
    const starts = new Int32Array(capacity);
    ids.set(this.ids.subarray(0, this.length));
    starts.set(this.starts.subarray(0, this.length));
    this.ids = ids;
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
    return (i >= 0 && i < this.length ? this.columns.words[this.columns.ids[this.from + i]] : undefined) as string;
  }

  /** The id of token i's spelling in its columns' word list (i inside the run). */
  wordId(i: number): number {
    return this.columns.ids[this.from + i];
  }

  start(i: number): number {
    return (i >= 0 && i < this.length ? this.columns.starts[this.from + i] : undefined) as number;
  }

  end(i: number): number {
    return (i >= 0 && i < this.length ? this.columns.starts[this.from + i] + this.text(i).length : undefined) as number;
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
    return Array.from({ length: run.length }, (_, i) => run.text(i));
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
