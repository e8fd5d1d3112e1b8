// Teams named after places (src/ner/teams.ts): the tagger's place mentions become organisations where
// a result, fixture, score line or player's role says a side is meant. The mentions are made by hand
// here, so that the rule is tested apart from what the tagger happens to say.
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { withTeams } from '../../src/ner/teams.js';
import { isStandingsRow } from '../../src/ner/sports-tables.js';
import { FIXTURE_WORD_GROUPS, MARGIN_UNIT_GROUPS, PLACE_MARKER_GROUPS, RESULT_LINK_GROUPS, RESULT_NOUN_GROUPS, RESULT_NOUN_LINK_GROUPS, RESULT_VERB_GROUPS, TEAM_ROLE_GROUPS } from '../../src/lexicon/sports-results.js';
import type { EntityType, Mention } from '../../src/types.js';

const COUNTRIES = new Set(['Germany', 'France', 'Northern Ireland']);
const isCountry = (name: string) => COUNTRIES.has(name);

/** Every occurrence of each name in `text` as a mention of `type` (default place), in reading order. */
function typed(text: string, names: string[], type: EntityType = 'place'): { result: string[]; same: boolean } {
  const { sentences } = read(text);
  const mentions: Mention[] = [];
  for (const name of names) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      const start = m.index!;
      const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
      mentions.push({ start, end: start + name.length, text: name, sentence, type });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const out = withTeams(sentences, mentions, isCountry);
  return { result: out.map((m) => `${m.text}:${m.type}`), same: out === mentions };
}

describe('place-named teams', () => {
  test('both sides of a result with a margin or a score', () => {
    expect(typed('Leicestershire beat Somerset by an innings and 39 runs.', ['Leicestershire', 'Somerset']).result)
      .toEqual(['Leicestershire:organization', 'Somerset:organization']);
    expect(typed('Liverpool drew 1-1 with Everton on Sunday.', ['Liverpool', 'Everton']).result)
      .toEqual(['Liverpool:organization', 'Everton:organization']);
    expect(typed('Toronto lost 5-3 to Boston.', ['Toronto', 'Boston']).result)
      .toEqual(['Toronto:organization', 'Boston:organization']);
    // only the side after the verb when the other is not right before it
    expect(typed('Essex went top after beating Kent by nine wickets.', ['Essex', 'Kent']).result)
      .toEqual(['Essex:place', 'Kent:organization']);
  });

  test('a team stays the team in the rest of the story, except where the words make it the place', () => {
    const text = 'Boston beat Toronto 5-3 on Friday.\n\nToronto had won the first game. Fans in Toronto were quiet, and the Toronto mayor left early.';
    expect(typed(text, ['Boston', 'Toronto']).result).toEqual([
      'Boston:organization', 'Toronto:organization', 'Toronto:organization', 'Toronto:place', 'Toronto:place',
    ]);
  });

  test('no score or margin, a country, or a person: nothing changes', () => {
    expect(typed('Texas beat California in job growth last year.', ['Texas', 'California']).same).toBe(true);
    expect(typed('Germany beat France 2-1 in Berlin.', ['Germany', 'France', 'Berlin']).same).toBe(true);
    expect(typed('Northern Ireland beat Wales 1-0.', ['Northern Ireland']).same).toBe(true);
    expect(typed('Federer beat Nadal 6-4 in Paris.', ['Federer', 'Nadal'], 'person').same).toBe(true);
    // the towns of the grounds in a line of scores are places
    expect(typed('Essex edged Kent in Chelmsford 3-2, then beat Surrey 5-0 in Leeds.', ['Essex', 'Kent', 'Chelmsford', 'Surrey', 'Leeds']).result)
      .toEqual(['Essex:organization', 'Kent:organization', 'Chelmsford:place', 'Surrey:organization', 'Leeds:place']);
  });

  test('fixtures, score lines and roles count only in a sports story', () => {
    const table = 'Somerset 83 and 174, Leicestershire 296.\n\nJune 14-16 v Derbyshire.\n\nSurrey captain Chris Lewis made 80.';
    const names = ['Somerset', 'Leicestershire', 'Derbyshire', 'Surrey', 'Kent', 'Essex'];
    expect(typed(table, names).same).toBe(true);
    expect(typed(`Essex beat Kent by 39 runs.\n\n${table}`, names).result).toEqual([
      'Essex:organization', 'Kent:organization', 'Somerset:organization', 'Leicestershire:organization',
      'Derbyshire:organization', 'Surrey:organization',
    ]);
    // a result or fixture told by a noun: "the match against Nottinghamshire", "a win over Leicester"
    expect(typed('Essex beat Kent by 39 runs.\n\nSurrey made up for their match against Nottinghamshire. Saracens had a 25-23 win over Leicester in London.', ['Essex', 'Kent', 'Surrey', 'Nottinghamshire', 'Leicester', 'London']).result)
      .toEqual(['Essex:organization', 'Kent:organization', 'Surrey:place', 'Nottinghamshire:organization', 'Leicester:organization', 'London:place']);
    // a lone number after a place is no score line: "Reading 2" needs a second side
    expect(typed('Essex beat Kent by 39 runs.\n\nHe moved to Norwich 12 years ago.', ['Essex', 'Kent', 'Norwich']).result.at(-1)).toBe('Norwich:place');
  });

  test('a results line, a name and its score twice, is a sports story of its own', () => {
    expect(typed('Results on Thursday.\n\nPohang 3 Ulsan 2 (halftime 1-0)\n\nPuchon 2 Chonbuk 1', ['Pohang', 'Ulsan', 'Puchon', 'Chonbuk']).result)
      .toEqual(['Pohang:organization', 'Ulsan:organization', 'Puchon:organization', 'Chonbuk:organization']);
    // more than the two sides and their scores: no results line
    expect(typed('Paris 3 London 2 were the scores of the cities in the index.', ['Paris', 'London']).same).toBe(true);
  });

  test('rows of standings: their numbers add up as only standings do', () => {
    expect(isStandingsRow('4 3 1 0 7 4 10'.split(' '))).toBe(true); // played 4 = won 3 + drawn 1 + lost 0
    expect(isStandingsRow('3 1 0 6 1 10'.split(' '))).toBe(true); // points 10 = 3 × 3 won + 1 drawn
    expect(isStandingsRow('75 59 .560 -'.split(' '))).toBe(true); // 75 / (75 + 59)
    expect(isStandingsRow('64 2 43 .596 -'.split(' '))).toBe(true); // a draw counts a half
    expect(isStandingsRow('45 32 12 11'.split(' '))).toBe(false); // shares of a vote by province
    expect(isStandingsRow('18 24 .350'.split(' '))).toBe(false);
    const table = 'Standings after Saturday.\n\nStoke 4 3 1 0 7 4 10\n\nNorwich 4 3 0 1 5 3 9\n\nReading 4 1 1 2 5 10 4';
    expect(typed(table, ['Stoke', 'Norwich', 'Reading']).result).toEqual(['Stoke:organization', 'Norwich:organization', 'Reading:organization']);
    // one row alone is no table; rows that do not add up are not standings
    expect(typed('Standings.\n\nStoke 4 3 1 0 7 4 10', ['Stoke']).same).toBe(true);
    expect(typed('Votes.\n\nOntario 45 32 12 11\n\nQuebec 40 30 20 10', ['Ontario', 'Quebec']).same).toBe(true);
    // a club the tagger took for a misc name heads a row too
    expect(typed('Standings.\n\nPartizan 4 3 1 0 13 3 10\n\nHajduk 4 2 0 2 5 3 6\n\nHajduk fans sang.', ['Partizan', 'Hajduk'], 'misc').result)
      .toEqual(['Partizan:organization', 'Hajduk:organization', 'Hajduk:misc']);
  });

  test("the sides of results lines and the heads of standings the tagger missed are added as clubs", () => {
    // (a country is never added: national sides are their country, as CoNLL-2003 writes them)
    const results = 'Results on Saturday.\n\nBradford 1 Tranmere 0\n\nQueens Park Rangers 2 Bolton 2\n\nGermany 1 France 0';
    expect(typed(results, ['Bradford', 'Germany']).result).toEqual([
      'Bradford:organization', 'Tranmere:organization', 'Queens Park Rangers:organization', 'Bolton:organization', 'Germany:place',
    ]);
    // a page of team results: the clubs the tagger read as persons, or in parts, are clubs, whole
    const page = 'Dutch results.\n\nFortuna Sittard 2 Heerenveen 4\n\nWillem II Tilburg 1 NAC Breda 0\n\nAjax 3 PSV 1';
    const at = (name: string, type: EntityType): Mention => {
      const start = page.indexOf(name);
      return { start, end: start + name.length, text: name, sentence: read(page).sentences.findIndex((x) => x.start <= start && start < x.end), type };
    };
    const onPage = [at('Fortuna Sittard', 'person'), at('Heerenveen', 'place'), at('Willem II', 'person'), at('Tilburg', 'place'), at('Ajax', 'organization')];
    expect(withTeams(read(page).sentences, onPage, isCountry).map((m) => `${m.text}:${m.type}`)).toEqual([
      'Fortuna Sittard:organization', 'Heerenveen:organization', 'Willem II Tilburg:organization', 'NAC Breda:organization', 'Ajax:organization', 'PSV:organization',
    ]);
    // players, not clubs: a line with a person in it is left alone, and so is the rest of a story of players
    expect(typed('Results.\n\nHendry 5 Davis 3\n\nHiggins 5 Ebdon 2', ['Hendry', 'Davis', 'Higgins', 'Ebdon'], 'person').same).toBe(true);
    // rows of standings, none of them tagged; the club so found is the club in the prose too
    const table = 'Standings.\n\nStoke 4 3 1 0 7 4 10\n\nNorwich 4 3 0 1 5 3 9\n\nNext week Stoke visit Reading.';
    const { sentences } = read(table);
    const prose = table.lastIndexOf('Stoke');
    const tagged: Mention[] = [{ start: prose, end: prose + 5, text: 'Stoke', sentence: 3, type: 'place' }];
    expect(withTeams(sentences, tagged, isCountry).map((m) => `${m.text}@${m.start}:${m.type}`))
      .toEqual(['Stoke@12:organization', 'Norwich@34:organization', `Stoke@${prose}:organization`]);
  });

  test('a team is the team in capitals too: a headline over the result', () => {
    expect(typed('LEICESTERSHIRE GO TOP\n\nLeicestershire beat Somerset by an innings.', ['LEICESTERSHIRE', 'Leicestershire', 'Somerset']).result)
      .toEqual(['LEICESTERSHIRE:organization', 'Leicestershire:organization', 'Somerset:organization']);
  });

  test('every word group has a reason with an example that uses each of its words', () => {
    for (const groups of [RESULT_VERB_GROUPS, RESULT_LINK_GROUPS, MARGIN_UNIT_GROUPS, FIXTURE_WORD_GROUPS, TEAM_ROLE_GROUPS, PLACE_MARKER_GROUPS, RESULT_NOUN_GROUPS, RESULT_NOUN_LINK_GROUPS]) {
      for (const { words, reason } of groups) {
        const examples = [...reason.matchAll(/"([^"]+)"/g)].map((m) => m[1].toLowerCase());
        for (const word of words) {
          expect(word).toBe(word.toLowerCase());
          expect(examples.some((e) => e.split(/[\s,:;()]+/).includes(word)), `${word}: ${reason}`).toBe(true);
        }
      }
    }
  });
});
