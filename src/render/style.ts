// Colours for the terminal view. A Chalk instance is passed in with its level already decided by
// the CLI (terminal, NO_COLOR, --no-color, TERM=dumb, FORCE_COLOR), so renderers never look at the
// environment themselves.
import type { ChalkInstance } from 'chalk';

export type Paint = ChalkInstance;

/** Entity types and quote speakers each get a colour, so a table can be read at a glance. */
export function colorFor(paint: Paint, key: string): (s: string) => string {
  switch (key) {
    case 'person': return paint.cyan;
    case 'organization': return paint.magenta;
    case 'place': return paint.green;
    case 'misc': return paint.yellow;
    case 'speaker': return paint.cyan;
    default: return (s) => s;
  }
}
