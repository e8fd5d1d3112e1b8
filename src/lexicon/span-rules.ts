// Repairs of the tagger's spans after tagging (src/ner/span-repair.ts), as data: the words each rule
// looks for, with the reason they are there, and every rule's id, reason and an invented example that
// tests/ner/span-repair.test.ts runs. Examples are written with brackets around the tagger's spans:
//
//   before: "The [ORG Muslim Brotherhood and Ennahda ] rejected it ."
//   after:  "The [ORG Muslim Brotherhood ] and [ORG Ennahda ] rejected it ."
//
// The tagger (an averaged perceptron over news of 1996-2011, web text and Wikipedia) reads five words
// around each token; these rules add what a wider look at the sentence or the document tells.

import { wordSet, type WordGroup } from './word-groups.js';

/**
 * Last words of organisation names: a span ending in one of these names a body, and a capitalised word
 * after "and" is another name ("the Japanese Communist Party and Komeito"), while "for", "of" or "on"
 * after it open the rest of the same name ("the Council on Foreign Relations"). Capitalised as written.
 */
export const ORG_HEADS: ReadonlySet<string> = wordSet(
  {
    reason: 'political bodies: "the Japanese Communist Party", "the Muslim Brotherhood", "the Popular Front"',
    words: ['Party', 'Brotherhood', 'Front', 'Movement', 'Alliance', 'Coalition', 'League', 'Congress', 'Parliament', 'Assembly'],
  },
  {
    reason: 'government bodies: "the Ministry of Defence", "the Commission on Human Rights"',
    words: ['Ministry', 'Department', 'Commission', 'Committee', 'Council', 'Agency', 'Bureau', 'Office', 'Authority', 'Administration', 'Board', 'Directorate', 'Secretariat', 'Tribunal', 'Panel'],
  },
  {
    reason: 'research, teaching and advocacy: "the Institute for Near East Policy", "the Center for Strategic Studies"',
    words: ['Institute', 'Institution', 'Center', 'Centre', 'Centers', 'Centres', 'Foundation', 'Association', 'Society', 'Academy', 'Federation', 'Organization', 'Organisation', 'Union', 'Fund', 'Trust', 'Network', 'Forum', 'Initiative', 'Programme', 'Program', 'Project', 'Service', 'Services'],
  },
);

/**
 * Last words that make a name of two words or more a body's, whatever the tagger typed it: a "misc"
 * span ending in one is an organisation ("Canadian Pacific Railway"). Capitalised as written. Not
 * "League", "Cup", "Games" or "Open": CoNLL-2003 and its readers call competitions misc.
 */
export const BODY_HEADS: ReadonlySet<string> = wordSet(
  { reason: 'railways and airlines: "Canadian Pacific Railway", "Indian Railways", "Union Pacific Railroad", "Tallmoor Airlines", "British Airways"', words: ['Railway', 'Railways', 'Railroad', 'Airlines', 'Airways'] },
  { reason: 'banks and firms: "Royal Bank", "Velmora Group", "Tarvik Corporation", "Holloway Company"', words: ['Bank', 'Group', 'Corporation', 'Company'] },
  { reason: 'places of teaching and care, and forces: "Ryerson University", "Humber College", "Sunnybrook Hospital", "Ontario Provincial Police"', words: ['University', 'College', 'Hospital', 'Police'] },
  { reason: 'parties and ministries: "Tallmoor Party", "Holloway Ministry", "Velmora Council"', words: ['Party', 'Ministry', 'Council'] },
);

/**
 * Last words that make a name of two words or more a place's: a "misc" span ending in one is a place
 * ("Taradale Drive", "Downing Street"). Capitalised as written. Not "Park" or "Square", which end
 * companies' and events' names too. A show or an album named for a street ("Coronation Street",
 * "Abbey Road") becomes a place too: news10m has 6 such against 47 streets and roads typed misc.
 */
export const PLACE_HEADS: ReadonlySet<string> = wordSet(
  { reason: 'streets and roads: "Taradale Drive", "Downing Street", "Sunset Boulevard", "Trans-Canada Highway"', words: ['Street', 'Road', 'Avenue', 'Drive', 'Boulevard', 'Lane', 'Highway', 'Crescent'] },
  { reason: 'airports: "Heathrow Airport" (not "Station": "the Nine Mile Nuclear Station", a plant)', words: ['Airport'] },
);

/**
 * Words that end a company's name after "and": "Merrill Lynch and Co" and "Sumitomo Trust and Banking
 * Co Ltd" are one company, not two. A span that ends in one of these is never split at its "and".
 */
export const COMPANY_SUFFIXES: ReadonlySet<string> = wordSet({
  reason: 'legal forms and partnership words: "Robert W. Baird and Co", "Smith and Sons", "Lowe and Partners"',
  words: ['co', 'co.', 'cos', 'company', 'companies', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'plc', 'llc', 'llp', 'sons', 'son', 'partners', 'associates', 'brothers', 'bros', 'bros.', 'cie', 'co.,'],
});

/** Prepositions that continue an organisation's name after its head: "Institute for ...", "Council on ...". */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = wordSet({
  reason: '"the Institute for Near East Policy", "the Ministry of Foreign Affairs", "the Council on Foreign Relations"',
  words: ['for', 'of', 'on'],
});

/** Small words that may stand inside an organisation's name between capitalised words. */
export const NAME_CONNECTORS: ReadonlySet<string> = wordSet({
  reason: '"the Center for Strategic and International Studies", "the Office of the High Representative"',
  words: ['and', '&', 'of', 'for', 'on', 'the'],
});

export interface PlaceFrame {
  /** Lower-case words right before the name. */
  words: string[];
  reason: string;
}

/**
 * Words after which a name is a place: people are not entered, lived in or shelled. A name the tagger
 * calls a person after one of these is a place, in every mention of the same form in the article.
 */
export const PLACE_FRAMES: PlaceFrame[] = [
  ...['residents', 'inhabitants', 'outskirts', 'streets', 'centre', 'center', 'suburbs'].map((w) => ({
    words: [w, 'of'],
    reason: `the ${w} of a place: "residents of Tallmoor fled"`,
  })),
  ...['town', 'city', 'village', 'province', 'district', 'region', 'suburb', 'neighbourhood', 'neighborhood', 'port', 'camp', 'capital', 'governorate'].map(
    (w) => ({ words: [w, 'of'], reason: `a kind of place before its name: "the southern ${w} of Tallmoor"` }),
  ),
  ...['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western'].map((w) => ({
    words: [w, 'of'],
    reason: `a direction from a place: "20 km ${w} of Tallmoor"`,
  })),
  ...['pushed', 'moved', 'advanced', 'marched', 'stormed', 'rolled', 'poured', 'swept', 'pressed', 'fled', 'crossed', 'pushing', 'moving', 'advancing', 'marching'].map(
    (w) => ({ words: [w, 'into'], reason: `movement into a place: "troops ${w} into Tallmoor"` }),
  ),
  ...['arrived', 'landed', 'stationed', 'headquartered'].map((w) => ({
    words: [w, 'in'],
    reason: `being somewhere: "the delegation ${w} in Tallmoor"`,
  })),
  ...['flew', 'travelled', 'traveled', 'sailed', 'drove', 'deported', 'extradited'].map((w) => ({
    words: [w, 'to'],
    reason: `travel to a place: "she ${w} to Tallmoor"`,
  })),
  { words: ['passing', 'through'], reason: 'a route: "buses passing through Tallmoor"' },
  { words: ['passes', 'through'], reason: 'a route: "the road passes through Tallmoor"' },
  ...['shelled', 'bombed', 'besieged', 'invaded', 'evacuated', 'shelling', 'bombing', 'besieging', 'invading', 'evacuating'].map((w) => ({
    words: [w],
    reason: `done to places, not people: "the army ${w} Tallmoor"`,
  })),
  ...['strike', 'strikes', 'airstrike', 'airstrikes', 'bombardment', 'offensive', 'assault'].map((w) => ({
    words: [w, 'on'],
    reason: `military action against a place: "an ${w} on Tallmoor killed dozens"`,
  })),
  ...['siege', 'invasion', 'shelling', 'bombardment', 'evacuation', 'liberation', 'occupation'].map((w) => ({
    words: [w, 'of'],
    reason: `done to places, not people: "the ${w} of Tallmoor"`,
  })),
];

/**
 * Words around a name that only companies and bodies have: a one-word name the tagger calls a person in
 * one of these is an organisation, in every mention of that form (with the same checks as "said it").
 * `before`: lower-case words right before the name; `after`: right after it (a possessive "'s" first is skipped).
 * `misc`: a "misc" name there is one too (not a nationality: "Irish shares"); the tagger reads a new
 * company's name as a product's ("[MISC OpenAI] chief executive Sam Altman"). After a `before` frame the
 * misc name must end the phrase (MISC_FRAME_NEXT), or it only describes what follows ("founder of Jewish
 * rights groups", "a spokesman for Montreal-based Alcan"). `notPerson`: a person's name is at home there
 * as well ("a spokesman for Tallwick"), so only a misc name changes.
 */
export interface BodyFrame {
  before?: string[];
  after?: string[];
  reason: string;
  misc?: boolean;
  notPerson?: boolean;
  /** Holds only for a brand's name (brand-name-organisation): "Tesla recalled" is the company, "Smith recalled" a memory. */
  brand?: boolean;
}

export const BODY_FRAMES: BodyFrame[] = [
  { before: ['shares', 'of'], reason: 'stock: "shares of Tallwick rose"' },
  { before: ['shares', 'in'], reason: 'stock: "a stake ... shares in Tallwick"' },
  { before: ['stake', 'in'], reason: 'ownership: "a 20 percent stake in Tallwick"' },
  { before: ['subsidiary', 'of'], reason: 'a company\'s parts: "a subsidiary of Tallwick"' },
  { before: ['unit', 'of'], reason: 'a company\'s parts: "a unit of Tallwick"' },
  { before: ['division', 'of'], reason: 'a company\'s parts: "a division of Tallwick"' },
  { before: ['merger', 'with'], reason: 'companies merge: "its merger with Tallwick"' },
  { before: ['takeover', 'of'], reason: 'companies are taken over: "the takeover of Tallwick"' },
  ...['shares', 'stock', 'subsidiary', 'subsidiaries', 'division', 'unit', 'headquarters', 'shareholders', 'stockholders'].map((w) => ({
    after: [w],
    reason: `what a company has: "Tallwick's ${w}", "Tallwick ${w}" (not for misc names: "Class B shares", "South Korean shares", "Jakarta-based shareholders")`,
  })),
  { after: ['share', 'price'], reason: 'stock: "Tallwick\'s share price fell"' },
  { after: ['chief', 'executive'], misc: true, reason: 'a company\'s head: "Tallwick\'s chief executive", "Tallwick chief executive Mara Lenz"' },
  ...['ceo', 'co-founder', 'cofounder'].map((w) => ({ after: [w], misc: true, reason: `a company's head or maker: "Tallwick ${w} Mara Lenz"` })),
  // (for misc names only: a place's president is the country's, and nationalities stay misc by the demonym guard)
  ...['president', 'chairman', 'chairwoman'].map((w) => ({ after: [w], misc: true, notPerson: true, reason: `a body's head: "Tallwick ${w} Mara Lenz" (not for a person's name: "the Smith chairman" is rare, "Obama president" wrong)` })),
  ...[['chief', 'executive', 'of'], ['ceo', 'of'], ['founder', 'of'], ['co-founder', 'of'], ['cofounder', 'of']].map((words) => ({
    before: words,
    misc: true,
    reason: `a company's head or maker: "the ${words.join(' ')} Tallwick"`,
  })),
  // a brand's name doing what only companies do: the company, not its product ("Tesla recalled two million cars")
  ...['recalled', 'acquired', 'announced', 'sued', 'launched', 'unveiled', 'hired'].map((w) => ({
    after: [w],
    notPerson: true,
    brand: true,
    reason: `what a company does: "Tallwick ${w} ..." (for brand names only: people do it too, and products do not)`,
  })),
  // (not "a Tallwick spokesman" for misc names: shows and events have spokespeople too, "a Big Brother spokeswoman")
  ...['spokesperson', 'spokesman', 'spokeswoman'].map((w) => ({
    before: [w, 'for'],
    misc: true,
    notPerson: true,
    reason: `a body's voice: "a ${w} for Tallwick said" (people have spokespeople too)`,
  })),
];

/**
 * Nouns that make a name right before ", the ..." or ", a ..." a body's ("Tallwick, the fitness app,
 * said"): the noun ends the description (a comma, a stop, "based", "that" or "which" after it), with at
 * most APPOSITION_WORDS words between the article and it, none of them a function word.
 */
export const APPOSITION_BODY_NOUNS: ReadonlySet<string> = wordSet(
  {
    reason: 'companies and their kinds: "Tallwick, the ride-hailing company,", "Tallwick, a Toronto-based startup,"',
    words: ['company', 'firm', 'startup', 'start-up', 'corporation', 'conglomerate', 'business', 'maker', 'manufacturer', 'giant', 'retailer', 'chain', 'brand', 'group'],
  },
  {
    reason: 'apps, sites and services: "Tallwick, the fitness app,", "Tallwick, the video-sharing platform."',
    words: ['app', 'platform', 'service', 'website', 'site', 'network', 'marketplace', 'broadcaster', 'publisher', 'developer', 'provider', 'operator', 'seller', 'reseller', 'distributor', 'supplier', 'studio', 'label'],
  },
  {
    reason: 'carriers, lenders and other bodies: "Tallwick, the budget airline,", "Tallwick, a British charity,"',
    words: ['airline', 'carrier', 'bank', 'lender', 'insurer', 'supermarket', 'charity', 'nonprofit', 'non-profit', 'agency', 'exchange'],
  },
  {
    reason: 'regulators, the press and organised groups: "Tallwick, the energy regulator,", "Tallwick, the consumer watchdog.", "Tallwick, a local newspaper,", "Tallwick, the trade publication that tracks ...", "Tallwick, the militant group,"',
    words: ['regulator', 'watchdog', 'newspaper', 'outlet', 'publication', 'magazine', 'journal', 'tabloid', 'union', 'party', 'militia', 'organisation', 'organization', 'foundation', 'institute', 'university', 'club', 'council', 'ministry', 'department'],
  },
  {
    reason: 'research bodies, named in two words as often as in one: "Tallwick House, the London think tank,", "the think tank Tallwick House"',
    words: ['think tank', 'think-tank', 'thinktank'],
  },
);

/** Words between the article and the noun of an apposition at most: "Tallwick, the San Francisco-based food delivery app". */
export const APPOSITION_WORDS = 4;

/** Words after the noun of an apposition that end the description: "Tallwick, the fitness app, said". */
export const APPOSITION_ENDS: ReadonlySet<string> = wordSet({
  reason: 'punctuation and the words that go on to say more of the body: "..., a delivery company based in Ohio", "the app that tracks runs", "the UN agency for refugees"',
  words: [',', '.', ';', ':', ')', '—', '–', 'based', 'that', 'which', 'whose', 'founded', 'owned', 'headquartered', 'for'],
});

/** Lower-case words that may follow a misc name after a `before` body frame: "a spokesman for Tallwick said". */
export const MISC_FRAME_NEXT: ReadonlySet<string> = wordSet({
  reason: 'verbs of saying and clause words after the body\'s name: "a spokesman for Tallwick declined to comment", "the founder of Tallwick, which ..."',
  words: ['said', 'says', 'told', 'confirmed', 'added', 'declined', 'stated', 'announced', 'which', 'who', 'that', 'has', 'had', 'is', 'was', 'would', 'did', 'and', 'in'],
});

/**
 * Words after which a place name written in lower case is still a place: "i live in san francisco",
 * "going to baguio alone". Web text and comments drop capitals; news text rarely does.
 */
export const LOWER_PLACE_BEFORE: ReadonlySet<string> = wordSet({
  reason: 'prepositions and verbs of travel that take a place: "in san francisco", "from mexico", "visiting noida"',
  words: ['in', 'to', 'from', 'near', 'around', 'across', 'through', 'between', 'into', 'towards', 'toward', 'via', 'outside', 'visit', 'visiting', 'visited'],
});

/** Last parts of web addresses that make a name written as one ("Tut.by", "Rentals.ca", "Amazon.com") a site's, and so a body's. */
export const DOMAIN_SUFFIXES: ReadonlySet<string> = wordSet(
  { reason: 'generic top-level domains: "Amazon.com", "Suprnova.org", "Plus.net"', words: ['com', 'org', 'net', 'edu', 'gov', 'info', 'biz', 'news', 'app'] },
  {
    // countries-list's ISO 3166-1 codes (MIT), lower-cased, with "uk" and "eu"; not "md", "py", "sh", file
    // names' endings ("README.md", "Setup.py") more often than sites' in text, nor "js" ("Node.js"), no country's
    reason: 'country-code top-level domains: "Tut.by", "Rentals.ca", "Jolt.co.uk", "Determined.ai"',
    words: ['ac', 'ad', 'ae', 'af', 'ag', 'ai', 'al', 'am', 'ao', 'aq', 'ar', 'as', 'at', 'au', 'aw', 'ax', 'az', 'ba', 'bb', 'bd', 'be', 'bf', 'bg', 'bh', 'bi', 'bj', 'bl', 'bm', 'bn', 'bo', 'bq', 'br', 'bs', 'bt', 'bv', 'bw', 'by', 'bz', 'ca', 'cc', 'cd', 'cf', 'cg', 'ch', 'ci', 'ck', 'cl', 'cm', 'cn', 'co', 'cr', 'cu', 'cv', 'cw', 'cx', 'cy', 'cz', 'de', 'dj', 'dk', 'dm', 'do', 'dz', 'ec', 'ee', 'eg', 'eh', 'er', 'es', 'et', 'eu', 'fi', 'fj', 'fk', 'fm', 'fo', 'fr', 'ga', 'gb', 'gd', 'ge', 'gf', 'gg', 'gh', 'gi', 'gl', 'gm', 'gn', 'gp', 'gq', 'gr', 'gs', 'gt', 'gu', 'gw', 'gy', 'hk', 'hm', 'hn', 'hr', 'ht', 'hu', 'id', 'ie', 'il', 'im', 'in', 'io', 'iq', 'ir', 'is', 'it', 'je', 'jm', 'jo', 'jp', 'ke', 'kg', 'kh', 'ki', 'km', 'kn', 'kp', 'kr', 'kw', 'ky', 'kz', 'la', 'lb', 'lc', 'li', 'lk', 'lr', 'ls', 'lt', 'lu', 'lv', 'ly', 'ma', 'mc', 'me', 'mf', 'mg', 'mh', 'mk', 'ml', 'mm', 'mn', 'mo', 'mp', 'mq', 'mr', 'ms', 'mt', 'mu', 'mv', 'mw', 'mx', 'my', 'mz', 'na', 'nc', 'ne', 'nf', 'ng', 'ni', 'nl', 'no', 'np', 'nr', 'nu', 'nz', 'om', 'pa', 'pe', 'pf', 'pg', 'ph', 'pk', 'pl', 'pm', 'pn', 'pr', 'ps', 'pt', 'pw', 'qa', 're', 'ro', 'rs', 'ru', 'rw', 'sa', 'sb', 'sc', 'sd', 'se', 'sg', 'si', 'sj', 'sk', 'sl', 'sm', 'sn', 'so', 'sr', 'ss', 'st', 'sv', 'sx', 'sy', 'sz', 'ta', 'tc', 'td', 'tf', 'tg', 'th', 'tj', 'tk', 'tl', 'tm', 'tn', 'to', 'tr', 'tt', 'tv', 'tw', 'tz', 'ua', 'ug', 'uk', 'um', 'us', 'uy', 'uz', 'va', 'vc', 've', 'vg', 'vi', 'vn', 'vu', 'wf', 'ws', 'xk', 'ye', 'yt', 'za', 'zm', 'zw'],
  },
);

/** A word ending like this right before a name makes it a body: "an Ontario-based Tallwick". */
export const BASED_SUFFIX = '-based';

/**
 * More endings of the word right before a name that only bodies take: "state-owned Tallwick", "Nasdaq-listed
 * Tallwick". Not "-backed": people are backed too ("the Kremlin-backed Lenz").
 */
export const BODY_ADJECTIVE_SUFFIXES: readonly string[] = ['-owned', '-listed', '-controlled', '-run', '-operated', '-headquartered'];

/** Verbs of saying that an organisation does "it"/"its": "Strava said it would change its settings". */
export const SAY_VERBS: ReadonlySet<string> = wordSet({
  reason: 'a reporting verb; with "it" or "its" right after, the sayer is a body, not a person ("Tallwick said its profits rose")',
  words: ['said', 'says', 'announced', 'confirmed', 'added', 'stated'],
});

/** Words that may stand between a name and its verb of saying: "Tallwick also said it ...". */
export const SAY_FILLERS: ReadonlySet<string> = wordSet({
  reason: 'adverbs and auxiliaries between a subject and its verb: "Tallwick also said", "Tallwick has said"',
  words: ['also', 'has', 'had', 'later', 'earlier', 'then', 'previously'],
});

/** After a verb of saying, these make the sayer a person, in every mention of that form ("Penny says she ..."). */
export const PERSON_WORDS: ReadonlySet<string> = wordSet({
  reason: 'personal pronouns: "Tallwick said he would ..." is a person, whatever "Tallwick said it ..." elsewhere suggests',
  words: ['he', 'she', 'his', 'her', 'him', 'i'],
});

/** The object after the verb that makes the sayer a body: a person says "he", "she". */
export const IT_WORDS: ReadonlySet<string> = wordSet({
  reason: '"it" and "its" refer back to a thing or a body: "Tallwick said it would ...", "Tallwick said its ..."',
  words: ['it', 'its'],
});

/** Lower-case nouns after a name that make it an organisation's: "the ruling Tallmoor party". */
export const BODY_NOUNS: ReadonlySet<string> = wordSet({
  reason: 'a party or movement named by its own name: "the ruling Fatah party", "the rival Tallmoor movement" (not "government": CoNLL keeps "the Tehran government" a place)',
  words: ['party', 'movement'],
});

/**
 * Beginnings of surnames written with a capital inside ("McDonald", "DeSantis", "LaGuardia"): a one-word
 * person spelt like that is a person, not a brand. Capitalised as written.
 */
export const SURNAME_PREFIXES: ReadonlySet<string> = wordSet(
  { reason: 'Gaelic and Scottish surnames: "McDonald", "MacArthur", "FitzGerald"', words: ['Mc', 'Mac', 'Fitz'] },
  { reason: 'Romance and Dutch particles written onto the name: "DeSantis", "DiCaprio", "LaGuardia", "LeBron", "DuBois", "VanderMeer"', words: ['De', 'Di', 'Da', 'Du', 'La', 'Le', 'Van', 'Vander', 'Von'] },
);

export interface SpanRule {
  id: string;
  reason: string;
  /** Sentences of one invented article, spans in brackets: "[ORG Muslim Brotherhood ]". */
  example: { before: string[]; after: string[] };
}

export const SPAN_RULES: SpanRule[] = [
  {
    id: 'join-org-complement',
    reason:
      'The tagger reads five words at a time and cuts long organisation names after their head ("Institute"), ' +
      'typing the rest on its own ("Near East" a place). A span ending in an organisation head, then "for", "of" ' +
      'or "on", then capitalised words ending in one that news text mostly writes in lower case ("Policy", ' +
      '"Relations", "Studies"), is one name, an organisation\'s even when the tagger called its start a place or misc. ' +
      'A run ending in a name ("on Iran", "on Tuesday") stays apart.',
    example: {
      before: ['Analysts at the [ORG Holloway Institute ] for [LOC Near East ] Policy agreed .', 'The [LOC Tallmoor Panel ] on [MISC Climate Change ] warned .'],
      after: ['Analysts at the [ORG Holloway Institute for Near East Policy ] agreed .', 'The [ORG Tallmoor Panel on Climate Change ] warned .'],
    },
  },
  {
    id: 'join-org-coordinated-complement',
    reason:
      'The same, when the complement is itself coordinated and the tagger stopped at "and": ' +
      '"the Department of Housing and Urban Development" is one name. A part after "and" with an organisation ' +
      'head or a preposition of its own is another organisation ("the Association of X and the Association of Y"). ' +
      'A last word too rare for the capitalisation table ("Oceans") is taken when no list names a person or place ' +
      'so and the tagger called it misc.',
    example: {
      before: ['The [ORG Tallmoor Department of Housing ] and [ORG Urban Development ] sued .', 'The [ORG Department of Fisheries ] and [MISC Quorvins ] agreed .'],
      after: ['The [ORG Tallmoor Department of Housing and Urban Development ] sued .', 'The [ORG Department of Fisheries and Quorvins ] agreed .'],
    },
  },
  {
    id: 'split-coordination-head',
    reason:
      'A span "A and B" whose first part ends in an organisation head ("Party", "Brotherhood") and whose ' +
      'second part has a word that news text capitalises (not "Library", "Education Consortium") is two organisations; names such as "Procter and Gamble", "Food and ' +
      'Agriculture Organization" or "Ministry of Trade and Industry" do not end their first part in a head.',
    example: {
      before: ['The [ORG Tallmoor Brotherhood and Ennavik ] rejected the decree .'],
      after: ['The [ORG Tallmoor Brotherhood ] and [ORG Ennavik ] rejected the decree .'],
    },
  },
  {
    id: 'split-coordination-known',
    reason:
      'A span "A and B" where A and B are each known as names on their own: as a span elsewhere in the ' +
      'article, or as a place or organisation in the gazetteer when the part has a word that news text ' +
      'capitalises (not "Cable and Wireless", "Friends", "Library"). A span ending in "Co", "Inc", "Corp" ("Merrill ' +
      'Lynch and Co", "Sumitomo Trust and Banking Co") is one company, and a "misc" span (a title: "War and Peace") stays whole. Names the gazetteer holds whole ("Bosnia and ' +
      'Herzegovina", "Trinidad and Tobago") stay whole, and so does any span with a small word before its "and" ' +
      '("Organisation for Security and Cooperation in Europe").',
    example: {
      before: ['[ORG Velmora Group ] said on Monday .', 'Talks between [ORG Velmora Group and Tarvik Holdings ] ended .', '[ORG Tarvik Holdings ] agreed .'],
      after: ['[ORG Velmora Group ] said on Monday .', 'Talks between [ORG Velmora Group ] and [ORG Tarvik Holdings ] ended .', '[ORG Tarvik Holdings ] agreed .'],
    },
  },
  {
    id: 'split-coordination-people',
    reason: 'Two people joined by "and" ("Mara Lenz and Tomas Brill"), each starting with a known first name, are two people.',
    example: {
      before: ['[PER Mara Lenz and Tomas Brill ] were removed from the show .'],
      after: ['[PER Mara Lenz ] and [PER Tomas Brill ] were removed from the show .'],
    },
  },
  {
    id: 'place-frame',
    reason:
      'A name typed as a person right after words that only places follow ("residents of", "pushed into", ' +
      '"the town of") is a place, and so is every other mention of the same form in the article that the tagger ' +
      'called a person (a new town reads like a person\'s name to a tagger trained on older news).',
    example: {
      before: ['Fighting spreads to [PER Tal Varesh ] .', 'Troops pushed into [PER Tal Varesh ] on Tuesday .'],
      after: ['Fighting spreads to [LOC Tal Varesh ] .', 'Troops pushed into [LOC Tal Varesh ] on Tuesday .'],
    },
  },
  {
    id: 'party-word-organisation',
    reason:
      'A name typed as a place or a person right before "party" or "movement" in lower case names that party: ' +
      'the tagger reads "ruling Fatah" like "ruling Gaza". Only this mention changes (the same word may name a place).',
    example: {
      before: ['Supporters of the ruling [LOC Tallmoor ] party marched .'],
      after: ['Supporters of the ruling [ORG Tallmoor ] party marched .'],
    },
  },
  {
    id: 'person-majority',
    reason:
      'A one-word name that is the last word of a person named in full in the article ("Mara Washington"), and ' +
      'that the tagger calls a person more often than a place, is the person where the tagger said place ' +
      '("the never-say-die Washington").',
    example: {
      before: ['[PER Mara Washington ] won .', '[PER Washington ] served .', 'It was hard for [PER Washington ] .', 'The crowd cheered the tireless [LOC Washington ] .'],
      after: ['[PER Mara Washington ] won .', '[PER Washington ] served .', 'It was hard for [PER Washington ] .', 'The crowd cheered the tireless [PER Washington ] .'],
    },
  },
  {
    id: 'body-frame-organisation',
    reason:
      'A one-word "person" (with the checks of said-it-organisation) in words that only companies and bodies have ' +
      '("shares of X", "a subsidiary of X", "X\'s share price", "an Ontario-based X", "the state-owned X") is an organisation, in every mention.',
    example: {
      before: ['The deal will expand Ontario-based [PER Quorvia ] .', '[PER Quorvia ] rose 2 percent .'],
      after: ['The deal will expand Ontario-based [ORG Quorvia ] .', '[ORG Quorvia ] rose 2 percent .'],
    },
  },
  {
    id: 'role-frame-organisation',
    reason:
      'A company\'s head, maker and voice name it: "the chief executive of X", "X chief executive Mara Lenz", ' +
      '"X CEO", "X president", "X chairman" (misc names only), "co-founder of X", "a spokesman for X said". The tagger reads a new company\'s name as a product\'s ' +
      '(misc) or a surname; such a misc name (not a nationality: "Irish", "London-based"), or a one-word "person" with ' +
      'the checks of said-it-organisation (never for spokespeople: people have them too), is an organisation in every mention. ' +
      'After "for" or "of" the misc name must end the phrase: not "founder of Jewish rights groups".',
    example: {
      before: ['[PER Mara Lenz ] , chief executive of [MISC Quorvia ] , spoke .', 'A spokesman for [MISC Tallwick Eats ] said so .', '[MISC Quorvia ] makes [MISC Tallwick Eats ] work .'],
      after: ['[PER Mara Lenz ] , chief executive of [ORG Quorvia ] , spoke .', 'A spokesman for [ORG Tallwick Eats ] said so .', '[ORG Quorvia ] makes [ORG Tallwick Eats ] work .'],
    },
  },
  {
    id: 'apposition-organisation',
    reason:
      'A name described right after it as a body, ", the fitness app," or ", a Toronto-based delivery company that", ' +
      'is one: an article, at most four words that are no function words, a body noun (APPOSITION_BODY_NOUNS) and the ' +
      'end of the description. A misc name (not a nationality) or a one-word "person" with the checks of ' +
      'said-it-organisation becomes an organisation in every mention, and so does a place ("Amazon, the online ' +
      'retailer,": a place is never described as a company) with its mentions typed person, and so do capitalised words ' +
      'the tagger left out ("Ticketmaster, the ticket seller, faced ..."); not "Mara, a company spokeswoman,", nor "However, the company said".',
    example: {
      before: ['[PER Quorvia ] , the fitness app , changed its settings .', 'Users of [PER Quorvia ] complained .', '[PER Lenz ] , a company spokeswoman , said so .', '[LOC Tallwa ] , the UN agency for refugees , said so .'],
      after: ['[ORG Quorvia ] , the fitness app , changed its settings .', 'Users of [ORG Quorvia ] complained .', '[PER Lenz ] , a company spokeswoman , said so .', '[ORG Tallwa ] , the UN agency for refugees , said so .'],
    },
  },
  {
    id: 'body-noun-before-organisation',
    reason:
      'News names a company, agency or paper after saying what it is: "state news agency X said", "chipmaker X", ' +
      '"the ride-hailing company X", "the children\'s charity X". A body noun (APPOSITION_BODY_NOUNS, or a word ending in ' +
      '"-maker") right before a misc name that ends its phrase, or before a one-word "person" with the checks of ' +
      'said-it-organisation, makes it an organisation in every mention.',
    example: {
      before: ['Belarusian state news agency [PER Quorvia ] said so .', 'Shares of chipmaker [MISC Tallwick ] , which rose , fell .', '[PER Quorvia ] also reported it .'],
      after: ['Belarusian state news agency [ORG Quorvia ] said so .', 'Shares of chipmaker [ORG Tallwick ] , which rose , fell .', '[ORG Quorvia ] also reported it .'],
    },
  },
  {
    id: 'lower-case-place',
    reason:
      'Web text and comments drop capitals ("i wan na meet girls from san francisco"), and the tagger, trained mostly ' +
      'on edited text, misses such places. Words in lower case right after a preposition or verb of travel ' +
      '(LOWER_PLACE_BEFORE), right after a place ("San Francisco california") or before one after "and" ("vietnam and ' +
      'Afghanistan") that the gazetteer holds as a country, region or city of 100,000 people, none of them a ' +
      'word that running text writes in lower case ("in reading", "to bath", "in nice"), are a place.',
    example: {
      before: ['we flew from mexico to san francisco in july .', 'she moved to reading last year .'],
      after: ['we flew from [LOC mexico ] to [LOC san francisco ] in july .', 'she moved to reading last year .'],
    },
  },
  {
    id: 'domain-name-organisation',
    reason:
      'A name written as a web address ("Tut.by", "Rentals.ca", "Amazon.com": a capital, then lower-case top-level ' +
      'domains, DOMAIN_SUFFIXES or a two-letter country code) names the site or its company, an organisation, ' +
      'whatever the tagger typed it (misc for a product, a place for ".co.uk").',
    example: {
      before: ['He spoke to the [MISC Quorvia.by ] news website .', 'Shares of [LOC Tallwick.co.uk ] fell .'],
      after: ['He spoke to the [ORG Quorvia.by ] news website .', 'Shares of [ORG Tallwick.co.uk ] fell .'],
    },
  },
  {
    id: 'said-it-organisation',
    reason:
      'A one-word "person" that is no first name, has no title before it and is no part of a longer person ' +
      'name in the article, or a "misc" name, followed by "said it" or "said its", is an organisation (new apps ' +
      'and companies read like surnames to the tagger), and so is a "misc" name followed by a verb and "its" ' +
      '("Quorvia shut its plant"; not "in its", "or its", nor after a preposition: "the race for the Oscars entered its ' +
      'final stage"): every mention of that form becomes one, unless a mention ' +
      'of it has a title before it or says "he" or "she" ("Penny says she understands").',
    example: {
      before: ['[PER Quorvia ] said it would change its settings .', 'Users of [PER Quorvia ] complained .'],
      after: ['[ORG Quorvia ] said it would change its settings .', 'Users of [ORG Quorvia ] complained .'],
    },
  },
  {
    id: 'misc-body-head',
    reason:
      'A "misc" name of two words or more that ends in a word only bodies end in (BODY_HEADS: "Railway", "Bank", ' +
      '"University") is an organisation, in every mention of it typed misc: the tagger reads "Canadian Pacific" ' +
      'like a nationality and keeps the whole misc.',
    example: {
      before: ['Three workers of [MISC Tallmoor Pacific Railway ] died .', 'A [MISC Tallmoor Pacific Railway ] spokesman said so .', 'The [MISC Tallmoor ] trains ran .'],
      after: ['Three workers of [ORG Tallmoor Pacific Railway ] died .', 'A [ORG Tallmoor Pacific Railway ] spokesman said so .', 'The [MISC Tallmoor ] trains ran .'],
    },
  },
  {
    id: 'organisation-title-trim',
    reason:
      'A title at the end of an organisation\'s span, right before a person\'s name, is the person\'s (CoNLL-2003 marks ' +
      '"U.N." and "Antonio Guterres", not "U.N. Secretary-General"): honorifics and "Secretary-General" are cut off, and ' +
      'the span keeps its first word.',
    example: {
      before: ['[ORG Tallmoor Union Secretary-General ] [PER Mara Lenz ] spoke .', 'The [ORG Tallmoor Bank ] [PER Mara Lenz ] spoke .'],
      after: ['[ORG Tallmoor Union ] Secretary-General [PER Mara Lenz ] spoke .', 'The [ORG Tallmoor Bank ] [PER Mara Lenz ] spoke .'],
    },
  },
  {
    id: 'compound-adjective-split',
    reason:
      'A compound adjective of place or backing inside a span ("Paris-based", "Y Combinator-backed", "state-owned", ' +
      '"Nasdaq-listed") describes the name after it, which is a company: the span starts after the compound and is ' +
      'an organisation. (The place or backer inside the compound is half a word and is left out.)',
    example: {
      before: ['[PER Quorvin-backed Tallwick ] raised $ 40 million .', '[MISC Tallmoor-based Velmora AI ] is a rival .'],
      after: ['Quorvin-backed [ORG Tallwick ] raised $ 40 million .', 'Tallmoor-based [ORG Velmora AI ] is a rival .'],
    },
  },
  {
    id: 'first-name-place-join',
    reason:
      'A one-word place that is also a given name (or a person\'s name in the training data) right before a person\'s name, ' +
      'with nothing between and no preposition before it, starts that name: the tagger splits "Jordan Michael Clarke" into ' +
      'the country and "Michael Clarke" (but "ambassador to Slovakia Igor Leshchenya" is two names).',
    example: {
      before: ['The accused , [LOC Jordan ] [PER Mara Lenz ] , appeared .', 'Talks in [LOC Jordan ] , [PER Mara Lenz ] said , failed .', 'The envoy to [LOC Jordan ] [PER Mara Lenz ] spoke .'],
      after: ['The accused , [PER Jordan Mara Lenz ] , appeared .', 'Talks in [LOC Jordan ] , [PER Mara Lenz ] said , failed .', 'The envoy to [LOC Jordan ] [PER Mara Lenz ] spoke .'],
    },
  },
  {
    id: 'misc-place-head',
    reason:
      'A "misc" name of two words or more that ends in a street\'s, a road\'s or an airport\'s word (PLACE_HEADS: ' +
      '"Drive", "Street", "Airport") is a place, in every mention of it typed misc.',
    example: {
      before: ['Police were called to [MISC Tallwick Drive ] .', 'The [MISC Tallmoor ] trains ran .'],
      after: ['Police were called to [LOC Tallwick Drive ] .', 'The [MISC Tallmoor ] trains ran .'],
    },
  },
  {
    id: 'brand-name-organisation',
    reason:
      'A "person" named exactly as a company, service or app is (simple-icons\' brand names, kept in the model\'s ' +
      'gazetteer: "Uber Eats", "Strava", "Napster") is that body, when neither the name nor any of its words is a given ' +
      'name, a surname or a person of the training data ("Ray", "Abbott", "Ford" stay people): every mention of it typed ' +
      'person becomes an organisation, unless a mention of it has a title or says "he" or "she". A misc brand name, ' +
      'a company\'s or a product\'s, is the company in the frames of body-frame-organisation ("Shopify shares rose", ' +
      '"Tesla recalled", "TikTok announced"; ' +
      'a frame before it only when the name ends its phrase: not "a pyenv-controlled Python version").',
    example: {
      before: ['[PER Uber Eats ] raised its fees .', 'Couriers for [PER Uber Eats ] struck .', '[PER Strava ] said he would appeal .', 'Mr [PER Napster ] spoke .', '[PER Ray ] sang .', '[MISC Shopify ] shares rose .', 'a pyenv-controlled [MISC Python ] version'],
      after: ['[ORG Uber Eats ] raised its fees .', 'Couriers for [ORG Uber Eats ] struck .', '[PER Strava ] said he would appeal .', 'Mr [PER Napster ] spoke .', '[PER Ray ] sang .', '[ORG Shopify ] shares rose .', 'a pyenv-controlled [MISC Python ] version'],
    },
  },
  {
    id: 'acronym-name-join',
    reason:
      'An organisation followed by its acronym in brackets ("(CISA)") is named by the words the acronym spells: when ' +
      'the tagger took only the end of the name ("Cybersecurity and [Infrastructure Security Agency] (CISA)"), the ' +
      'capitalised words before it, with small words and commas between (ACRONYM_SKIP), are taken in while they ' +
      'spell it, and no further. Such a name is never split at its "and" ("Scottish and Newcastle (S&N)").',
    example: {
      before: ['The Quorvia and [ORG Tallmoor Safety Agency ] ( [ORG QTSA ] ) said so .', 'Quorvia and [ORG Tallmoor Safety Agency ] ( [ORG TSA ] ) said so .', '[MISC Quorvia Talks on Tallmoor ] and [ORG Safety Agency ] ( [ORG TSA ] ) met .', '[ORG Scottish and Newcastle ] ( [ORG S&N ] ) rose .'],
      after: ['The [ORG Quorvia and Tallmoor Safety Agency ] ( [ORG QTSA ] ) said so .', 'Quorvia and [ORG Tallmoor Safety Agency ] ( [ORG TSA ] ) said so .', '[MISC Quorvia Talks on Tallmoor ] and [ORG Safety Agency ] ( [ORG TSA ] ) met .', '[ORG Scottish and Newcastle ] ( [ORG S&N ] ) rose .'],
    },
  },
  {
    id: 'short-name-organisation',
    reason:
      'A company written once in full, its short name and legal forms only ("Moderna Inc", "Glaxo Holdings PLC": ' +
      'COMPANY_NAME_SUFFIXES), shows that short name to be the company: its one-word mentions typed otherwise ' +
      '("Shares of Moderna" as a place, "the Moderna vaccine" as misc, "EXXON" as a person) become the organisation. ' +
      'Not a nationality ("American" of "American Motors Corp"), a place the gazetteer holds ("Paris" of "Paris Group"), ' +
      'nor a person\'s name by the tests of said-it-organisation ("Bond" where "Alan Bond" is named).',
    example: {
      before: ['[ORG Quorvia Inc ] won approval .', 'Shares of [LOC Quorvia ] rose .', 'The [MISC Quorvia ] vaccine works .', '[ORG Paris Group ] sold [LOC Paris ] flats .', '[ORG Tallwick Corp ] founder [PER Mara Tallwick ] and [PER Tallwick ] spoke .'],
      after: ['[ORG Quorvia Inc ] won approval .', 'Shares of [ORG Quorvia ] rose .', 'The [ORG Quorvia ] vaccine works .', '[ORG Paris Group ] sold [LOC Paris ] flats .', '[ORG Tallwick Corp ] founder [PER Mara Tallwick ] and [PER Tallwick ] spoke .'],
    },
  },
  {
    id: 'club-short-name-organisation',
    reason:
      'An organisation written in full whose last word is also written alone, typed a person, with a player\'s or ' +
      'coach\'s role after it ("Aston Villa" ... "Villa captain John McGinn", "Villa\'s manager"): that word is the ' +
      'club\'s short name, in all its mentions. Not a person\'s name the tagger typed a body ("[ORG Rush Limbaugh]" ... ' +
      '"Limbaugh said"), nor when a person\'s longer name holds the word or a mention shows a person ("Mr Villa").',
    example: {
      before: ['[ORG Tallmoor Rovers ] won . [PER Rovers ] captain [PER Mara Lenz ] scored . [PER Rovers ] lost .', '[ORG Tavo Lindqvist ] spoke . [PER Lindqvist ] smiled .'],
      after: ['[ORG Tallmoor Rovers ] won . [ORG Rovers ] captain [PER Mara Lenz ] scored . [ORG Rovers ] lost .', '[ORG Tavo Lindqvist ] spoke . [PER Lindqvist ] smiled .'],
    },
  },
  {
    id: 'party-tag-no-name',
    reason:
      'AP style sets a US legislator\'s party and state after the name, between commas or in brackets ("Sen. Jane Roe, ' +
      'D-Calif., said", "(R-Texas)": PARTY_TAG). The tagger takes the capitalised word for a name; it is none.',
    example: {
      before: ['Sen. [PER Mara Lenz ] , [PER R-Texas ] , said so .', 'Rep. [PER Tomas Brill ] ( [MISC D-Calif ] ) agreed .'],
      after: ['Sen. [PER Mara Lenz ] , R-Texas , said so .', 'Rep. [PER Tomas Brill ] ( D-Calif ) agreed .'],
    },
  },
  {
    id: 'possessive-business-name',
    reason:
      'A name with a possessive that possesses nothing, before a verb (verbAfterPossessive: "said", "declined to", not "planned ' +
      'cutbacks"), that speaks of itself as "it" or stands after "for", "at" or "from", is a business named so, a restaurant or a ' +
      'shop ("Denny\'s said it would shut 150 restaurants", "a spokesperson for Applebee\'s said"): the tagger read a person. ' +
      'Its possessive is part of its name, in every mention of the name with one ("Wendy\'s chief executive").',
    example: {
      before: ["[PER Quorvin ] 's said it would close 150 restaurants .", "A spokesperson for [PER Tallwick ] 's said so .", "[PER Quorvin ] 's chief executive spoke .", "[PER Mara Lenz ] 's planned trip to its plant failed ."],
      after: ["[ORG Quorvin 's ] said it would close 150 restaurants .", "A spokesperson for [ORG Tallwick 's ] said so .", "[ORG Quorvin 's ] chief executive spoke .", "[PER Mara Lenz ] 's planned trip to its plant failed ."],
    },
  },
  {
    id: 'title-acronym-no-name',
    reason:
      'An office written in capitals ("MLA", "MP", "MPP", "CEO": a title of src/lexicon/roles.ts) is no name: the tagger ' +
      'takes "the MLA for Fort Rouge" for a body, and the office for the one who speaks. CoNLL-2003 leaves "MPs" and "CEO" out.',
    example: {
      before: ['" We were told , " the [ORG MLA ] for [LOC Fort Rouge ] said .', '[ORG CEO ] [PER Mara Lenz ] spoke .', 'The [ORG NHS ] paid .'],
      after: ['" We were told , " the MLA for [LOC Fort Rouge ] said .', 'CEO [PER Mara Lenz ] spoke .', 'The [ORG NHS ] paid .'],
    },
  },
  {
    id: 'party-member-split',
    reason:
      'A party\'s member as a noun ("the Iowa Republican said", "the first-term Democrat": PARTY_MEMBERS) describes a ' +
      'person; the tagger takes "Iowa Republican" for a body. After "the", "a" or a word in lower case, with no capital ' +
      'after it ("the Iowa Republican Party" is a name), the word is misc and a place before it a place.',
    example: {
      before: ['The [ORG Ohio Republican ] said so .', 'The first-term [ORG Democrat ] agreed .', 'The [ORG Ohio Republican Party ] met .', 'The [ORG Quorvin Democrat ] spoke .'],
      after: ['The [LOC Ohio ] [MISC Republican ] said so .', 'The first-term [MISC Democrat ] agreed .', 'The [ORG Ohio Republican Party ] met .', 'The [ORG Quorvin Democrat ] spoke .'],
    },
  },
  {
    id: 'title-of-name-split',
    reason:
      'After a title and "of" or "for" ("Secretary of", "Minister for"), the words up to a given name finish the title, and the ' +
      'name from there on is a person: the tagger reads "Secretary of [State Antony Blinken]" as one place. Only when a ' +
      'given name of the lists stands inside the span, with up to three capitalised words to its end, none a company\'s ' +
      '("chairman of Kleinwort Benson Cross Financing Inc"); without a given name of the lists, the leading words that ' +
      'running text writes in lower case, before words it never does ("Commissioner for [ORG Trade Maros Sefcovic]").',
    example: {
      before: ['U.S. Secretary of [LOC State Mara Lenz ] spoke .', 'The chairman of [ORG Kleinwort Benson Cross Financing Inc ] spoke .', 'Commissioner for [ORG Trade Taduvo Keloran ] spoke .', 'Minister for [ORG Foreign Affairs ] spoke .'],
      after: ['U.S. Secretary of State [PER Mara Lenz ] spoke .', 'The chairman of [ORG Kleinwort Benson Cross Financing Inc ] spoke .', 'Commissioner for Trade [PER Taduvo Keloran ] spoke .', 'Minister for [ORG Foreign Affairs ] spoke .'],
    },
  },
  {
    id: 'camel-case-organisation',
    reason:
      'A one-word "person" with a capital inside after a small letter ("TikTok", "DoorDash", "BioNTech") is how ' +
      'companies and apps spell their names, not people (but "McDonald", "DeSantis": SURNAME_PREFIXES; and not a ' +
      'handle, "@MaraLenz" or "MaraLenz", a first name run into a surname): every mention of it typed person becomes ' +
      'an organisation, unless a mention of it has a title or says "he" or "she".',
    example: {
      before: ['[PER QuorLink ] sued the regulator on Monday .', 'The ban on [PER QuorLink ] was lifted .', '[PER McTavish ] said he would appeal .', 'She wrote to @ [PER MaraLenz ] and [PER TomasBrill ] .'],
      after: ['[ORG QuorLink ] sued the regulator on Monday .', 'The ban on [ORG QuorLink ] was lifted .', '[PER McTavish ] said he would appeal .', 'She wrote to @ [PER MaraLenz ] and [PER TomasBrill ] .'],
    },
  },
];
