// Sports teams named after places. A county or city side is an organisation, but the tagger,
// reading "Somerset" or "Boston", sees a place (the open model, which never read a sports page, nearly
// always; the default one now and then). A result, a results line, a fixture or a score line says a
// team is meant:
//
//   Leicestershire beat Somerset by an innings and 39 runs.   → "Leicestershire", "Somerset": organisations
//   Boston beat Toronto 5-3. ... fans in Toronto               → "Toronto" the team, then the city
//   Pohang 3 Ulsan 2 (halftime 1-0)  ...  Puchon 3 1 0 6 1 10  → teams: a results line, a row of a table
//   Stoke 4 3 1 0 7 4 10 ... NEW YORK 75 59 .560 -               → teams: rows of standings (4 = 3 + 1 + 0)
//
// A name seen once as a team is the team in the rest of the story, in capitals too (a headline's
// "LEICESTERSHIRE"), except where the words before it make it the place ("in Toronto", "the Toronto
// mayor"). Countries stay places: national sides are written as their country ("Germany beat France
// 2-1"), as CoNLL-2003 annotates them. Only place-typed mentions change, so a person who "beat"
// someone keeps their type (and a chess player heading a table of results); besides them, only a misc
// name heading a row of standings ("Hajduk 4 2 0 2 5 3 6") becomes the club it is.
import { FIXTURE_WORDS as FIXTURE, MARGIN_UNITS as UNIT, PLACE_MARKERS as PLACE_MARKER, RESULT_LINKS as LINK, RESULT_NOUN_LINKS as NOUN_LINK, RESULT_NOUNS as RESULT_NOUN, RESULT_VERBS as RESULT, TEAM_ROLES as ROLE } from '../lexicon/sports-results.js';
import type { Mention, Sentence } from '../types.js';
import { firstIndex } from '../util/search.js';
import { gazetteerKey } from './features.js';
import { entryTokens, GAZ_BITS } from './gazetteer.js';
import type { IntMap } from './int-map.js';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** A word of a name in a results line or a table: it starts with a capital ("Bristol", "QPR", "F.P."). */
const CAPITAL = /^\p{Lu}/u;
/** Inside such a name: "Brighton & Hove", "Heriot 's F.P." */
const NAME_JOINER = new Set(['&', "'s", '’s']);

/** A score: "5-3", "429-7", "1-1" (not a year or a date: those have four digits). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
/** A score in a results line: "83", "296", "429-7". */
const LINE_SCORE = /^\d{1,3}(?:[-–]\d{1,3})?$/;
/** A cell of a table row after a team's name: "3", "1,024", ".596", "5 1/2", "-" (games behind). */
const TABLE_CELL = /^(?:\d{1,5}(?:[.,]\d+)?|\.\d+|\d\/\d|[-–])$/;
/** What may end a results line after the second score: its stop, or a bracket ("(halftime 1-0)", "(aet)"). */
const LINE_END = /^[.([]$/;
/** What can stand for the number of a margin: "by 39 runs", "by nine wickets", "by an innings". */
const MARGIN_COUNT = /^(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;

/** Is this name a country (a national side keeps its country's type)? */
export type IsCountry = (name: string) => boolean;

const COUNTRY_BITS = (1 << GAZ_BITS.country) | (1 << GAZ_BITS.worldCountry);

/** "U.S.", "U.K.": a dotted initialism of two letters is how news writes a country, not a club. */
const COUNTRY_INITIALISM = /^\p{Lu}\.\p{Lu}\.$/u;

/** Countries by the tagger's gazetteer: the name or its last word ("Northern Ireland") is listed as one. */
export function countriesIn(gazetteer: IntMap): IsCountry {
  return (name) => {
    if (COUNTRY_INITIALISM.test(name)) return true;
    const words = entryTokens(name);
    return ((gazetteer.get(gazetteerKey(words), 0) | gazetteer.get(gazetteerKey(words.slice(-1)), 0)) & COUNTRY_BITS) !== 0;
  };
}

/** A mention with its token range in its sentence. */
interface Placed { m: Mention; from: number; to: number }

/** The lower-case text of token i of a sentence ('' outside it). */
const word = (s: Sentence, i: number): string => (i >= 0 && i < s.tokens.length ? s.tokens.text(i).toLowerCase() : '');

/** Does a sentence have a result verb ("beat", "drew")? */
function hasResultWord(s: Sentence): boolean {
  for (let i = 0; i < s.tokens.length; i++) if (RESULT.has(word(s, i))) return true;
  return false;
}

/** Does a sentence give a score ("5-3") or a winning margin ("by nine wickets")? */
function hasScoreOrMargin(s: Sentence): boolean {
  for (let i = 0; i < s.tokens.length; i++) {
    const w = word(s, i);
    if (SCORE.test(w)) return true;
    if (w === 'by' && MARGIN_COUNT.test(word(s, i + 1)) && UNIT.has(word(s, i + 2))) return true;
  }
  return false;
}

/** Token index after a result verb at `v` where the other side starts: "drew 1-1 with Everton" → Everton. */
function afterResult(s: Sentence, v: number): number {
  let k = v + 1;
  if (SCORE.test(word(s, k))) k++;
  if (LINK.has(word(s, k))) k++;
  return k;
}

/** The mentions of one sentence with their token ranges. */
function placed(sentence: Sentence, mentions: Mention[]): Placed[] {
  const { tokens } = sentence;
  return mentions.map((m) => ({
    m,
    from: firstIndex(tokens.length, (i) => tokens.start(i) < m.start),
    to: firstIndex(tokens.length, (i) => tokens.start(i) < m.end),
  }));
}

/**
 * Sides of a result in one sentence: "Leicestershire beat Somerset by an innings", "Liverpool drew
 * 1-1 with Everton", "after beating Kent by an innings" (the side after the verb; the one before it
 * only when it is right before the verb).
 */
function resultSides(s: Sentence, spans: Placed[], out: Set<Mention>): void {
  // mentions by the token they start at and the token after them: one lookup per verb, however many
  const startingAt = new Map<number, Mention>();
  const endingBefore = new Map<number, Mention>();
  for (const p of spans) {
    startingAt.set(p.from, p.m);
    endingBefore.set(p.to, p.m);
  }
  for (let v = 0; v < s.tokens.length; v++) {
    if (!RESULT.has(word(s, v))) continue;
    const b = startingAt.get(afterResult(s, v));
    if (!b) continue;
    out.add(b);
    const a = endingBefore.get(v);
    if (a) out.add(a);
  }
}

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
function standingsRows(s: Sentence, spans: Placed[], out: Set<Mention>): void {
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
function tableRow(s: Sentence, spans: Placed[], out: Set<Mention>): void {
  if (spans.length !== 1 || spans[0].from !== 0 || s.tokens.length - spans[0].to < 3) return;
  for (let i = spans[0].to; i < s.tokens.length; i++) if (!TABLE_CELL.test(word(s, i))) return;
  out.add(spans[0].m);
}

/**
 * Teams in a sports story's fixtures ("Derbyshire v Surrey", "June 14-16 v Leicestershire", "the match
 * against Nottinghamshire", "a win over Leicester"), score lines ("Somerset 83 and 174, Leicestershire
 * 296") and before a player's or coach's role ("Surrey captain Chris Lewis", "Derbyshire's Australian
 * captain").
 */
function tableSides(s: Sentence, spans: Placed[], out: Set<Mention>): void {
  // "edged Austria in Salzburg 3-2": the ground's town before a score is no side
  const sides = spans.filter((p) => !PLACE_MARKER.has(word(s, p.from - 1)));
  const scored = sides.filter((p) => LINE_SCORE.test(word(s, p.to)));
  if (scored.length >= 2) for (const p of scored) out.add(p.m);
  for (const p of sides) {
    if (FIXTURE.has(word(s, p.from - 1)) || FIXTURE.has(word(s, p.to))) out.add(p.m);
    if (NOUN_LINK.has(word(s, p.from - 1)) && RESULT_NOUN.has(word(s, p.from - 2))) out.add(p.m);
    const k = POSSESSIVE.has(word(s, p.to)) ? p.to + 1 : p.to;
    if (ROLE.has(word(s, k)) || ROLE.has(word(s, k + 1))) out.add(p.m);
  }
}

/** A side of a results line or the head of a row of standings, read from the words of its sentence. */
interface Side {
  sentence: number;
  from: number;
  to: number;
  /** The results line it is a side of (1, 2, ...), 0 for the head of a row. */
  line: number;
  /** The tagger's mentions that overlap it. */
  over: Mention[];
}

/** The sides of the story's results lines and the heads of its rows of standings, and how many lines there are. */
function structuralSides(sentences: Sentence[], bySentence: Map<number, Mention[]>): { sides: Side[]; lines: number } {
  const sides: Side[] = [];
  let lines = 0;
  sentences.forEach((s, i) => {
    const line = resultsLine(s);
    const head = line ? null : standingsHead(s);
    if (!line && !head) return;
    if (line) lines++;
    const spans = placed(s, bySentence.get(i) ?? []);
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
function clubSides(sentences: Sentence[], sides: Side[]): { clubs: Mention[]; whole: Side[] } {
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
function teamMention(s: Sentence, sentence: number, from: number, to: number): Mention {
  const start = s.tokens.start(from);
  const end = s.tokens.end(to - 1);
  return { start, end, text: s.text.slice(start - s.start, end - s.start), sentence, type: 'organization' };
}

/**
 * Mentions with the place-named teams of a sports story typed as organisations, and the sides of its
 * results lines and standings that the tagger missed added as organisations (`mentions` in reading
 * order, as the tagger gives them; the same array when nothing changes).
 */
export function withTeams(sentences: Sentence[], mentions: Mention[], isCountry: IsCountry): Mention[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  // A story is about sport when a sentence has a result verb with a name after it and a score or a
  // margin, or when it has two results lines or two rows of standings.
  const direct = new Set<Mention>();
  const rows = new Set<Mention>();
  for (const [i, list] of bySentence) {
    const s = sentences[i];
    const spans = placed(s, list);
    if (hasResultWord(s) && hasScoreOrMargin(s)) resultSides(s, spans, direct);
    standingsRows(s, spans, rows);
  }
  const { sides, lines } = structuralSides(sentences, bySentence);
  // rows of standings, wherever they start (a row read both ways counts once)
  const rowStarts = new Set<number>();
  for (const m of rows) rowStarts.add(m.start);
  for (const side of sides) if (!side.line) rowStarts.add(sentences[side.sentence].tokens.start(side.from));
  if (rowStarts.size < 2) rows.clear();
  if (!direct.size && !rows.size && lines < 2 && rowStarts.size < 2) return mentions;
  // the sides of lines and tables: clubs, whatever the tagger made of them ("Hajduk" a misc name)
  const found = clubSides(sentences, sides);
  const sideClubs = new Set<Mention>(found.clubs);
  const clubs = new Set<Mention>([...rows, ...found.clubs]);
  const added: Mention[] = [];
  const dropped = new Set<Mention>();
  for (const side of found.whole) {
    const team = teamMention(sentences[side.sentence], side.sentence, side.from, side.to);
    if (isCountry(team.text)) continue;
    added.push(team);
    for (const m of side.over) dropped.add(m);
  }
  for (const m of clubs) direct.add(m);
  for (const [i, list] of bySentence) {
    const spans = placed(sentences[i], list);
    tableSides(sentences[i], spans, direct);
    tableRow(sentences[i], spans, direct);
  }
  // by the name in lower case, so that a headline's "LEICESTERSHIRE" is the team "Leicestershire"
  const teams = new Set<string>();
  for (const m of direct) if (m.type === 'place' && !isCountry(m.text)) teams.add(m.text.toLowerCase());
  for (const m of added) teams.add(m.text.toLowerCase()); // (no country is ever added)
  if (!teams.size && !clubs.size && !added.length && !dropped.size) return mentions;
  const typed = (dropped.size ? mentions.filter((m) => !dropped.has(m)) : mentions).map((m) => {
    // a misc name heading a row or on a line is a club the tagger did not know ("Hajduk"); a person
    // only on a page of team results (a chess table's players add up as standings do)
    if ((m.type === 'misc' && clubs.has(m)) || (m.type === 'person' && sideClubs.has(m))) return { ...m, type: 'organization' as const };
    if (m.type !== 'place' || !teams.has(m.text.toLowerCase())) return m;
    if (!direct.has(m) && PLACE_MARKER.has(word(sentences[m.sentence], placed(sentences[m.sentence], [m])[0].from - 1))) return m;
    return { ...m, type: 'organization' as const };
  });
  return added.length ? [...typed, ...added].sort((a, b) => a.start - b.start) : typed;
}
