// The words of a sports result, which show that a name the tagger read as a place is a team: a club
// or county side is an organisation ("Leicestershire beat Somerset by an innings", "Boston beat
// Toronto 5-3"), as CoNLL-2003 and ordinary readers count it. src/ner/teams.ts reads them.
//
//   Leicestershire beat Somerset by an innings and 39 runs.   → both teams (a result verb and a margin)
//   Somerset 83 and 174, Leicestershire 296.                  → both teams (a score line in a sports story)
//   May 31 - June 2 v Derbyshire                              → a team (a fixture in a sports story)
//   Russia beat Ukraine ... / Biden beat Trump in Ohio         → nothing (a country; no score or margin)

export interface SportsWord {
  word: string;
  reason: string;
}

/** Verbs of a result between two sides: "X beat Y", "X drew with Y", "X lost to Y". */
export const RESULT_VERBS: SportsWord[] = [
  { word: 'beat', reason: 'the usual verb of a result: "Essex beat Kent by nine wickets"' },
  { word: 'beats', reason: 'present-tense headlines: "Boston beats Toronto 5-3"' },
  { word: 'beating', reason: '"after beating Kent by an innings"' },
  { word: 'defeated', reason: '"Chelsea defeated Arsenal 2-1"' },
  { word: 'defeat', reason: '"to defeat Yorkshire by 148 runs"' },
  { word: 'thrashed', reason: '"Surrey, who thrashed Warwickshire by an innings"' },
  { word: 'routed', reason: '"Melbourne routed Sydney 31-6"' },
  { word: 'edged', reason: '"Leeds edged Hull 19-18"' },
  { word: 'hammered', reason: '"Bayern hammered Bremen 5-0"' },
  { word: 'drew', reason: '"Liverpool drew 1-1 with Everton" (the other side comes after "with")' },
  { word: 'lost', reason: '"Toronto lost 5-3 to Boston" (the other side comes after "to")' },
  { word: 'trailed', reason: '"Somerset trailed Leicestershire by 213"' },
];

/** What can stand between a result verb and the other side: "drew 1-1 with Everton", "lost to Boston". */
export const RESULT_LINKS: SportsWord[] = [
  { word: 'with', reason: '"drew with Everton"' },
  { word: 'to', reason: '"lost to Boston"' },
  { word: 'against', reason: '"drew against Kent"' },
];

/** Units of a winning margin after "by N": "by nine wickets", "by 39 runs", "by three goals". */
export const MARGIN_UNITS: SportsWord[] = [
  { word: 'innings', reason: 'cricket: "by an innings and 39 runs"' },
  { word: 'runs', reason: 'cricket and baseball: "by 39 runs"' },
  { word: 'wickets', reason: 'cricket: "by nine wickets"' },
  { word: 'wicket', reason: 'cricket: "by one wicket"' },
  { word: 'goals', reason: 'football and hockey: "by three goals"' },
  { word: 'goal', reason: '"by a goal"' },
  { word: 'points', reason: 'rugby, basketball: "by 12 points" (only after "by", not "fell 30 points")' },
  { word: 'strokes', reason: 'golf: "by two strokes"' },
  { word: 'tries', reason: 'rugby: "by three tries to one"' },
];

/** Words between the two sides of a fixture: "Derbyshire v Surrey", "Lakers vs. Celtics". */
export const FIXTURE_WORDS: SportsWord[] = [
  { word: 'v', reason: 'British fixtures and scorecards: "Derbyshire v Surrey"' },
  { word: 'v.', reason: '"Derbyshire v. Surrey"' },
  { word: 'vs', reason: '"Boston vs Toronto"' },
  { word: 'vs.', reason: '"Boston vs. Toronto"' },
  { word: 'versus', reason: '"Boston versus Toronto"' },
];

/** Players and staff a team has: "Surrey captain Chris Lewis", "Derbyshire's Australian captain", "Chelsea manager". */
export const TEAM_ROLES: SportsWord[] = [
  { word: 'captain', reason: '"Warwickshire captain Tim Munton"' },
  { word: 'skipper', reason: '"Kent skipper"' },
  { word: 'coach', reason: '"Boston coach"' },
  { word: 'manager', reason: '"Chelsea manager Mauricio Pochettino" (in a sports story)' },
  { word: 'batsman', reason: '"Lancashire batsman Graham Lloyd"' },
  { word: 'bowler', reason: '"Essex bowler"' },
  { word: 'all-rounder', reason: '"Surrey all-rounder Adam Hollioake"' },
  { word: 'striker', reason: '"Norwich striker"' },
  { word: 'midfielder', reason: '"Watford midfielder"' },
  { word: 'defender', reason: '"Walsall defender"' },
  { word: 'goalkeeper', reason: '"Bristol goalkeeper"' },
  { word: 'quarterback', reason: '"Miami quarterback"' },
  { word: 'pitcher', reason: '"Cleveland pitcher"' },
  { word: 'players', reason: '"the Yorkshire players"' },
];

/**
 * Words before a mention that make it the place, even in a story where the same name is a team:
 * "the game in Boston", "at Leicester", "the Toronto mayor".
 */
export const PLACE_MARKERS: SportsWord[] = [
  { word: 'in', reason: '"the match in Leicester"' },
  { word: 'at', reason: '"At Chesterfield: Derbyshire beat Worcestershire" (the ground\'s town)' },
  { word: 'near', reason: '"near Boston"' },
  { word: 'from', reason: '"fans from Toronto"' },
  { word: 'to', reason: '"moved to Toronto"' },
  { word: 'of', reason: '"the mayor of Toronto"' },
  { word: 'the', reason: '"the Toronto mayor"' },
];

export const wordSet = (words: SportsWord[]): ReadonlySet<string> => new Set(words.map((w) => w.word));
