// Words as small integers for the summary. Every distinct spelling gets an id the first time it is
// seen ("Sanctions" → 812), and what the summary asks of a word is worked out then, once: its
// normal form ("sanctions"), its key ("sanction": the id of that spelling, shared with "sanctions"),
// whether it is an index term, and its shape (capitalised, an acronym, ...). A token then costs one Map
// lookup instead of one per question (normalize() ran 4–6 times per token before), and keywords,
// vectors and phrases work on arrays of ids.
//
//   wordIds(tokens of "Sanctions over the vote")  → [812, 813, 14, 97]
//   keyOf[812] === keyOf[<id of "sanctions">]      the id of "sanction"
//   termIdOf[14] === -1                             "the" is no index term
//
// Ids are valid until the next beginDocument(), which starts the table afresh once it holds
// MAX_WORDS spellings, so it stays bounded over a corpus. Other modules keep facts of their own per
// word (phrases.ts: can it join a noun phrase?) in a WordFacts, which is refilled with the table.
import type { TokenColumns, Tokens } from '../pipeline/tokens.js';
import type { DocFrequencies } from './idf.js';
import { idf } from './idf.js';
import { normalizeWord, stem, termOfWord } from './terms.js';

/** Spellings kept before the table starts afresh (at a document boundary). */
export const MAX_WORDS = 1 << 17;

/** Bits of `shapeOf[id]`: tests of the spelling itself. */
export const LETTER = 1; //      starts with a letter: /^\p{L}/u
export const CAPITAL = 2; //     starts with a capital: /^\p{Lu}/u
export const LOWER = 4; //       starts with a lower-case letter: /^\p{Ll}/u
export const ACRONYM = 8; //     /^\p{Lu}{2,6}$/u
export const ALNUM = 16; //      holds a letter or digit anywhere: /[\p{L}\p{N}]/u (a word, for counts)
export const LIST_MARK = 32; //  "," or ";": what separates the items of a list

let spellings = new Map<string, number>();
/** Per word id: the spelling, its normal form (terms.ts normalize), key id, term id (or -1), shape bits. */
export let textOf: string[] = [];
export let normOf: string[] = [];
export let keyOf: Int32Array = new Int32Array(1024);
export let termIdOf: Int32Array = new Int32Array(1024);
export let shapeOf: Int32Array = new Int32Array(1024);

/** Bumped whenever the table starts afresh: facts cached per id are stale then. */
export let generation = 0;

/** Call before a document's ids are taken: may start the table afresh (never in the middle of a document). */
export function beginDocument(): void {
  if (textOf.length < MAX_WORDS) return;
  spellings = new Map();
  textOf = [];
  normOf = [];
  keyOf = new Int32Array(1024);
  termIdOf = new Int32Array(1024);
  shapeOf = new Int32Array(1024);
  generation++;
}

/** The id of a key ("sanction") when some word has it, else -1 (no id is made). */
export function knownKey(key: string): number {
  const k = spellings.get(key);
  return k === undefined ? -1 : k;
}

function grow(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** The shape bits of a spelling; plain ASCII (most words) without a regular expression. */
function shapeOfText(text: string): number {
  let shape = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return shapeByRegExp(text);
    const isUpper = c >= 65 && c <= 90;
    const isLetter = isUpper || (c >= 97 && c <= 122);
    if (isUpper) upper++;
    if (isLetter || (c >= 48 && c <= 57)) shape |= ALNUM;
    if (i === 0 && isLetter) shape |= isUpper ? LETTER | CAPITAL : LETTER | LOWER;
  }
  if (upper === text.length && upper >= 2 && upper <= 6) shape |= ACRONYM;
  if (text === ',' || text === ';') shape |= LIST_MARK;
  return shape;
}

function shapeByRegExp(text: string): number {
  let shape = 0;
  if (/^\p{L}/u.test(text)) shape |= LETTER;
  if (/^\p{Lu}/u.test(text)) shape |= CAPITAL;
  if (/^\p{Ll}/u.test(text)) shape |= LOWER;
  if (/^\p{Lu}{2,6}$/u.test(text)) shape |= ACRONYM;
  if (/[\p{L}\p{N}]/u.test(text)) shape |= ALNUM;
  return shape;
}

function addWord(text: string): number {
  const id = textOf.length;
  if (id >= keyOf.length) {
    keyOf = grow(keyOf, id + 1);
    termIdOf = grow(termIdOf, id + 1);
    shapeOf = grow(shapeOf, id + 1);
  }
  const norm = normalizeWord(text);
  spellings.set(text, id);
  textOf.push(text);
  normOf.push(norm);
  shapeOf[id] = shapeOfText(text);
  // A key's id is the id of the spelling equal to it: "sanctions" → the id of "sanction", added
  // when new (after this word, whose id is taken).
  const keyText = stem(norm);
  const key = keyText === text ? id : wordId(keyText);
  keyOf[id] = key;
  // The index term is the key when the word is one (terms.ts decides, for the table builder too).
  termIdOf[id] = termOfWord(text, norm) === null ? -1 : key;
  return id;
}

/** The id of one spelling. */
export function wordId(text: string): number {
  const id = spellings.get(text);
  return id === undefined ? addWord(text) : id;
}

/**
 * Per set of token columns (a document's: tokens.ts), its word ids -> ids here (-1: not asked yet), for
 * the table's generation it was made in. The tokens already name their spelling by an integer, so a
 * token is looked up by its text once per document and spelling, not once per token and call (the
 * summary takes the ids of a sentence up to three times). Weak: it goes with the document.
 */
const byColumns = new WeakMap<TokenColumns, { gen: number; ids: Int32Array }>();

function columnIds(columns: TokenColumns): Int32Array {
  let entry = byColumns.get(columns);
  const n = columns.words.length;
  if (!entry || entry.gen !== generation) byColumns.set(columns, (entry = { gen: generation, ids: new Int32Array(n).fill(-1) }));
  else if (entry.ids.length < n) {
    // tokens added after the ids were first taken (a caller's own columns): room for them
    const ids = new Int32Array(n).fill(-1);
    ids.set(entry.ids);
    entry.ids = ids;
  }
  return entry.ids;
}

/** The ids of a run of tokens, in order (a plain array: a small typed array costs more to allocate). */
export function wordIds(tokens: Tokens): number[] {
  const out: number[] = [];
  if (!tokens.length) return out;
  const ids = columnIds(tokens.columns);
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens.wordId(i);
    let id = ids[c];
    if (id < 0) {
      const text = tokens.text(i);
      const known = spellings.get(text);
      ids[c] = id = known === undefined ? addWord(text) : known;
    }
    out.push(id);
  }
  return out;
}

/**
 * Facts another module keeps per word id, computed once per word of the table:
 * `const facts = new WordFacts((id) => ...bits)`, then `facts.table()[id]`. table() fills in the
 * words added since its last call, so take ids first, then the table.
 */
export class WordFacts {
  private bits: Int32Array = new Int32Array(0);
  private filled = 0;
  private gen = -1;

  constructor(private readonly compute: (id: number) => number) {}

  table(): Int32Array {
    if (this.gen !== generation) { this.gen = generation; this.filled = 0; }
    const n = textOf.length;
    if (this.bits.length < n) this.bits = grow(this.bits, n);
    for (let id = this.filled; id < n; id++) this.bits[id] = this.compute(id);
    this.filled = n;
    return this.bits;
  }
}

let idfTable: DocFrequencies | null = null;
let idfGen = -1;
let idfCache = new Float64Array(0);

/**
 * idf(table, key) per key id, each looked up once in the table (until it or the word table changes).
 * Take ids first: the cache covers the keys made so far.
 */
export function keyIdfs(table: DocFrequencies): Float64Array {
  if (table !== idfTable || idfGen !== generation) {
    idfTable = table;
    idfGen = generation;
    idfCache = new Float64Array(Math.max(1024, textOf.length)).fill(NaN);
  }
  if (idfCache.length < textOf.length) {
    const b = new Float64Array(Math.max(textOf.length, idfCache.length * 2)).fill(NaN);
    b.set(idfCache);
    idfCache = b;
  }
  return idfCache;
}

/** idf of key id k from the cache keyIdfs() returned. */
export function keyIdf(cache: Float64Array, table: DocFrequencies, k: number): number {
  let w = cache[k];
  if (w !== w) cache[k] = w = idf(table, textOf[k]); // NaN: not looked up yet
  return w;
}
