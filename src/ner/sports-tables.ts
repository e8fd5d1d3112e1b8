// Sports results and standings printed as lines and tables, without a verb: which names in them are
// clubs, and the clubs the tagger did not see at all (src/ner/teams.ts decides what to do with them).
//
//   Pohang 3 Ulsan 2 (halftime 1-0)      → a results line: two names, each with its score, and nothing else
//   Stoke 4 3 1 0 7 4 10                  → a row of standings: played 4 = won 3 + drawn 1 + lost 0
//   NEW YORK 75 59 .560 -                 → a row of standings: 75 of 134 games won is .560
//
// The numbers are the evidence: a table of votes by province ("Ontario 45 32 12 11") does not add up
// as standings do, and a line with a person on it ("Hendry 5 Davis 3") is about players.
import type { Mention, Sentence } from '../types.js';
import { word, type Placed } from './placed.js';

/** A word of a name in a results line or a table: it starts with a capital ("Bristol", "QPR", "F.P."). */
const CAPITAL = /^\p{Lu}/u;
/** Inside such a name: "Brighton & Hove", "Heriot 's F.P." */
const NAME_JOINER = new Set(['&', "'s", '’s']);
/** A score in a results line: "83", "296", "429-7". */
export const LINE_SCORE = /^\d{1,3}(?:[-–]\d{1,3})?$/;
/** A cell of a table row after a team's name: "3", "1,024", ".596", "5 1/2", "-" (games behind). */
const TABLE_CELL = /^(?:\d{1,5}(?:[.,]\d+)?|\.\d+|\d\/\d|[-–])$/;
/** What may end a results line after the second score: its stop, or a bracket ("(halftime 1-0)", "(aet)"). */
const LINE_END = /^[.([]$/;

/** A winning percentage in a table: ".560", "0.556". */
const PCT = /^0?\.\d{3}$/;
/** A count in a table: games played, won, goals, points. */
const COUNT = /^\d{1,4}$/;

/**
 * Is this a row of league standings? Its numbers add up as only standings do: played = won + drawn
 * + lost ("Stoke 4 3 1 0 7 4 10"), points = 3 × won + drawn ("Puchon 3 1 0 6 1 10"), or the
 * percentage is the share of games won ("NEW YORK 75 59 .560", "Haitai 64 2 43 .596": a draw a half).
 * `cells` are the words after the name.
 */
export function isStandingsRow(cells: string[]): boolean {
  const ints: number[] = [];
  let pct = NaN;
  for (const c of cells) {
    if (COUNT.test(c) && Number.isNaN(pct)) ints.push(Number(c));
    else if (PCT.test(c) && Number.isNaN(pct)) pct = Number(c);
    else break;
  }
  if (ints.length >= 4 && ints[0] > 0 && ints[0] === ints[1] + ints[2] + ints[3]) return true;
  if (ints.length >= 5 && ints[0] + ints[1] > 0 && ints[ints.length - 1] === 3 * ints[0] + ints[1]) return true;
  if (Number.isNaN(pct) || ints.length < 2 || ints.length > 3) return false;
  const [w, d, l] = ints.length === 3 ? ints : [ints[0], 0, ints[1]];
  const near = (x: number) => w + d + l > 0 && Math.abs(x - pct) <= 0.0015;
  return near(w / (w + l)) || near((w + d / 2) / (w + d + l));
}

/** Mentions followed by the numbers of a standings row (one row to a sentence, or several run together). */
export function standingsRows(s: Sentence, spans: Placed[], out: Set<Mention>): void {
  for (let k = 0; k < spans.length; k++) {
    const p = spans[k];
    const end = k + 1 < spans.length ? spans[k + 1].from : s.tokens.length;
    if (end - p.to >= 3 && COUNT.test(word(s, p.to)) && isStandingsRow(s.tokens.texts(p.to, Math.min(end, p.to + 12)))) out.add(p.m);
  }
}

/** The end of a name written in capitals from token `from` (at most 5 words: "Queens Park Rangers"); `from` when none. */
function capitalRun(s: Sentence, from: number): number {
  let k = from;
  while (k < s.tokens.length && k < from + 5 && (CAPITAL.test(s.tokens.text(k)) || (k > from && NAME_JOINER.has(s.tokens.text(k))))) k++;
  while (k > from && NAME_JOINER.has(s.tokens.text(k - 1))) k--;
  return k;
}

/**
 * The two sides of a results line, a sentence of its own: "Pohang 3 Ulsan 2 (halftime 1-0)", "LG 2 OB 0",
 * "Queens Park Rangers 1 Bolton 0", as token ranges; null for any other sentence. Only sport writes a
 * line of two names, each with its score, and nothing else.
 */
function resultsLine(s: Sentence): Array<[number, number]> | null {
  const a = capitalRun(s, 0);
  if (a === 0 || !LINE_SCORE.test(word(s, a))) return null;
  const b = capitalRun(s, a + 1);
  if (b === a + 1 || !LINE_SCORE.test(word(s, b))) return null;
  if (b + 1 < s.tokens.length && !LINE_END.test(word(s, b + 1))) return null;
  return [[0, a], [a + 1, b]];
}

/** The name heading a row of standings that is a sentence of its own ("Stoke 4 3 1 0 7 4 10"), or null. */
function standingsHead(s: Sentence): [number, number] | null {
  const e = capitalRun(s, 0);
  if (e === 0 || s.tokens.length - e < 3 || !COUNT.test(s.tokens.text(e)) || !isStandingsRow(s.tokens.texts(e, e + 12))) return null;
  return [0, e];
}

/** A row of a table in a sports story: a name, then three or more numbers and nothing else ("Puchon 3 1 0 6 1 10"). */
export function tableRow(s: Sentence, spans: Placed[], out: Set<Mention>): void {
  if (spans.length !== 1 || spans[0].from !== 0 || s.tokens.length - spans[0].to < 3) return;
  for (let i = spans[0].to; i < s.tokens.length; i++) if (!TABLE_CELL.test(word(s, i))) return;
  out.add(spans[0].m);
}

/** A side of a results line or the head of a row of standings, read from the words of its sentence. */
export interface Side {
  sentence: number;
  from: number;
  to: number;
  /** The results line it is a side of (1, 2, ...), 0 for the head of a row. */
  line: number;
  /** The tagger's mentions that overlap it. */
  over: Mention[];
}

/** The sides of the story's results lines and the heads of its rows of standings, and how many lines there are. */
export function structuralSides(sentences: Sentence[], spansOf: Map<number, Placed[]>): { sides: Side[]; lines: number } {
  const sides: Side[] = [];
  let lines = 0;
  sentences.forEach((s, i) => {
    const line = resultsLine(s);
    const head = line ? null : standingsHead(s);
    if (!line && !head) return;
    if (line) lines++;
    const spans = spansOf.get(i) ?? [];
    for (const [from, to] of line ?? [head!]) {
      sides.push({ sentence: i, from, to, line: line ? lines : 0, over: spans.filter((p) => p.from < to && p.to > from).map((p) => p.m) });
    }
  });
  return { sides, lines };
}

/** Is the side exactly one mention of the tagger's? */
const exactly = (s: Sentence, side: Side): Mention | null => {
  if (side.over.length !== 1) return null;
  const m = side.over[0];
  return m.start === s.tokens.start(side.from) && m.end === s.tokens.end(side.to - 1) ? m : null;
};

/**
 * Which sides are clubs, and how. On a page of team results (at most a third of its sides read as
 * persons: "Fortuna Sittard 2 Heerenveen 4", with "Willem II" a person and "Tilburg" a place) every
 * side is a club; on a page of players ("Hendry 5 Davis 3") a line with a person on it, or a side the
 * tagger read as something else, is left alone, both sides.
 * Returns the tagger's mentions that are clubs, and the sides to add whole (in place of the mentions
 * of their parts, if any).
 */
export function clubSides(sentences: Sentence[], sides: Side[]): { clubs: Mention[]; whole: Side[] } {
  const persons = sides.filter((side) => side.over.some((m) => m.type === 'person')).length;
  const teamPage = persons * 3 <= sides.length;
  // on a page of players: the lines (or heads of rows, by their place in `sides`) to leave alone
  const key = (side: Side, k: number) => (side.line ? side.line : -1 - k);
  const skip = new Set<number>();
  if (!teamPage) {
    sides.forEach((side, k) => {
      const m = exactly(sentences[side.sentence], side);
      if (side.over.length && (!m || m.type === 'person')) skip.add(key(side, k));
    });
  }
  const clubs: Mention[] = [];
  const whole: Side[] = [];
  sides.forEach((side, k) => {
    if (skip.has(key(side, k))) return;
    const s = sentences[side.sentence];
    const m = exactly(s, side);
    if (m) clubs.push(m);
    else if (side.over.every((o) => o.start >= s.tokens.start(side.from) && o.end <= s.tokens.end(side.to - 1))) whole.push(side);
  });
  return { clubs, whole };
}

/** A new organisation mention for the tokens [from, to) of a sentence. */
export function teamMention(s: Sentence, sentence: number, from: number, to: number): Mention {
  const start = s.tokens.start(from);
  const end = s.tokens.end(to - 1);
  return { start, end, text: s.text.slice(start - s.start, end - s.start), sentence, type: 'organization' };
}
