// Closed-class words the quote rules read a clause by, without a parser. Each set is built from
// groups, each group with the reason it is there and an example; src/lexicon/speaker-words.ts holds
// the larger lists (pronouns, fillers, time words, phrase stops, determiners).

import { wordSet } from './word-groups.js';

/** Determiners that make the next word a noun, so no verb: "the call", "his claims". Numerals are no
 *  articles: "mother of three replied". */
export const ARTICLES = wordSet({
  reason: 'articles, possessives and demonstratives before a noun: "the call", "his claims", "this report"',
  words: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'no', 'any', 'such', 'another'],
});

/** Words before a bare verb form that make it a verb: "would say", "to tell", "didn't say". */
export const MODALS = wordSet(
  { reason: 'modal verbs: "she would say", "he will tell"', words: ['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", "'d"] },
  { reason: 'do-support: "he did say", "they do insist"', words: ['did', 'does', 'do', "n't", 'not'] },
  { reason: 'the infinitive marker: "declined to say"', words: ['to'] },
);

/** Subjects that take a bare verb form: "they say", "officials who warn". */
export const PLURAL_SUBJECTS = wordSet({ reason: 'plural and first/second person subjects: "we say", "you tell"', words: ['i', 'we', 'they', 'you', 'who'] });

/** Subjects that take an -s form: "it reports", "she claims" — where the -s form could be a noun. */
export const SINGULAR_SUBJECTS = wordSet(
  { reason: 'third person pronouns: "it reports", "she claims"', words: ['he', 'she', 'it'] },
  { reason: 'relative pronouns: "a study which shows", "a man who claims"', words: ['who', 'which', 'that'] },
);

/** Words before a capitalised word that make it a noun's complement, not a subject: "the cuts of Clinton claims". */
export const NOUN_CONTEXT = wordSet(
  { reason: 'prepositions: "a list of Clinton claims"', words: ['of', 'on', 'in', 'for', 'about', 'to', 'with', 'by', 'from'] },
  { reason: 'determiners and quantifiers: "all Trump tweets", "the Post reports"', words: ['the', 'a', 'an', 'all', 'some', 'many', 'most', 'his', 'her', 'their', 'its'] },
);

/** Phrase stops that are also names when capitalised: "Theresa May said", "Will Estrada said". */
export const NAME_LIKE_STOPS = wordSet({ reason: 'modal verbs that are first names or surnames: "Theresa May", "Will Estrada"', words: ['may', 'will'] });

/** Clause openers that may still start a speaker phrase when capitalised: "May said", "This reporter asked". */
export const NAME_LIKE_OPENERS = wordSet(
  { reason: 'names: "May", "Will"', words: ['may', 'will'] },
  { reason: 'demonstratives opening a subject: "This official said", "Last year\'s winner said"', words: ['this', 'last'] },
);
