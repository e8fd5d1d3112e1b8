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
import { FIXTURE_WORDS as FIXTURE, MARGIN_UNITS as UNIT, PLACE_MARKERS as PLACE_MARKER, RESULT_LINKS as LINK, RESULT_VERBS as RESULT, TEAM_ROLES as ROLE } from '../lexicon/sports-results.js';
import type { Mention, Sentence } from '../types.js';
import { firstIndex } from '../util/search.js';
import { gazetteerKey } from './features.js';
import { entryTokens, GAZ_BITS } from './gazetteer.js';
import type { IntMap } from './int-map.js';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

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
    if (/^\d{1,4}$/.test(c) && Number.isNaN(pct)) ints.push(Number(c));
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
    if (end - p.to >= 3 && isStandingsRow(s.tokens.texts(p.to, Math.min(end, p.to + 12)))) out.add(p.m);
  }
}

/**
 * The two sides of a results line, a sentence of its own: "Pohang 3 Ulsan 2 (halftime 1-0)", "LG 2 OB 0".
 * Only sport writes a line of two names, each with its score, and nothing else.
 */
function resultsLine(s: Sentence, spans: Placed[], out: Set<Mention>): void {
  if (spans.length !== 2) return;
  const [a, b] = spans;
  if (a.from !== 0 || b.from !== a.to + 1 || !LINE_SCORE.test(word(s, a.to)) || !LINE_SCORE.test(word(s, b.to))) return;
  if (b.to + 1 < s.tokens.length && !LINE_END.test(word(s, b.to + 1))) return;
  out.add(a.m);
  out.add(b.m);
}

/** A row of a table in a sports story: a name, then three or more numbers and nothing else ("Puchon 3 1 0 6 1 10"). */
function tableRow(s: Sentence, spans: Placed[], out: Set<Mention>): void {
  if (spans.length !== 1 || spans[0].from !== 0 || s.tokens.length - spans[0].to < 3) return;
  for (let i = spans[0].to; i < s.tokens.length; i++) if (!TABLE_CELL.test(word(s, i))) return;
  out.add(spans[0].m);
}

/**
 * Teams in a sports story's fixtures ("Derbyshire v Surrey", "June 14-16 v Leicestershire"), score
 * lines ("Somerset 83 and 174, Leicestershire 296") and before a player's or coach's role ("Surrey
 * captain Chris Lewis", "Derbyshire's Australian captain").
 */
function tableSides(s: Sentence, spans: Placed[], out: Set<Mention>): void {
  // "edged Austria in Salzburg 3-2": the ground's town before a score is no side
  const sides = spans.filter((p) => !PLACE_MARKER.has(word(s, p.from - 1)));
  const scored = sides.filter((p) => LINE_SCORE.test(word(s, p.to)));
  if (scored.length >= 2) for (const p of scored) out.add(p.m);
  for (const p of sides) {
    if (FIXTURE.has(word(s, p.from - 1)) || FIXTURE.has(word(s, p.to))) out.add(p.m);
    const k = POSSESSIVE.has(word(s, p.to)) ? p.to + 1 : p.to;
    if (ROLE.has(word(s, k)) || ROLE.has(word(s, k + 1))) out.add(p.m);
  }
}

/**
 * Mentions with the place-named teams of a sports story typed as organisations (`mentions` in
 * reading order, as the tagger gives them; the same array when nothing changes).
 */
export function withTeams(sentences: Sentence[], mentions: Mention[], isCountry: IsCountry): Mention[] {
  if (!mentions.some((m) => m.type === 'place' || m.type === 'misc')) return mentions;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  // A story is about sport when a sentence has a result verb with a name after it and a score or a
  // margin, or is a results line, or when two names head rows of standings.
  const direct = new Set<Mention>();
  const rows = new Set<Mention>();
  for (const [i, list] of bySentence) {
    const s = sentences[i];
    const spans = placed(s, list);
    if (hasResultWord(s) && hasScoreOrMargin(s)) resultSides(s, spans, direct);
    else resultsLine(s, spans, direct);
    standingsRows(s, spans, rows);
  }
  if (rows.size < 2) rows.clear();
  for (const m of rows) direct.add(m);
  if (!direct.size) return mentions;
  for (const [i, list] of bySentence) {
    const spans = placed(sentences[i], list);
    tableSides(sentences[i], spans, direct);
    tableRow(sentences[i], spans, direct);
  }
  // by the name in lower case, so that a headline's "LEICESTERSHIRE" is the team "Leicestershire"
  const teams = new Set<string>();
  for (const m of direct) if (m.type === 'place' && !isCountry(m.text)) teams.add(m.text.toLowerCase());
  if (!teams.size && !rows.size) return mentions;
  return mentions.map((m) => {
    // a misc name at the head of a row of standings is a club the tagger did not know ("Hajduk")
    if (m.type === 'misc' && rows.has(m)) return { ...m, type: 'organization' };
    if (m.type !== 'place' || !teams.has(m.text.toLowerCase())) return m;
    if (!direct.has(m) && PLACE_MARKER.has(word(sentences[m.sentence], placed(sentences[m.sentence], [m])[0].from - 1))) return m;
    return { ...m, type: 'organization' };
  });
}
