// Name and place word lists taken from compromise's lexicon (a maintained English NLP package that
// newsq already depends on), grouped by what they tell the tagger.
//
//   nameLists().femaleNames.has('svetlana') -> true      (compromise tags it FemaleName)
//   nameLists().countries.has('belarus')    -> true      (Country)
//
// Used (1) as gazetteer features when training the tagger, where they end up inside the model file,
// and (2) to guess a person's gender from the first name in entity merging.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface NameLists {
  /** compromise FemaleName: "svetlana", "angela". Reason: gender of a person mention. */
  femaleNames: Set<string>;
  /** compromise MaleName: "vladimir", "sergei". Reason: gender of a person mention. */
  maleNames: Set<string>;
  /** compromise FirstName (neither gender), plus both lists above: evidence of a PER span start. */
  firstNames: Set<string>;
  /** compromise LastName: "smith", "nguyen": evidence of a PER span end. */
  lastNames: Set<string>;
  /** compromise Honorific: "mr", "dr", "gen": the word before a name, itself not in the span. */
  honorifics: Set<string>;
  /** compromise Country: LOC. */
  countries: Set<string>;
  /** compromise City: LOC. */
  cities: Set<string>;
  /** compromise Region (states, provinces) and Place: LOC. */
  regions: Set<string>;
  /** compromise Demonym: "belarusian", "french": MISC in CoNLL. */
  demonyms: Set<string>;
  /** compromise Organization and SportsTeam: ORG. */
  organizations: Set<string>;
}

let cached: NameLists | null = null;

/** Reads the lists out of compromise's lexicon once. */
export function nameLists(): NameLists {
  if (cached) return cached;
  // loaded here, not at import: compromise takes a few hundred milliseconds to load, and only
  // training needs it (a trained model carries the lists, hashed)
  const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const lexicon = nlp.model().one.lexicon;
  const lists: NameLists = {
    femaleNames: new Set(),
    maleNames: new Set(),
    firstNames: new Set(),
    lastNames: new Set(),
    honorifics: new Set(),
    countries: new Set(),
    cities: new Set(),
    regions: new Set(),
    demonyms: new Set(),
    organizations: new Set(),
  };
  const byTag: Record<string, (keyof NameLists)[]> = {
    FemaleName: ['femaleNames', 'firstNames'],
    MaleName: ['maleNames', 'firstNames'],
    FirstName: ['firstNames'],
    LastName: ['lastNames'],
    Honorific: ['honorifics'],
    Country: ['countries'],
    City: ['cities'],
    Region: ['regions'],
    Place: ['regions'],
    Demonym: ['demonyms'],
    Organization: ['organizations'],
    SportsTeam: ['organizations'],
  };
  for (const word of Object.keys(lexicon).sort()) {
    const tags = lexicon[word];
    for (const tag of Array.isArray(tags) ? tags : [tags]) for (const list of byTag[tag] ?? []) lists[list].add(word);
  }
  cached = lists;
  return lists;
}
