// A mention with its token range in its sentence, and the lower-case word at a token: what the rules
// that read the words around a name work with (teams.ts, sports-tables.ts).
//
//   placed(sentence "Essex beat Kent", [Kent]) → [{ m: Kent, from: 2, to: 3 }]; word(sentence, 1) → "beat"
import type { Mention, Sentence } from '../types.js';
import { firstIndex } from '../util/search.js';

/** A mention with its token range in its sentence. */
export interface Placed { m: Mention; from: number; to: number }

/** The lower-case text of token i of a sentence ('' outside it). */
export const word = (s: Sentence, i: number): string => (i >= 0 && i < s.tokens.length ? s.tokens.text(i).toLowerCase() : '');

/** The mentions of one sentence with their token ranges. */
export function placed(sentence: Sentence, mentions: Mention[]): Placed[] {
  const { tokens } = sentence;
  return mentions.map((m) => ({
    m,
    from: firstIndex(tokens.length, (i) => tokens.start(i) < m.start),
    to: firstIndex(tokens.length, (i) => tokens.start(i) < m.end),
  }));
}
