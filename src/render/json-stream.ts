// A JSON line in pieces, for the documents whose line is too big to hold at once. A 20 MB article's
// newsq/1 line is ~56 million characters: built whole with JSON.stringify it is a 110 MB string
// (two bytes a character as soon as one is not Latin-1), and writing it makes a 56 MB buffer besides,
// both on top of the document object. In pieces of ~64 K characters only one piece is held at a time.
//
//   {"schema":"newsq/1","source":"big.txt","meta":{...},"entities":[{...},{...}, ...   → the same bytes
//
// The pieces join to exactly JSON.stringify(record): keys in the same order, undefined members left
// out, each leaf (and each small member) written by JSON.stringify itself.

/** Members (array elements, plus the elements of their own arrays) from which a line is written in pieces. */
export const STREAM_FROM = 20_000;

/** Characters gathered before a piece is handed out. */
const PIECE = 1 << 16;

/** Arrays shorter than this, and objects without one this long, are written by one JSON.stringify. */
const SMALL = 256;

/** The record's JSON line (with its "\n"): one string for an ordinary document, pieces for a very large one. */
export function jsonLine(record: object): string | Iterable<string> {
  return weight(record) < STREAM_FROM ? JSON.stringify(record) + '\n' : pieces(record);
}

/** How many members the record's arrays hold, two levels down (entities and their mentions). */
function weight(record: object): number {
  let n = 0;
  for (const v of Object.values(record)) {
    if (!Array.isArray(v)) continue;
    n += v.length;
    for (const el of v) if (el !== null && typeof el === 'object') for (const w of Object.values(el)) if (Array.isArray(w)) n += w.length;
    if (n >= STREAM_FROM) break;
  }
  return n;
}

const isPlain = (v: object): v is Record<string, unknown> => {
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
};

/**
 * Is `v` an array or plain object big enough to be written member by member: a long array, or one
 * holding a long array within `depth` levels (a short list of entities with many mentions each)?
 */
function isBig(v: unknown, depth = 2): v is object {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) {
    if (v.length >= SMALL) return true;
    if (depth > 0) for (const el of v) if (isBig(el, depth - 1)) return true;
    return false;
  }
  if (!isPlain(v)) return false;
  for (const key in v) if (isBig(v[key], depth - 1)) return true;
  return false;
}

function* pieces(record: object): Generator<string> {
  let buffer = '';
  const put = (s: string) => { buffer += s; };
  // Depth-first over the big containers; everything else goes whole to JSON.stringify.
  function* write(v: object): Generator<string> {
    if (Array.isArray(v)) {
      put('[');
      for (let i = 0; i < v.length; i++) {
        if (i) put(',');
        const el: unknown = v[i];
        if (isBig(el)) yield* write(el);
        else put(JSON.stringify(el) ?? 'null'); // undefined, functions and symbols are null in arrays
        if (buffer.length >= PIECE) { yield buffer; buffer = ''; }
      }
      put(']');
      return;
    }
    put('{');
    let first = true;
    for (const key of Object.keys(v)) {
      const el = (v as Record<string, unknown>)[key];
      if (el === undefined || typeof el === 'function' || typeof el === 'symbol') continue; // left out, as JSON.stringify does
      put(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (isBig(el)) yield* write(el);
      else put(JSON.stringify(el));
      if (buffer.length >= PIECE) { yield buffer; buffer = ''; }
    }
    put('}');
  }
  if (isBig(record)) yield* write(record);
  else put(JSON.stringify(record));
  yield buffer + '\n';
}
