// Binary search over anything sorted: the first index whose item is not yet "before" the target.
//
//   firstIndex(tokens.length, (i) => tokens.start(i) < offset)   // first token starting at/after offset
//
// `before(i)` must be true for a prefix of the indexes and false after it; the answer is the length
// of that prefix (from 0 to n).
export function firstIndex(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
