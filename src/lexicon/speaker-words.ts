// Closed-class words the speaker finder needs to read a clause around a cue without a parser.
// Each list says why it exists, with an example.

export type Gender = 'male' | 'female';

/** Subject pronouns that can speak, with what they say about the antecedent. "...," she said. */
export const SUBJECT_PRONOUNS: Record<string, { gender?: Gender; plural?: boolean; reason: string }> = {
  he: { gender: 'male', reason: '"...," he said → the latest man' },
  she: { gender: 'female', reason: '"...," she said → the latest woman' },
  they: { plural: true, reason: '"...," they said → a group (left unresolved)' },
  it: { reason: 'organisations: "the ministry said it ..." → "...," it said' },
  we: { plural: true, reason: 'the speaker speaks for a group' },
  i: { reason: 'first person in transcripts and columns' },
  you: { reason: 'interviews' },
};

/** Words between a subject and its cue verb that are neither: "Putin also said", "she has repeatedly said". */
export const VERB_FILLERS = new Set([
  'also', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do',
  'later', 'then', 'previously', 'recently', 'repeatedly', 'often', 'once', 'further', 'quickly', 'flatly', 'again',
  'frequently', 'already', 'publicly', 'privately', 'reportedly', 'allegedly', 'simply', 'just', 'even', 'still',
  'not', "n't", 'never', 'always', 'now', 'initially', 'originally', 'first', 'finally', 'ultimately', 'openly',
  'explicitly', 'directly', 'bluntly', 'angrily', 'sharply', 'firmly', 'calmly', 'softly', 'loudly', 'famously',
  'similarly', 'separately', 'subsequently', 'immediately', 'yesterday', 'today', 'last', 'earlier', 'tuesday',
  'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tonight', 'herself', 'himself', 'themselves',
  'however', 'personally', 'specifically', 'emphatically', 'categorically', 'tersely', 'wryly', 'happily', 'proudly',
  'afterwards', 'afterward',
]);

/** Words in -ly that are no adverbs, so they may not be skipped between subject and verb: "his family said". */
export const ADVERB_LOOKALIKES = new Set(['family', 'ally', 'rally', 'early', 'only', 'italy', 'july', 'daily', 'weekly', 'monthly',
  'likely', 'holy', 'belly', 'jelly', 'bully', 'supply', 'reply', 'apply', 'fly', 'ugly', 'silly', 'lonely', 'elderly']);

/** Time words and the prepositions that bring them: "Lithuanian lawmakers on Tuesday urged". */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'day', 'days', 'weeks', 'months',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'this', 'last', 'next', 'earlier',
  'later', 'the', 'on', 'in', 'at', 'during', 'early', 'late', 'recent', 'past',
]);

/**
 * A span of time counted back from the report, between a verb and its "that": "said hours later that",
 * "said two days later", "wrote a week ago that". The words of the count, then the word that ends it.
 */
export const ELAPSED_TIME_WORDS = new Set([
  'a', 'an', 'few', 'several', 'two', 'three', 'four', 'five', 'six', 'ten', 'minutes', 'hours', 'days', 'weeks', 'months', 'years',
  'minute', 'hour', 'day', 'week', 'month', 'year', 'moments', 'moment',
]);
export const ELAPSED_TIME_ENDS = new Set(['later', 'earlier', 'ago']);

/** Words that cannot belong to a speaker noun phrase; a phrase scan stops at them. */
export const NP_STOPS = new Set([
  // verbs and auxiliaries: "authorities in Minsk must ...", "it is unclear"
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'do', 'does', 'did', 'shall', "'re", "'ve", "'ll", "'d", "'m", "n't", 'not',
  // conjunctions and relatives: "... while Macron urged", "an architect who said"
  'and', 'or', 'but', 'nor', 'while', 'as', 'because', 'although', 'though', 'if', 'when', 'whether', 'since',
  'until', 'so', 'than', 'that', 'which', 'who', 'whom', 'whose', 'where', 'what', 'how', 'why', 'once', 'unless',
  // prepositions: "protested ... for a 10th day"
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'into', 'over', 'under', 'against', 'during',
  'through', 'between', 'after', 'before', 'without', 'like', 'among', 'across', 'around', 'toward', 'towards',
  'upon', 'within', 'despite', 'amid', 'via', 'per', 'off', 'up', 'down', 'out', 'near',
  // object pronouns and others that end a phrase
  'him', 'them', 'us', 'me', 'it', 'there', 'here', 'also', 'then', 'now', 'just', 'even', 'still',
  'too', 'very', 'however', 'instead', 'again', 'yet', 'only', 'ever', 'never', 'already',
]);

/** Words that open a noun phrase and end a leftward scan: "the senator", "a Democratic strategist". */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'several', 'most', 'both',
  'other', 'another', 'one', 'two', 'three', 'four', 'five', 'few', 'all', 'these', 'those', 'every', 'each', 'no',
  'any', 'such', 'more', 'this',
]);

/** Clause openers that hide the subject behind an introductory phrase: "In a video message, Tikhanovskaya said". */
export const INTRO_WORDS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'earlier', 'later', 'since', 'speaking', 'asked', 'when', 'while',
  'as', 'for', 'with', 'according', 'meanwhile', 'however', 'still', 'yet', 'instead', 'separately', 'also', 'last',
  'this', 'unlike', 'like', 'despite', 'amid', 'following', 'addressing', 'writing', 'responding', 'referring',
  'if', 'although', 'though', 'because', 'over', 'from', 'by', 'under', 'through', 'within', 'without', 'to',
  'back', 'here', 'there', 'now', 'today', 'then', 'again', 'once', 'first', 'finally', 'ultimately',
]);

/** Sentence-initial words to skip on the way to the subject: "But Putin said ...". */
export const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'or', 'then', 'still', 'now', 'instead', 'indeed']);

/** Articles' own gender cues: "Tikhanovsky's wife, Svetlana Tikhanovskaya" → she is female. */
export const FAMILY_NOUNS: Record<string, Gender> = {
  wife: 'female', husband: 'male', mother: 'female', father: 'male', daughter: 'female', son: 'male',
  sister: 'female', brother: 'male', widow: 'female', widower: 'male', grandmother: 'female', grandfather: 'male',
  aunt: 'female', uncle: 'male', niece: 'female', nephew: 'male', girlfriend: 'female', boyfriend: 'male',
  spokeswoman: 'female', spokesman: 'male', congresswoman: 'female', congressman: 'male', chairwoman: 'female',
  chairman: 'male', businesswoman: 'female', businessman: 'male', actress: 'female', actor: 'male',
  queen: 'female', king: 'male', princess: 'female', prince: 'male', woman: 'female', man: 'male',
  mom: 'female', dad: 'male', stepmother: 'female', stepfather: 'male',
};

/** First or last words of capitalised runs that name institutions and places, not people:
 *  "Interior Ministry", "Independence Square", "New York", "United States" — never "she". */
export const NON_PERSON_HEADS = new Set([
  'ministry', 'union', 'square', 'council', 'department', 'house', 'party', 'committee', 'agency', 'office', 'court',
  'senate', 'congress', 'news', 'post', 'times', 'street', 'bank', 'university', 'association', 'campaign',
  'foundation', 'group', 'administration', 'republicans', 'democrats', 'states', 'kingdom', 'nations', 'city',
  'county', 'state', 'service', 'services', 'police', 'army', 'force', 'forces', 'company', 'corp', 'inc', 'institute',
  'center', 'centre', 'network', 'journal', 'magazine', 'radio', 'tv', 'television', 'channel', 'airport', 'hall',
  'school', 'college', 'church', 'hospital', 'club', 'league', 'commission', 'board', 'bureau', 'authority',
  'organization', 'organisation', 'federation', 'republic', 'coalition', 'alliance', 'movement', 'front', 'street',
  'avenue', 'road', 'river', 'sea', 'ocean', 'island', 'islands', 'mountains', 'valley', 'park', 'tower', 'building',
  'new', 'united', 'north', 'south', 'east', 'west', 'central', 'national', 'federal', 'european', 'american',
  'democratic', 'republican', 'white', 'supreme', 'general', 'international', 'world', 'global', 'fox', 'cnn', 'nbc',
  'abc', 'cbs', 'msnbc', 'twitter', 'facebook', 'google', 'day', 'week', 'act', 'bill', 'plan', 'program', 'project',
]);
