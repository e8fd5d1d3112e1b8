// The words of a sports result, which show that a name the tagger read as a place is a team: a club
// or county side is an organisation ("Leicestershire beat Somerset by an innings", "Boston beat
// Toronto 5-3"), as CoNLL-2003 and ordinary readers count it. src/ner/teams.ts reads them.
//
//   Leicestershire beat Somerset by an innings and 39 runs.   → both teams (a result verb and a margin)
//   Somerset 83 and 174, Leicestershire 296.                  → both teams (a score line in a sports story)
//   May 31 - June 2 v Derbyshire                              → a team (a fixture in a sports story)
//   Russia beat Ukraine ... / Biden beat Trump in Ohio         → nothing (a country; no score or margin)

import { wordSet, type WordGroup } from './word-groups.js';

/** Verbs of a result between two sides: "X beat Y", "X drew with Y", "X lost to Y". */
export const RESULT_VERB_GROUPS: WordGroup[] = [
  { reason: 'a win: "Essex beat Kent by nine wickets", "Boston beats Toronto 5-3", "after beating Kent by an innings", "Chelsea defeated Arsenal 2-1", "to defeat Yorkshire by 148 runs"', words: ['beat', 'beats', 'beating', 'defeated', 'defeat'] },
  { reason: 'a win told with more colour: "Surrey, who thrashed Warwickshire", "Melbourne routed Sydney 31-6", "Leeds edged Hull 19-18", "Bayern hammered Bremen 5-0"', words: ['thrashed', 'routed', 'edged', 'hammered'] },
  { reason: 'a draw or a loss, the other side after a link word: "Liverpool drew 1-1 with Everton", "Toronto lost 5-3 to Boston", "Somerset trailed Leicestershire by 213"', words: ['drew', 'lost', 'trailed'] },
];

/** What can stand between a result verb and the other side: "drew 1-1 with Everton", "lost to Boston". */
export const RESULT_LINK_GROUPS: WordGroup[] = [
  { reason: '"drew with Everton", "lost to Boston", "drew against Kent"', words: ['with', 'to', 'against'] },
];

/** Units of a winning margin after "by N": "by nine wickets", "by 39 runs", "by three goals". */
export const MARGIN_UNIT_GROUPS: WordGroup[] = [
  { reason: 'cricket: "by an innings and 39 runs", "by nine wickets", "by one wicket" (runs in baseball too)', words: ['innings', 'runs', 'wickets', 'wicket'] },
  { reason: 'football, hockey, rugby, golf: "by three goals", "by a goal", "by three tries to one", "by two strokes"', words: ['goals', 'goal', 'tries', 'strokes'] },
  { reason: 'rugby and basketball: "by 12 points" (only after "by": not "the index fell 30 points")', words: ['points'] },
];

/** Words between the two sides of a fixture: "Derbyshire v Surrey", "Lakers vs. Celtics". */
export const FIXTURE_WORD_GROUPS: WordGroup[] = [
  { reason: 'British fixtures and scorecards: "Derbyshire v Surrey", "Derbyshire v. Surrey"', words: ['v', 'v.'] },
  { reason: '"Boston vs Toronto", "Boston vs. Toronto", "Boston versus Toronto"', words: ['vs', 'vs.', 'versus'] },
];

/** A result or a fixture named by a noun, the other side after a link word: "victory over Leicester", "the match against Kent". */
export const RESULT_NOUN_GROUPS: WordGroup[] = [
  { reason: 'a result: "a 25-23 win over Leicester", "victory over Leicester", "their defeat by Kent", "a draw with Surrey" (in a sports story)', words: ['win', 'victory', 'defeat', 'draw'] },
  { reason: 'a fixture: "their match against Nottinghamshire", "the game against Boston", "a clash with Kent", "the tie against Everton"', words: ['match', 'game', 'clash', 'tie'] },
];

/** Link words after such a noun: "win over", "match against", "defeat by", "draw with". */
export const RESULT_NOUN_LINK_GROUPS: WordGroup[] = [
  { reason: '"win over Leicester", "match against Kent", "defeat by Kent", "draw with Surrey", "defeat to Boston"', words: ['over', 'against', 'by', 'with', 'to'] },
];

/** Players and staff a team has: "Surrey captain Chris Lewis", "Derbyshire's Australian captain", "Chelsea manager". */
export const TEAM_ROLE_GROUPS: WordGroup[] = [
  { reason: 'who leads a side: "Warwickshire captain Tim Munton", "Kent skipper", "Boston coach", "Chelsea manager Mauricio Pochettino" (in a sports story)', words: ['captain', 'skipper', 'coach', 'manager'] },
  { reason: 'cricket\'s players: "Lancashire batsman Graham Lloyd", "Essex bowler", "Surrey all-rounder Adam Hollioake"', words: ['batsman', 'bowler', 'all-rounder'] },
  { reason: 'other games\' players: "Norwich striker", "Watford midfielder", "Walsall defender", "Bristol goalkeeper", "Miami quarterback", "Cleveland pitcher", "the Yorkshire players"', words: ['striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'pitcher', 'players'] },
];

/**
 * Words before a mention that make it the place, even in a story where the same name is a team:
 * "the game in Boston", "At Chesterfield: Derbyshire beat Worcestershire", "the Toronto mayor".
 */
export const PLACE_MARKER_GROUPS: WordGroup[] = [
  { reason: 'prepositions of place and movement: "the match in Leicester", "At Chesterfield" (the ground\'s town), "near Boston", "fans from Toronto", "moved to Toronto", "the mayor of Toronto"', words: ['in', 'at', 'near', 'from', 'to', 'of'] },
  { reason: 'a name used as a modifier after "the": "the Toronto mayor"', words: ['the'] },
];

export const RESULT_VERBS = wordSet(...RESULT_VERB_GROUPS);
export const RESULT_LINKS = wordSet(...RESULT_LINK_GROUPS);
export const MARGIN_UNITS = wordSet(...MARGIN_UNIT_GROUPS);
export const FIXTURE_WORDS = wordSet(...FIXTURE_WORD_GROUPS);
export const TEAM_ROLES = wordSet(...TEAM_ROLE_GROUPS);
export const RESULT_NOUNS = wordSet(...RESULT_NOUN_GROUPS);
export const RESULT_NOUN_LINKS = wordSet(...RESULT_NOUN_LINK_GROUPS);
export const PLACE_MARKERS = wordSet(...PLACE_MARKER_GROUPS);
