// Sports teams named after places. A county or city side is an organisation, but the tagger,
// reading "Somerset" or "Boston", sees a place (the open model, which never read a sports page, nearly
// always; the default one now and then). A result, a fixture or a score line says a team is meant:
//
//   Leicestershire beat Somerset by an innings and 39 runs.   → "Leicestershire", "Somerset": organisations
//   Boston beat Toronto 5-3. ... fans in Toronto               → "Toronto" the team, then the city
//
// A name seen once as a team is the team in the rest of the story, except where the words before it
// make it the place ("in Toronto", "the Toronto mayor"). Countries stay places: national sides are
// written as their country ("Germany beat France 2-1"), as CoNLL-2003 annotates them. Only
// place-typed mentions change, so a person who "beat" someone keeps their type.
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
  if (!mentions.some((m) => m.type === 'place')) return mentions;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  // A story is about sport when a sentence has a result verb with a name after it and a score or a margin.
  const direct = new Set<Mention>();
  for (const [i, list] of bySentence) {
    const s = sentences[i];
    if (!hasResultWord(s) || !hasScoreOrMargin(s)) continue;
    resultSides(s, placed(s, list), direct);
  }
  if (!direct.size) return mentions;
  for (const [i, list] of bySentence) tableSides(sentences[i], placed(sentences[i], list), direct);
  const teams = new Set<string>();
  for (const m of direct) if (m.type === 'place' && !isCountry(m.text)) teams.add(m.text);
  if (!teams.size) return mentions;
  return mentions.map((m) => {
    if (m.type !== 'place' || !teams.has(m.text)) return m;
    if (!direct.has(m) && PLACE_MARKER.has(word(sentences[m.sentence], placed(sentences[m.sentence], [m])[0].from - 1))) return m;
    return { ...m, type: 'organization' };
  });
}
