// A pure function of one word, remembered: the summary asks for the same few thousand words' forms
// ("the", "said", "Lukashenko") once per token in several places, and every stage's Map lookups are
// faster on the strings these return (their hash is computed once and kept in the string).
//
//   const lower = memoize((w: string) => w.toLowerCase());  lower('Minsk') === lower('Minsk')  // one string
//
// Bounded: when `max` words are remembered the memory starts afresh, so it stays flat over a corpus.
export function memoize<T extends string | number | boolean | null | object>(fn: (word: string) => T, max = 1 << 16): (word: string) => T {
  let memo = new Map<string, T>();
  return (word: string): T => {
    let value = memo.get(word);
    if (value !== undefined) return value;
    value = fn(word);
    if (memo.size >= max) memo = new Map();
    memo.set(word, value);
    return value;
  };
}
