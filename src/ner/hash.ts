// Integer hashing for features: every feature is a 32-bit number, never a string, because building
// feature strings ("w-1=the") cost a quarter of the tagger's time in garbage collection.
//
//   hashString('Putin')            -> FNV-1a over the UTF-16 units
//   mix2(TEMPLATE.word, hash)     -> the feature "word = Putin" as one integer

/** FNV-1a over the UTF-16 code units of `s` (from `from` to `to`). */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Extends an FNV-1a hash with one more code unit: prefix hashes without substrings. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) | 0;
}

/** MurmurHash3's finaliser: spreads the bits so that nearby inputs land far apart. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines two integers into one hash (order matters: mix2(a, b) !== mix2(b, a)). */
export function mix2(a: number, b: number): number {
  return fmix(Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15 + (a << 6) + (a >>> 2)));
}

/** Combines three integers. */
export function mix3(a: number, b: number, c: number): number {
  return mix2(mix2(a, b), c);
}

/**
 * A second string hash, independent of hashString (multiply-xorshift per code unit, seeded with the
 * length): the pair of them names a word across documents (the tagger's per-word sums) with 64 bits.
 */
export function hashString2(s: string): number {
  let h = Math.imul(s.length, 0x27d4eb2d) ^ 0x165667b1;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h + s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return fmix(h);
}
