// Nationalities used as nouns for a person the article has named: sports and foreign news call a player
// or a leader by nationality on second mention ("Emery ... the Spaniard told reporters", "the Belarusian
// smiled and said"). After "the" and before no noun of its own ("the American team" is an adjective), such a
// word is a description of a person, resolved as "the rookie defenceman" is, not a name (it was the
// speaker "Spaniard"). Each group: the words, the gender the word itself carries, and why.
import type { Gender } from './roles.js';

interface Group { words: string[]; gender?: Gender; reason: string }

const GROUPS: Group[] = [
  { words: ['spaniard', 'scot', 'briton', 'brit', 'swede', 'dane', 'finn', 'pole', 'turk', 'kiwi', 'aussie', 'croat', 'serb', 'icelander', 'yank'],
    reason: 'nouns that are only nouns: "the Spaniard told reporters", "the Scot said", "the Pole said"' },
  { words: ['frenchman', 'englishman', 'scotsman', 'welshman', 'irishman', 'dutchman', 'cornishman', 'manxman'], gender: 'male',
    reason: 'male by the word itself: "the Frenchman said"' },
  { words: ['frenchwoman', 'englishwoman', 'scotswoman', 'welshwoman', 'irishwoman', 'dutchwoman'], gender: 'female',
    reason: 'female by the word itself: "the Frenchwoman said"' },
  { words: ['american', 'german', 'brazilian', 'russian', 'australian', 'argentine', 'argentinian', 'italian', 'belgian',
    'portuguese', 'chilean', 'uruguayan', 'colombian', 'mexican', 'canadian', 'austrian', 'greek', 'ukrainian', 'romanian',
    'japanese', 'chinese', 'korean', 'indian', 'kenyan', 'ethiopian', 'jamaican', 'nigerian', 'ghanaian', 'cameroonian',
    'norwegian', 'belarusian', 'swiss', 'bulgarian', 'hungarian', 'slovak', 'slovenian', 'egyptian', 'moroccan', 'israeli',
    'iranian', 'iraqi', 'pakistani', 'zimbabwean', 'venezuelan', 'peruvian', 'ecuadorian', 'paraguayan', 'estonian', 'latvian',
    'lithuanian', 'czech', 'georgian', 'kazakh', 'serbian', 'croatian', 'ivorian', 'senegalese', 'tunisian', 'algerian'],
    reason: 'adjectives used as nouns for a person: "said the American", "the Russian added" (only with no noun after them)' },
];

const TABLE = new Map<string, Group>();
for (const g of GROUPS) for (const w of g.words) TABLE.set(w, g);

/** The nationality noun a lower-case word is, with the gender it carries: "frenchman" → male. */
export function nationalityNoun(word: string): { gender?: Gender } | undefined {
  const g = TABLE.get(word);
  return g && { gender: g.gender };
}

/** Adjectives of nationality that are no nouns ("British", "French") and country codes used as adjectives ("US", "UK"). */
const ADJECTIVES_ONLY = new Set(['british', 'french', 'dutch', 'spanish', 'swedish', 'danish', 'finnish', 'polish', 'turkish',
  'irish', 'scottish', 'welsh', 'english', 'us', 'u.s.', 'uk', 'u.k.']);

/**
 * Does a word say a nationality ("the Japanese carmaker", "the British bank", "the US giant")? Such a
 * modifier says where a business is from, not what it is called: it need not be in the name.
 */
export function isNationality(word: string): boolean {
  return ADJECTIVES_ONLY.has(word) || TABLE.has(word);
}
