// Colours for the terminal view. A Paint is passed in, decided by the CLI (terminal, NO_COLOR,
// --no-color, TERM=dumb, FORCE_COLOR), so renderers never look at the environment themselves: a
// Chalk instance at its level, or plainPaint, which leaves text as it is.

/** The styles the terminal views use (a Chalk instance has them all). */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
}

const asIs = (s: string): string => s;
/** No colour: what a pipe, a file, NO_COLOR or --no-color get. */
export const plainPaint: Paint = { bold: asIs, dim: asIs, cyan: asIs, magenta: asIs, green: asIs, yellow: asIs };

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
