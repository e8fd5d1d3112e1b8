// The pipeline counts in UTF-16 units (JavaScript string indexes); the JSON contract counts Unicode
// code points, so that Python's text[start:end] gives the same span. "🇧🇾 Minsk": "Minsk" starts at
// UTF-16 index 5 but code point 3. Converted once, at the edge, by a table built per document.

export type ToCodePoints = (utf16: number) => number;

/** A function that turns a UTF-16 index of `text` into a code point index. */
export function codePointIndexer(text: string): ToCodePoints {
  // Most news text has no astral characters: then both counts agree.
  if (!/[\ud800-\udbff]/.test(text)) return (i) => i;
  const table = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    // The low half of a pair gets the same code point index as its high half.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { table[++i] = cp; }
    }
    cp++;
  }
  table[text.length] = cp;
  return (i) => table[i];
}
