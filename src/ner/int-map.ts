// An open-addressing hash table from non-zero 32-bit keys to 32-bit values, in two typed arrays.
// Used for the feature table (feature hash -> weight row) and the word tables (word hash -> cluster,
// gazetteer type bits): lookups in the tagger's inner loop allocate nothing and stay in typed memory.

export class IntMap {
  keys: Int32Array;
  values: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Zero marks an empty slot, so key 0 is stored as 1 (a harmless collision). */
  private static norm(key: number): number {
    return key === 0 ? 1 : key;
  }

  get(key: number, missing = -1): number {
    key = IntMap.norm(key);
    const keys = this.keys;
    const mask = this.mask;
    let i = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.values[i];
      if (k === 0) return missing;
      i = (i + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    key = IntMap.norm(key);
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let i = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) {
        this.values[i] = value;
        return;
      }
      if (k === 0) {
        keys[i] = key;
        this.values[i] = value;
        this.size++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Calls `fn` for every entry, in slot order (deterministic for a given insertion history). */
  forEach(fn: (key: number, value: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) fn(this.keys[i], this.values[i]);
  }

  /** Packs the entries as [key, value, key, value, ...] for saving. */
  toPairs(): Int32Array {
    const out = new Int32Array(this.size * 2);
    let j = 0;
    this.forEach((k, v) => {
      out[j++] = k;
      out[j++] = v;
    });
    return out;
  }

  /**
   * Wraps slot arrays saved from another IntMap (same length, a power of two): no rehashing. `size`,
   * when the file knows it, saves counting the occupied slots.
   */
  static fromSlots(keys: Int32Array, values: Int32Array, size?: number): IntMap {
    const m = new IntMap(16);
    m.keys = keys;
    m.values = values;
    m.mask = keys.length - 1;
    if (size === undefined) {
      size = 0;
      for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) size++;
    }
    m.size = size;
    return m;
  }

  static fromPairs(pairs: Int32Array): IntMap {
    const m = new IntMap(pairs.length / 2);
    for (let i = 0; i < pairs.length; i += 2) m.set(pairs[i], pairs[i + 1]);
    return m;
  }

  /**
   * The same entries in one layout that depends on them alone (for saving): a table sized as
   * `new IntMap(size)` sizes it, the entries inserted in ascending key order. Lookups give the same
   * answers as in `map`, with the same average probe length (linear probing's total displacement does
   * not depend on the insertion order).
   */
  static canonical(map: IntMap): IntMap {
    const pairs = map.toPairs();
    const order = Array.from({ length: map.size }, (_, i) => i).sort((a, b) => pairs[2 * a] - pairs[2 * b]);
    const m = new IntMap(map.size);
    for (const i of order) m.set(pairs[2 * i], pairs[2 * i + 1]);
    return m;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const cap = oldKeys.length * 2;
    this.keys = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== 0) this.set(oldKeys[i], oldValues[i]);
  }
}
