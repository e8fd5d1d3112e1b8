// Closed-class words the quote rules read a clause by, without a parser. Each set is built from
// groups, each group with the reason it is there and an example; src/lexicon/speaker-words.ts holds
// the larger lists (pronouns, fillers, time words, phrase stops, determiners).

import { wordSet, type WordGroup } from './word-groups.js';

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

/** Plural nouns that do not end in -s, which take a bare verb as other plurals do: "police say". */
const PLURALS_WITHOUT_S: WordGroup = {
  reason: 'plural nouns without a final -s: "..., police say", "..., people say", "..., staff say"',
  words: ['police', 'people', 'staff', 'children', 'men', 'women', 'personnel', 'clergy', 'folk'],
};

/** Subjects that take a bare verb form: "they say", "officials who warn". */
export const PLURAL_SUBJECTS = wordSet({ reason: 'plural and first/second person subjects: "we say", "you tell"', words: ['i', 'we', 'they', 'you', 'who'] }, PLURALS_WITHOUT_S);

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

/** Words that open a speaker phrase after a quote in the open-class tag: ""...," the nominee riffed." */
export const TAG_OPENERS = wordSet({ reason: 'determiners before a describing noun: "the nominee", "his spokesman"', words: ['the', 'a', 'an', 'this', 'his', 'her', 'their'] });

/** Transcript honorifics in capitals: "MR. TRUMP: ...". Compared as written (upper case). */
export const TRANSCRIPT_HONORIFICS = wordSet({ reason: 'honorifics in transcript labels: "MR. TRUMP:", "DR. FAUCI:"', words: ['MR', 'MRS', 'MS', 'DR', 'MR.', 'MRS.', 'MS.', 'DR.'] });

/** Small words a title may hold in lower case: "Fire and Fury", "Make America Great Again". */
export const TITLE_SMALL_WORDS = wordSet({ reason: 'articles, conjunctions and short prepositions in title case', words: ['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'with', 'or', 'by', 'from', 'is'] });

/** The word before a quoted title that makes it a work's name: on "Morning Joe", the book "Fire and Fury". */
export const WORK_TITLE_BEFORE = wordSet(
  { reason: 'prepositions and possessives before a show or book: on "Meet the Press", MSNBC\'s "Morning Joe"', words: ['on', 'of', 'in', 'from', "'s", '’s', 's'] },
  { reason: 'naming verbs: titled "The Art of the Deal"', words: ['titled', 'entitled'] },
  { reason: 'kinds of works: the podcast "Pod Save America"', words: ['podcast', 'show', 'program', 'book', 'film', 'movie', 'series', 'album', 'song', 'episode', 'segment', 'column', 'headline',
    'documentary', 'novel', 'memoir', 'play', 'musical', 'single', 'report', 'study', 'exhibition', 'opera'] },
);

/** Words right before a name in quotation marks that say it is a name: call sign "Bober", nicknamed "Big Mike". */
export const NAME_GIVERS = wordSet({
  reason: 'what introduces a person\'s other name: the call sign "Tykhyi", nicknamed "Big Mike", the alias "Lisa"',
  words: ['sign', 'nicknamed', 'nickname', 'codenamed', 'code-named', 'alias', 'pseudonym', 'moniker', 'handle', 'callsign'],
});
/** Two words before a name in quotation marks: goes by "Lisa", known as "El Chapo". */
export const NAME_GIVING_PAIRS = wordSet({
  reason: 'a name someone goes by: goes by "Lisa", known as "El Chapo", went by "Tex"',
  words: ['goes by', 'go by', 'went by', 'going by', 'known as', 'nicknamed as'],
});

/** The word after a quoted title that makes it a work's name: "Morning Joe" host. */
export const WORK_TITLE_AFTER = wordSet({
  reason: 'roles and kinds of shows after a title: "Morning Joe" host, "Fox & Friends" co-host',
  words: ['host', 'hosts', 'show', 'program', 'series', 'segment', 'podcast', 'anchor', 'episode', 'co-host', 'star', 'tv'],
});

/** Prepositions that may sit inside a speaker phrase: "a spokesman for the campaign", "Del. Plaskett of the Virgin Islands". */
export const PHRASE_PREPOSITIONS = wordSet({ reason: 'post-modifiers of a speaker noun: "a spokesman for X", "the head of X", "a lawyer with X"', words: ['of', 'for', 'at', 'with', 'from', 'in'] });

/** Prepositions of place inside a speaker's phrase: "One buyer in Yarmouth", "a teacher at Lincoln High" — the noun before speaks, not the place. */
export const LOCATIVES = wordSet({ reason: 'a place after a speaker noun says where, not who: "traders in Sydney"', words: ['in', 'at', 'near', 'outside'] });

/** Prepositions that bring a time word between subject and verb: "Beck on Wednesday called". */
export const TIME_PREPOSITIONS = wordSet({ reason: '"on Tuesday", "in March", "at night", "last week", "this morning"', words: ['on', 'in', 'at', 'last', 'this'] });

/** Words that start a time phrase read leftwards past a subject: "Lithuanian lawmakers on Tuesday urged". */
export const TIME_PHRASE_OPENERS = wordSet(
  { reason: 'time prepositions and determiners: "on Tuesday", "last week"', words: ['on', 'in', 'at', 'last', 'this'] },
  { reason: 'time adverbs: "earlier this week", "late Monday", "early Tuesday"', words: ['earlier', 'late', 'early'] },
);

/** Time words that end a leftward time phrase rather than belong to it: "the", "next week" after a verb. */
export const TIME_PHRASE_NON_HEADS = wordSet({ reason: 'function words in the time list that cannot end a time phrase', words: ['the', 'on', 'in', 'at', 'this', 'last', 'next'] });

/** Prepositions that stop a rightward time phrase: "on Tuesday at the hearing". */
export const BARE_TIME_PREPOSITIONS = wordSet({ reason: 'a second preposition starts a new phrase', words: ['on', 'in', 'at'] });

/** Time prepositions a rightward scan may skip with their time word: "said on Tuesday", "said earlier this week". */
export const TIME_PREPOSITIONS_RIGHT = wordSet({ reason: '"said on Tuesday", "said earlier this week"', words: ['on', 'in', 'at', 'last', 'this', 'earlier'] });

/** Time conjunctions after a sentence-initial -ly adverb: "Shortly after, Smith said". */
export const TIME_CONJUNCTIONS = wordSet({ reason: '"Shortly after", "Soon afterward", "Long before"', words: ['after', 'before', 'afterward', 'since'] });

/** Relative pronouns: "Stevie Wonder, who said", "policies which he said". */
export const RELATIVES = wordSet({ reason: 'relative pronouns open a clause with a speaker of its own', words: ['who', 'which', 'that'] });

/** What a speaker mention may end with and is dropped from its head: "Stevie Wonder, who". */
export const MENTION_TRAILERS = wordSet({ reason: 'relative pronouns and a comma that corpora mark with the speaker', words: ['who', 'which', 'that', ','] });

/** A compound adjective of place: "the Austin, Texas-based company", "a Toronto-based firm" — the place
 *  says where the body is, not what it is called, and with a comma before it belongs to the phrase. */
export const BASED_COMPOUND = /-based$/i;

/** Numbers that count people out of a group: "two of those people said", "One of the men said". */
export const COUNT_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/** Determiners that stand alone as a subject: "Another said the tone was cordial", "each told reporters". */
export const STANDALONE_DETERMINERS = wordSet({ reason: 'a determiner used as a pronoun before a verb that is no noun', words: ['another', 'each'] });

/** Articles as written at a sentence start, never a name's first word: "The Kremlin said". */
export const CAPITALISED_ARTICLES = wordSet({ reason: 'a capitalised article opens a description, not a name', words: ['The', 'A', 'An'] });

/** Plural or first/second person subjects of a bare tag verb: ""...," officials say", ""...," we say". */
export const BARE_TAG_SUBJECTS = wordSet(
  { reason: 'pronouns that take the bare verb: "I say", "they say"', words: ['i', 'we', 'they', 'you'] },
  PLURALS_WITHOUT_S,
);

/** Words that break a clause between an outer cue and the nearer one: "..., while Macron urged". */
export const CLAUSE_BREAKS = wordSet(
  { reason: 'contrast and concession: "X said ..., but Y urged"', words: ['while', 'whereas', 'but', 'although', 'though'] },
  { reason: 'cause and time: "X said ... because Y claimed"', words: ['because', 'since', 'when', 'after', 'before', 'if', 'until', 'unless'] },
  { reason: 'punctuation that ends a clause', words: [';', '--', '—', '–', '―'] },
);

/** Subordinators that put an outer cue in a side clause: "So when Patriot signaled that ..., Mr. Barrett said". */
export const SUBORDINATORS = wordSet({
  reason: 'adverbial clause openers',
  words: ['when', 'after', 'before', 'if', 'as', 'because', 'while', 'since', 'although', 'though', 'once', 'until', 'unless', 'whether'],
});

/** What may follow a possessed noun cue: "Trump's claim that", "his words: "..."". Compared lower-case. */
export const NOUN_CUE_FOLLOWERS = wordSet({ reason: 'a complement clause or a quotation opens', words: ['that', ':', ',', '"', '“', '«', "'", '„'] });

/** Noun cues that take a to-infinitive: "Trump's promise to "build a wall"". */
export const NOUN_CUES_WITH_TO = wordSet({ reason: 'commitments whose content is an infinitive', words: ['promise', 'pledge', 'call', 'vow'] });

/** Nouns that introduce a quotation after a colon: "a new campaign message: "It's about me."". */
export const MESSAGE_NOUNS = wordSet(
  { reason: 'spoken and written messages', words: ['message', 'statement', 'words', 'answer', 'response', 'reply', 'tweet', 'post', 'note', 'letter', 'warning', 'comment', 'remark', 'remarks', 'question'] },
  { reason: 'short texts: "the headline: "...""', words: ['headline', 'slogan', 'line', 'lines'] },
);

/** Irregular past tenses for the open-class "X shot back, "..."" pattern. */
export const IRREGULAR_PAST_TAGS = wordSet({
  reason: 'past tenses without -ed that can tag a quote: "Hillary shot back", "he fired back", "she swore"',
  words: ['shot', 'spoke', 'wrote', 'began', 'went', 'put', 'thought', 'came', 'gave', 'took', 'made', 'got', 'fired', 'hit', 'struck', 'threw', 'sang', 'swore', 'drew', 'rang', 'broke', 'led'],
});

/** Forms of "be" (and "get") before a participle: a passive, "was told"; or a progressive, "is claiming". */
export const BE_FORMS = wordSet(
  { reason: 'forms of be: "was told", "is claiming"', words: ['was', 'were', 'is', 'are', 'been', 'being', 'be', "'s"] },
  { reason: 'get-passives: "got told"', words: ['get', 'got', 'gets'] },
);

/** Forms of "be" before a quote's cue that make the sentence a report about someone: "footage of Trump saying ... is". */
export const BE_FINITE = wordSet({ reason: 'finite and bare forms of be', words: ['is', 'are', 'was', 'were', 'be', 'been'] });

/** Prepositions of a phrase between a subject and its verb: "Protesters marching through the streets chanted". */
export const SUBJECT_PREPOSITIONS = wordSet({
  reason: 'place and means: "in a later interview said", "through the streets chanted"',
  words: ['in', 'on', 'at', 'during', 'through', 'across', 'from', 'via', 'outside', 'inside', 'near', 'around', 'with'],
});

/** Adjectives and participles that follow a noun with a phrase of their own, as sources are described:
 *  "Two people familiar with the matter said", "People close to the minister said", "A person briefed on
 *  the plan said", "officials involved in the talks said". The preposition each takes is allowed after it. */
export const SOURCE_DESCRIBERS: ReadonlyMap<string, string> = new Map([
  ['familiar', 'with'], ['close', 'to'], ['briefed', 'on'], ['knowledgeable', 'about'], ['involved', 'in'],
  ['opposed', 'to'], ['loyal', 'to'], ['sympathetic', 'to'], ['linked', 'to'], ['connected', 'to'], ['allied', 'with'],
  ['privy', 'to'], ['aware', 'of'], ['present', 'at'],
]);

/** Nouns of knowledge after "with": "officials with knowledge of the investigation said", "a source with
 *  direct knowledge of the talks said" — the phrase describes the source, its "of" object is no subject. */
export const KNOWLEDGE_NOUNS = wordSet({ reason: 'anonymous-source formulas: "with knowledge of the talks"', words: ['knowledge', 'details', 'understanding', 'access'] });

/** Prepositions whose object is never the subject of a verb after it: "a judge because of his
 *  heritage, who fights ..., claims" — "who" claims, not the heritage. */
export const OBJECT_PREPOSITIONS = wordSet({
  reason: 'prepositions that take the phrase after them as object',
  words: ['of', 'about', 'for', 'to', 'with', 'by', 'from', 'against', 'into', 'over', 'toward', 'towards', 'upon'],
});

/** Words between a sending verb and a document: "sent out a press release saying". */
export const DOCUMENT_VERB_PARTICLES = wordSet({ reason: 'particles and articles: "sent out a", "put up an"', words: ['out', 'up', 'off', 'also', 'a', 'an'] });

/** Documents voice their authors' words: "a statement saying", "a letter that says". */
export const DOCUMENTS = wordSet(
  { reason: 'press and written statements', words: ['statement', 'release', 'letter', 'memo', 'report', 'note', 'email', 'e-mail', 'op-ed', 'column'] },
  { reason: 'spoken remarks a person makes: "made a comment that described"', words: ['comment', 'remark'] },
  { reason: 'posts and media', words: ['tweet', 'post', 'message', 'video', 'ad', 'advertisement', 'interview', 'speech', 'remarks', 'language'] },
  { reason: 'legal papers', words: ['filing', 'complaint', 'lawsuit', 'ruling', 'order'] },
);

/** Prepositions between a document and its source: "a letter from his doctor that says". */
export const DOCUMENT_OF = wordSet({ reason: 'a document\'s source or sender', words: ['from', 'by', 'of'] });

/** Prepositions of a reduced passive: "in prison accused of", "described as". */
export const PASSIVE_PREPOSITIONS = wordSet({ reason: '"accused of", "described as", "called by"', words: ['of', 'as', 'by'] });

/** Conjunctions that coordinate two verbs of one subject: "She denied ... and vowed". */
export const VERB_COORDINATORS = wordSet({ reason: 'coordination and sequence', words: ['and', 'but', 'or', 'then'] });

/** Subject pronouns as the first word of a reported clause: "said on Twitter he had". */
export const CLAUSE_PRONOUNS = wordSet({ reason: 'personal subject pronouns', words: ['he', 'she', 'it', 'they', 'we', 'i'] });

/** Words that can open the subject of a reported clause: "said (that) the talks ...", "said police were". */
export const CLAUSE_SUBJECT_OPENERS = wordSet(
  { reason: 'pronouns', words: ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there'] },
  { reason: 'determiners and quantifiers', words: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'no', 'some', 'many', 'most', 'all', 'both'] },
);

/** Prepositions a short phrase after a reporting verb may open with: "said on Twitter", "said in a statement that". */
export const REPORT_PREPOSITIONS = wordSet({
  reason: 'channel, time and audience: "said on Twitter", "told reporters at a briefing"',
  words: ['on', 'in', 'at', 'during', 'to', 'via', 'through', 'after', 'before', 'last', 'earlier', 'this'],
}, { reason: 'where the speaker spoke from: "explained from Winnipeg", "said from his home"', words: ['from'] },
{ reason: 'where the speaker stood: "said outside the courthouse that"', words: ['outside'] });

/** Auxiliaries and irregular past tenses: a reported clause has a verb early ("he had won", "it is ready"). */
export const AUXILIARIES = wordSet(
  { reason: 'be and have', words: ['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had'] },
  { reason: 'modals and do', words: ['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does', 'do'] },
);
export const IRREGULAR_PASTS = wordSet({
  reason: 'common irregular past tenses (regular ones end in -ed)',
  words: ['won', 'said', 'made', 'went', 'came', 'got', 'took', 'gave', 'knew', 'thought', 'told', 'saw', 'left', 'lost', 'met', 'ran', 'paid', 'kept', 'held', 'felt', 'found', 'became', 'began', 'spoke', 'wrote', 'sold', 'built', 'sent'],
}, {
  reason: 'more irregular past tenses that news reports of events use: "he shot ...", "they hid under desks"',
  words: ['shot', 'hid', 'fell', 'stood', 'sat', 'brought', 'bought', 'caught', 'fought', 'heard', 'meant', 'led', 'drove', 'rode', 'wore', 'grew', 'threw', 'flew', 'drew', 'broke', 'chose', 'stole', 'forgot', 'understood', 'blew', 'fled', 'struck', 'sought', 'spent', 'lent', 'dealt', 'swore', 'wept', 'slept', 'ate', 'drank', 'sang', 'rang', 'shook', 'woke', 'froze', 'hung', 'withdrew', 'overtook', 'undertook', 'forgave', 'rose', 'arose'],
});

/** Words before a cue that make it no reporting verb of its sentence: "was said", "to say". */
export const NON_REPORTING_BEFORE = wordSet(
  { reason: 'passives: "it was said that"', words: ['was', 'were', 'been', 'being', 'is', 'are'] },
  { reason: 'infinitives: "declined to say whether"', words: ['to'] },
);

/** Side-clause openers after a comma that end a reported clause: "..., as supporters protested". */
export const SIDE_CLAUSE_OPENERS = wordSet({
  reason: 'the writer\'s time clause: "..., as opposition supporters protested"; contrast (", but ...", ", while ...") goes on reporting, as news corpora mark it',
  words: ['as'],
});

/** Coordinators before a second cue that end reported content: "said he had spoken to Putin and added that". */
export const CONTENT_COORDINATORS = wordSet({ reason: 'a second reporting verb follows', words: ['and', 'but'] });

/** Words that are no subject to inherit a speaker from: "The talks ... ", "It was ...". */
export const NOT_SUBJECT_HEADS = wordSet({ reason: 'articles, demonstratives, expletives and quantifiers', words: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'there', 'some', 'many'] });

/** Pronouns that stand for an organisation or a group: "what they call "..."" names the clause's subject. */
export const GROUP_PRONOUNS = wordSet({ reason: 'third person pronouns for groups and organisations', words: ['it', 'they'] });

/** Pronouns a floating quote may inherit its speaker from: "He then had a question for the crowd." */
export const PERSON_PRONOUNS = wordSet({ reason: 'third person singular: one speaker', words: ['he', 'she'] });

/** Lower-case words inside a person's name: "Ursula von der Leyen", "Osama bin Laden". Compared as written. */
export const NAME_PARTICLES = wordSet({
  reason: 'nobiliary and patronymic particles in European and Arabic names',
  words: ['de', 'van', 'von', 'der', 'den', 'del', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'el'],
});

/**
 * Words a verb in -ed takes first, so that it is a verb there and no adjective before a noun: "Moody's
 * lowered its rating", "said that added to the pressure" (but "GM's planned cutbacks", "said continued
 * shelling"). Each reader adds the few its own context needs.
 */
export const PAST_VERB_NEXT = wordSet({
  reason: 'a determiner, a preposition or a particle after a form in -ed: it takes an object or a phrase',
  words: ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'to', 'for', 'on', 'in', 'at', 'with', 'by',
    'from', 'about', 'up', 'out', 'down', 'off', 'into', 'over', 'against'],
});

/** Words that open an aside naming some of those before it: "Critics, including Public Citizen, argue". */
export const INCLUSION_OPENERS = wordSet({
  reason: 'an aside that names some of a plural subject: "Opponents, among them Rita Gomez, say"',
  words: ['including', 'among', 'notably', 'particularly', 'especially'],
});

/** Pronouns that can stand for a source after "according to": "According to her, the police refused". */
export const SOURCE_PRONOUNS = wordSet({ reason: 'a person or group named before: "According to him, the state had submitted the report"', words: ['him', 'her', 'them'] });

/** Object pronouns after a reporting verb that takes an object: "told him (that) ...", "urged them to ...". */
export const OBJECT_PRONOUNS = wordSet({ reason: 'the audience of told, warned, urged: "told her the talks had failed"', words: ['him', 'her', 'them', 'us', 'me', 'you', 'it'] });

/** Relative pronouns right before a verb make it the verb of a relative clause, not of the reported
 *  clause: "announced the end of a siege that echoed ..." holds no clause. */
export const RELATIVE_OPENERS = wordSet({ reason: 'relative pronouns', words: ['that', 'which', 'who', 'whom', 'whose'] });

/** Words after which a plural-looking word is a noun, not a verb: "their operations", "of concerns". */
export const NOUN_BEFORE = wordSet(
  { reason: 'determiners and possessives: "their operations", "the talks"', words: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many', 'several', 'few', 'all', 'both', 'such', 'no', 'any', 'more', 'most', 'other'] },
  { reason: 'prepositions: "between their operations", "of concerns"', words: ['of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'to', 'between', 'among', 'against', 'over', 'under', 'into'] },
);

/** Negations before a reporting verb: what was not said is no reported speech ("did not say whether ..."). */
export const NEGATIONS = wordSet({ reason: 'negated speech: "did not say", "would never tell", "declined to say"', words: ['not', "n't", 'never', 'declined', 'refused'] });

/** Words before a speaker that make "X said" a noun clause, not a report: "what he said about Uber",
 *  "higher than city reports say it is". */
export const FREE_RELATIVE_OPENERS = wordSet({ reason: 'free relatives and comparisons: "what he calls", "than TransLink says"', words: ['what', 'than'] });

/** Prepositions that cannot open a reported clause after say or tell: "told reporters about ...". */
export const NON_CONTENT_OPENERS = wordSet({ reason: 'topic and audience phrases: "told him about the plan", "said to them"', words: ['about', 'to', 'of', 'for', 'with', 'by'] });

/** Naming verbs whose name follows the object directly, with no "as": "called it a disaster", "dubbed him the king". */
export const NAMING_WITH_OBJECT = wordSet({ reason: 'verbs of naming that take two objects', words: ['call', 'label', 'dub', 'term', 'brand'] });

/** Indefinite pronouns: "said something to redeem himself" reports no clause, unless a verb follows ("said nothing would change"). */
export const INDEFINITE_PRONOUNS = wordSet({ reason: 'the object of say, not the subject of a clause', words: ['something', 'nothing', 'anything', 'everything'] });

/** Evidence that suggests or indicates without speaking: "The data suggests ...", "records indicated ...". */
export const EVIDENCE_NOUNS = wordSet(
  { reason: 'numbers and surveys: "the data suggests", "a private survey suggested"', words: ['data', 'survey', 'surveys', 'poll', 'polls', 'figures', 'numbers', 'statistics', 'results', 'findings', 'evidence', 'research', 'study', 'studies', 'analysis', 'index'] },
  { reason: 'records: "city financial records indicated", "reports indicated"', words: ['records', 'reports', 'documents', 'videos', 'video', 'footage', 'images', 'photos', 'clips', 'signs', 'trends'] },
);

/** Verbs of evidence: with evidence as subject they report no one's words ("the data suggests"); with a person they do ("he suggested"). */
export const EVIDENTIAL_CUES = wordSet({ reason: 'suggest, indicate and signal are said of data as often as of people', words: ['suggest', 'indicate', 'signal'] });

/** Conjunctions before a second report that end the first one's content: "..., while Macron urged ...",
 *  "... but he stressed ...". Subordinators ("if voters demanded") stay inside the content. */
export const REPORT_BREAKS = wordSet({ reason: 'coordination and contrast between two reports', words: ['and', 'but', 'while', 'whereas', 'although', 'though', 'yet'] });

/** Sentence connectives: they link the writer's sentences and are no one's words ("Consequently, analysts said, ..."). */
export const SENTENCE_CONNECTIVES = wordSet({
  reason: 'discourse connectives that open a sentence',
  words: ['nevertheless', 'nonetheless', 'moreover', 'furthermore', 'therefore', 'thus', 'hence', 'consequently', 'meanwhile', 'however', 'additionally', 'similarly', 'likewise', 'accordingly', 'indeed', 'otherwise', 'besides', 'regardless', 'overall', 'elsewhere'],
});

/** Words before a contracted "'s" that make it "is"/"has", not a possessive: "that's", "there's", "who's". */
export const IS_CONTRACTION_HOSTS = wordSet({ reason: 'pronoun-like words that own nothing: "that\'s why", "there\'s no"', words: ['that', 'there', 'here', 'what', 'who', 'where'] });

/** Prepositions: after one, a determiner-like word opens no noun object ("of", "between"). */
export const PHRASE_OPENING_PREPOSITIONS = wordSet({
  reason: 'prepositions that start a phrase of their own',
  words: ['of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'to', 'between', 'among', 'against', 'over', 'under', 'into'],
});

/** Words that open a phrase between a reporting verb and its content: "said by phone", "told several outlets", "said repeatedly". */
export const REPORT_PHRASE_OPENERS = wordSet(
  { reason: 'prepositions of means and company: "said by phone", "told with a smile", "said from Ottawa"', words: ['by', 'for', 'with', 'from'] },
  { reason: 'quantifiers and adverbs: "told several reporters", "said repeatedly"', words: ['several', 'many', 'multiple', 'repeatedly'] },
);

/** Relative pronouns for people: "a spokesman, who said". */
export const PERSON_RELATIVES = wordSet({ reason: 'relative pronouns that refer to people', words: ['who', 'whom'] });

/** Copulas of a pseudo-cleft: "what she said is that ...", "what he said was ...". */
export const CLEFT_COPULAS = wordSet({ reason: 'present and past "be" of a pseudo-cleft', words: ['is', 'was'] });

/** Words that end the reach of a speaking pronoun over the names after it. News prose keeps binding
 *  theory's Principle C close to the pronoun ("he insisted he still trusted Mr Blair" is not Blair),
 *  but not always in a clause further in: '"...," he told Hannity, to cheers at the event where Trump
 *  spoke' is Trump. */
export const OWN_WORDS_ENDS = wordSet(
  { reason: 'relative and subordinate clauses, whose names a reporter may use for the speaker: "he said, as Trump spoke"', words: ['who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'as', 'because', 'although', 'though', 'after', 'before', 'since', 'until', 'if', 'unless'] },
  { reason: 'a clause break: "he said; Trump later added"', words: [';', ':'] },
);

/** Subjects that say no one said it: "Nobody said the plan would work", "Neither company said it would cut jobs". */
export const NONE_SUBJECTS = wordSet({ reason: 'negated subjects of a report', words: ['no', 'nobody', 'none', 'neither', 'nor'] });

/** "No" opening a phrase that denies nothing: "No wonder Trump said", "No doubt officials will say". */
export const NO_IDIOMS = wordSet({ reason: 'idioms with "no" that deny no report', words: ['wonder', 'doubt', 'matter', 'longer', 'sooner'] });

/** Determiners that open a plural subject before a bare verb: "The methods take", "These exams take", "Such methods take". */
export const PLURAL_DETERMINERS = wordSet({ reason: 'a plural subject\'s determiner, not a preposition\'s object', words: ['the', 'these', 'those', 'such', 'many', 'some', 'most', 'both', 'all', 'their', 'our'] });

/** Words after a name that make it a body's: its voice, its people, its stock ("Metrolinx spokesperson Grace Clark", "Loblaw shares"). */
export const BODY_FOLLOWERS = wordSet({
  reason: 'what a company or agency has and a person has not',
  words: ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'employees', 'workers', 'customers', 'executives', 'shareholders', 'shares', 'stock', 'headquarters', 'subsidiary', 'ceo'],
});

/** Cues whose object comes right after them and never invert with their subject: "..., John Smith, a
 *  division head, told Reuters" — Reuters is told, not telling ("said Smith", "asked Smith" do invert). */
export const AUDIENCE_FIRST = wordSet({ reason: 'verbs of telling someone', words: ['tell', 'inform', 'assure', 'notify', 'brief', 'remind'] });
