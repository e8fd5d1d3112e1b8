// Words that say nothing about what an article is about, grouped by why. Used twice:
//  - sentence vectors for the summary graph leave them out, so "the", "said" and "on Tuesday" do
//    not make two unrelated sentences look alike;
//  - keyphrase candidates are runs of words between them: "urged Russian President Vladimir Putin to
//    push for dialogue" → "Russian President Vladimir Putin", "push", "dialogue".
// All lower case; the apostrophe is a straight one (terms.ts folds ’ to ').

/** Function words: articles, pronouns, prepositions, conjunctions, auxiliaries. Reason: grammar, not topic. */
export const FUNCTION_WORDS = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'such',
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours',
  'yourself', 'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its',
  'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'who', 'whom', 'whose', 'which', 'what',
  'whatever', 'whoever', 'one', 'ones', 'someone', 'somebody', 'something', 'anyone', 'anybody', 'anything',
  'everyone', 'everybody', 'everything', 'nobody', 'nothing', 'none', 'each', 'every', 'either', 'neither',
  'both', 'all', 'any', 'some', 'few', 'many', 'much', 'more', 'most', 'less', 'least', 'other', 'others',
  'another', 'own', 'same', 'several', 'enough',
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'amongst', 'around', 'as', 'at',
  'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'despite', 'down',
  'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto',
  'out', 'outside', 'over', 'past', 'per', 'since', 'than', 'through', 'throughout', 'till', 'to', 'toward',
  'towards', 'under', 'underneath', 'until', 'unto', 'up', 'upon', 'via', 'with', 'within', 'without',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'unless', 'because', 'although', 'though', 'while',
  'whereas', 'whether', 'when', 'whenever', 'where', 'wherever', 'why', 'how', 'however', 'then', 'thus',
  'therefore', 'hence', 'also', 'too', 'very', 'just', 'only', 'even', 'still', 'already', 'again', 'ever',
  'never', 'not', 'no', 'yes', 'now', 'here', 'there', 'rather', 'quite', 'almost', 'perhaps', 'maybe',
  'instead', 'indeed', 'often', 'always', 'sometimes', 'usually', 'really', 'well', 'far', 'soon', 'later',
  'once', 'twice', 'ago', 'away', 'back', 'further', 'meanwhile', 'so-called', 'etc',
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does',
  'did', 'doing', 'done', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'ought', 'need', 'get', 'gets', 'got', 'getting', 'make', 'makes', 'made', 'making', 'take', 'takes',
  'took', 'taken', 'go', 'goes', 'went', 'gone', 'going', 'come', 'comes', 'came', 'coming', 'see', 'seen',
  'saw', 'seem', 'seems', 'seemed', 'become', 'became', 'becomes', 'let', 'put', 'give', 'gave', 'given',
  'keep', 'kept', 'want', 'wants', 'wanted', 'know', 'knew', 'known', 'think', 'thought', 'use', 'used',
  'using', 'find', 'found', 'look', 'looked', 'looking', 'include', 'includes', 'included', 'including',
  // clitics as the tokenizer splits them: "Putin's" → "Putin" "'s", "don't" → "do" "n't"
  "'s", "'re", "'ve", "'ll", "'d", "'m", "n't", 's', 't', 'mr', 'mrs', 'ms', 'dr',
];

/**
 * Reporting and speech verbs. Reason: every story has "said"; they mark quotes, not topics. Forms that
 * are also common nouns ("calls", "claims", "report", "plan") are left out: "the flurry of calls".
 */
export const REPORTING_VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'ask', 'asks', 'asked', 'noted', 'claimed', 'stated', 'reported', 'reportedly', 'announce', 'announced',
  'explain', 'explained', 'describe',
  'described', 'insist', 'insisted', 'suggest', 'suggested', 'believe', 'believed', 'believes', 'according',
  'urge', 'urged', 'urges', 'called', 'speak', 'spoke', 'spoken', 'speaking', 'agree',
  'agreed', 'warn', 'warned', 'argue', 'argued', 'expect', 'expected', 'hoped', 'planned',
  'write', 'wrote', 'written', 'confirm', 'confirmed', 'deny', 'denied', 'accuse', 'accused',
];

/** Calendar words. Reason: they say when, not what: "on Tuesday" is in every daily story. */
export const CALENDAR_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'day', 'days',
  'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'decade', 'decades', 'earlier', 'last',
  'next', 'first', 'second', 'third', 'recent', 'recently', 'currently', 'time', 'times',
];

/**
 * Nouns too general to name a topic alone. Reason: "people", "number", "way" rank high on frequency in
 * any article yet tell a reader nothing; they may still sit inside a phrase ("people's vote").
 */
export const VAGUE_NOUNS = [
  'people', 'person', 'thing', 'things', 'way', 'ways', 'lot', 'lots', 'number', 'part', 'kind', 'sort',
  'fact', 'case', 'point', 'place', 'end', 'side', 'man', 'men', 'woman', 'women', 'percent', 'per cent',
  'cent', 'bn', 'm', 'us$', 'pct', 'mln', 'billion', 'million', 'thousand', 'thousands', 'hundreds',
  'dozen', 'dozens', 'new', 'old', 'big', 'good', 'great', 'high', 'low', 'large', 'small', 'long', 'latest',
  'major', 'top', 'able', 'likely', 'possible', 'certain', 'whole', 'full', 'real', 'different', 'important',
];

/** Number words. Reason: counts, not topics; they also end phrases: "left two people dead". */
export const NUMBER_WORDS = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'half', 'quarter', 'double', 'single',
];

import { HONORIFICS } from './honorifics.js';

const set = (...lists: string[][]) => new Set(lists.flat());

/** Left out of sentence vectors. */
export const STOPWORDS: ReadonlySet<string> = set(FUNCTION_WORDS, REPORTING_VERBS, CALENDAR_WORDS, NUMBER_WORDS);

/** Break keyphrase candidates and never stand as a keyword alone. */
export const PHRASE_BREAKERS: ReadonlySet<string> = set(FUNCTION_WORDS, REPORTING_VERBS, CALENDAR_WORDS, NUMBER_WORDS);

/** May sit inside a phrase but are dropped from its edges and never a keyword alone. */
export const WEAK_WORDS: ReadonlySet<string> = set(VAGUE_NOUNS);

/**
 * Never a keyword alone, yet kept inside phrases ("prime minister"): honorifics. "Lord" out of
 * "Lord Kinnock" (whose name the tagger keeps apart) says nothing by itself.
 */
export const NOT_ALONE: ReadonlySet<string> = set(HONORIFICS.map((h) => h.word));
