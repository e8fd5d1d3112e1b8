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
// someone keeps their type. The sides of results lines and the heads of standings are the exception
// (sports-tables.ts reads them): there a misc name ("Hajduk") or, on a page of team results, a person
// ("Fortuna Sittard") is the club, and a side the tagger missed is added as one.
import { FIXTURE_WORDS as FIXTURE, MARGIN_UNITS as UNIT, PLACE_MARKERS as PLACE_MARKER, RESULT_LINKS as LINK, RESULT_NOUN_LINKS as NOUN_LINK, RESULT_NOUNS as RESULT_NOUN, RESULT_VERBS as RESULT, TEAM_ROLES as ROLE } from '../lexicon/sports-results.js';
import type { Mention, Sentence } from '../types.js';
import { placed, word, type Placed } from './placed.js';
import { clubSides, LINE_SCORE, standingsRows, structuralSides, tableRow, teamMention } from './sports-tables.js';
import { gazetteerKey } from './features.js';
import { entryTokens, GAZ_BITS } from './gazetteer.js';
import type { IntMap } from './int-map.js';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** A score: "5-3", "429-7", "1-1" (not a year or a date: those have four digits). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
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
  // each sentence's mentions with their token ranges, found once for all the rules below
  const spansOf = new Map<number, Placed[]>();
  const placedOf = new Map<Mention, Placed>();
  for (const [i, list] of bySentence) {
    const spans = placed(sentences[i], list);
    spansOf.set(i, spans);
    for (const p of spans) placedOf.set(p.m, p);
  }
  // A story is about sport when a sentence has a result verb with a name after it and a score or a
  // margin, or when it has two results lines or two rows of standings.
  const direct = new Set<Mention>();
  const rows = new Set<Mention>();
  for (const [i, spans] of spansOf) {
    const s = sentences[i];
    if (hasResultWord(s) && hasScoreOrMargin(s)) resultSides(s, spans, direct);
    standingsRows(s, spans, rows);
  }
  const { sides, lines } = structuralSides(sentences, spansOf);
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
  for (const [i, spans] of spansOf) {
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
    if (!direct.has(m) && PLACE_MARKER.has(word(sentences[m.sentence], placedOf.get(m)!.from - 1))) return m;
    return { ...m, type: 'organization' as const };
  });
  return added.length ? [...typed, ...added].sort((a, b) => a.start - b.start) : typed;
}
