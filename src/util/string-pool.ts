// One string object per distinct value. A 20 MB article has three million tokens but only some
// tens of thousands of distinct words: sharing "the", "," and "Lukashenko" keeps one copy of each
// instead of three million small strings (about 30 bytes each), and a shared string's hash, once
// computed by any Map lookup, stays cached in it for every later stage.
//
//   const pool = new StringPool(); pool.intern(text.slice(4, 7)) === pool.intern(other.slice(0, 3))  // "the"
//
// Bounded: past `capacity` distinct strings (a file of random numbers) new ones are returned as
// they are, so the pool never costs more than it saves.

export class StringPool {
  private readonly map = new Map<string, string>();

  constructor(private readonly capacity = 1 << 18) {}

  /** The pooled string equal to `s` (`s` itself the first time it is seen). */
  intern(s: string): string {
    const known = this.map.get(s);
    if (known !== undefined) return known;
    if (this.map.size < this.capacity) this.map.set(s, s);
    return s;
  }
}
