// Keeping the peak low on very large articles. V8 collects lazily: on a 20 MB article the garbage of
// one stage (tagger features, quote candidates) was still in memory while the next stage allocated
// its own, for a peak of 1.2 GB against 0.85 GB of data ever alive at once. A full collection
// between stages, only for inputs over a few megabytes, costs a fraction of a second there and
// nothing for ordinary articles.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Documents at least this long (UTF-16 units) get a collection between stages. */
export const LARGE_DOCUMENT = 2_000_000;

let gc: (() => void) | null | undefined;

/** V8's full garbage collection, made reachable without starting node with --expose-gc. */
export function fullGc(): (() => void) | null {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null; // not available on this runtime: fine, only the peak is higher
    }
  }
  return gc;
}
