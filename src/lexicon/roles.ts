// Nouns that describe who (or what) a mention is, for the coreference stage: a description such as
// "the mayor", "the company" or "a statement" is a mention of someone the article names elsewhere.
// Each group has its reason; `gender` only where the word itself says it ("spokeswoman").
//
//   "Mayor Doug McCallum ... the mayor said"      → mayor: a person role (a title)
//   "Procter & Gamble ... The company said"        → company: an organisation of the business kind
//   "A statement said ..."                         → statement: a document; its author speaks

export type Gender = 'male' | 'female';

/** What a described referent is. */
export type RoleKind = 'person' | 'organization' | 'place' | 'document' | 'group';

/** Kinds of organisation: "the company" is not "the union"; a name's own words may tell ("Surrey School Board"). */
export type OrgClass = 'business' | 'public' | 'union' | 'team' | 'school' | 'group' | 'party' | 'media';

export interface RoleNoun {
  word: string;
  kind: RoleKind;
  gender?: Gender;
  /** A title that names one office ("mayor"): two people with different titles are two people. */
  title?: boolean;
  orgClass?: OrgClass;
  /** A noun that only stands for a group of people ("officials"): never one named person. */
  plural?: boolean;
  reason: string;
}

const GROUPS: Array<{ words: string[]; kind: RoleKind; title?: boolean; gender?: Gender; orgClass?: OrgClass; plural?: boolean; reason: string }> = [
  // People: offices and titles (a title holder is one person, named once with the title).
  { words: ['mayor', 'minister', 'premier', 'president', 'chancellor', 'governor', 'senator', 'secretary', 'chairman', 'chairwoman',
    'chair', 'chairperson', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'commissioner', 'ambassador', 'envoy', 'speaker', 'treasurer',
    'councillor', 'councilor', 'alderman', 'mp', 'mla', 'mpp', 'mna', 'td', 'senator-elect', 'taoiseach', 'tánaiste', 'marshal',
    'congressman', 'congresswoman', 'congressperson', 'representative', 'legislator', 'lawmaker',
    'judge', 'justice', 'prosecutor', 'attorney', 'sheriff', 'coroner', 'ombudsman', 'auditor', 'chief', 'superintendent',
    'principal', 'dean', 'provost', 'rector', 'commander', 'general', 'admiral', 'colonel', 'captain', 'coach', 'manager',
    'director', 'executive', 'founder', 'co-founder', 'cofounder', 'owner', 'publisher', 'editor', 'head', 'leader', 'king',
    'queen', 'prince', 'princess', 'sultan', 'emperor', 'monarch', 'pope', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam',
    'pastor', 'priest', 'reverend', 'keeper', 'trustee', 'deputy', 'vice-president', 'spokesperson', 'spokesman',
    'spokeswoman', 'mayor-elect', 'president-elect', 'premier-designate'],
  kind: 'person', title: true,
  reason: 'offices and titles: "Mayor Doug McCallum ... the mayor said", "Doug McCallum, the mayor"' },
  // People: occupations and descriptions news uses for someone already named.
  { words: ['official', 'officer', 'lawyer', 'counsel', 'professor', 'researcher', 'scientist', 'economist', 'analyst',
    'expert', 'doctor', 'physician', 'surgeon', 'nurse', 'paramedic', 'teacher', 'student', 'worker', 'employee', 'staffer',
    'aide', 'adviser', 'advisor', 'consultant', 'strategist', 'pollster', 'activist', 'advocate', 'organizer', 'organiser',
    'volunteer', 'resident', 'neighbour', 'neighbor', 'witness', 'victim', 'survivor', 'friend', 'partner', 'colleague',
    'player', 'defenceman', 'defenseman', 'forward', 'goaltender', 'goalie', 'winger', 'centre', 'center', 'quarterback',
    'pitcher', 'striker', 'midfielder', 'defender', 'rookie', 'veteran', 'athlete', 'skater', 'skier', 'fighter', 'boxer',
    'champion', 'swimmer', 'runner', 'golfer', 'racer', 'driver', 'pilot', 'mechanic', 'engineer', 'architect', 'designer',
    'artist', 'musician', 'singer', 'songwriter', 'rapper', 'author', 'writer', 'novelist', 'poet', 'journalist', 'reporter',
    'columnist', 'host', 'anchor', 'producer', 'filmmaker', 'photographer', 'entrepreneur', 'farmer', 'rancher', 'fisherman',
    'biologist', 'ecologist', 'physicist', 'chemist', 'historian', 'sociologist', 'psychologist', 'psychiatrist', 'therapist',
    'counsellor', 'counselor', 'agent', 'broker', 'banker', 'investor', 'trader', 'accountant', 'planner', 'developer',
    'landlord', 'tenant', 'homeowner', 'parent', 'grandparent', 'child', 'teen', 'teenager', 'youth', 'senior', 'patient',
    'client', 'customer', 'passenger', 'motorist', 'cyclist', 'pedestrian', 'protester', 'demonstrator', 'supporter',
    'critic', 'opponent', 'detective', 'inspector', 'constable', 'sergeant', 'corporal', 'lieutenant', 'soldier', 'veteran',
    'diplomat', 'politician', 'minister', 'member', 'graduate', 'alumnus', 'alumna', 'mother', 'father', 'person',
    'individual', 'suspect', 'accused', 'defendant', 'plaintiff', 'applicant', 'refugee', 'immigrant', 'migrant', 'owner',
    'operator', 'administrator', 'supervisor', 'foreman', 'technician', 'specialist', 'instructor', 'trainer', 'scout',
    'brawler', 'star', 'legend', 'coordinator', 'president', 'mom', 'dad', 'republican', 'democrat', 'liberal',
    'conservative', 'tory', 'socialist', 'independent', 'native', 'nominee', 'candidate', 'incumbent', 'challenger'],
  kind: 'person',
  reason: 'occupations and descriptions: "rookie defenceman Caleb Jones ... said the rookie defenceman"' },
  // People: words that carry gender themselves (also used as evidence of a named person's gender).
  { words: ['spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'actress', 'mother', 'daughter', 'sister', 'wife',
    'widow', 'grandmother', 'aunt', 'niece', 'girlfriend', 'fiancee', 'queen', 'princess', 'woman', 'girl', 'mom', 'nun',
    'stepmother', 'granddaughter', 'sportswoman', 'policewoman', 'councilwoman', 'anchorwoman'],
  kind: 'person', gender: 'female', reason: 'female by the word itself: "his wife, Anna", "a spokeswoman for the city"' },
  { words: ['spokesman', 'chairman', 'congressman', 'businessman', 'actor', 'father', 'son', 'brother', 'husband', 'widower',
    'grandfather', 'uncle', 'nephew', 'boyfriend', 'fiance', 'king', 'prince', 'sultan', 'emperor', 'man', 'boy', 'dad',
    'stepfather', 'grandson', 'sportsman', 'policeman', 'councilman', 'anchorman', 'fisherman', 'alderman', 'foreman',
    'pope', 'priest', 'monk'],
  kind: 'person', gender: 'male', reason: 'male by the word itself: "Spindler\'s father, Joseph", "the spokesman said"' },
  // Organisations, by kind.
  { words: ['company', 'firm', 'corporation', 'corp', 'business', 'retailer', 'maker', 'manufacturer', 'automaker',
    'carmaker', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'railway', 'railroad', 'utility', 'chain', 'startup',
    'brand', 'giant', 'conglomerate', 'supplier', 'distributor', 'producer', 'operator', 'developer', 'builder',
    'restaurant', 'cafe', 'store', 'grocer', 'pharmacy', 'provider', 'telecom', 'miner', 'exporter', 'importer', 'employer',
    'subsidiary', 'parent', 'owner', 'vendor', 'brewery', 'winery', 'franchise'],
  kind: 'organization', orgClass: 'business', reason: 'businesses: "Procter & Gamble ... The company said"' },
  { words: ['agency', 'department', 'ministry', 'government', 'administration', 'office', 'commission', 'board', 'authority',
    'council', 'regulator', 'watchdog', 'service', 'police', 'force', 'military', 'army', 'navy', 'court', 'tribunal',
    'parliament', 'legislature', 'senate', 'bureau', 'embassy', 'consulate', 'municipality', 'cabinet', 'committee',
    'inquiry', 'panel', 'secretariat', 'directorate', 'branch', 'unit', 'detachment', 'district'],
  kind: 'organization', orgClass: 'public', reason: 'public bodies: "TransLink ... The agency told CTV News"' },
  { words: ['union', 'local', 'federation', 'guild'], kind: 'organization', orgClass: 'union', reason: 'labour unions: "UFCW Local 832 ... the union said"' },
  { words: ['team', 'club', 'league', 'squad'], kind: 'organization', orgClass: 'team', reason: 'sports bodies: "the Raptors ... The team posted"' },
  { words: ['school', 'university', 'college', 'hospital', 'diocese', 'church', 'museum', 'library', 'clinic'], kind: 'organization', orgClass: 'school', reason: 'institutions: "the Diocese of Covington ... The diocese said"' },
  { words: ['group', 'organization', 'organisation', 'association', 'coalition', 'charity', 'society', 'foundation',
    'institute', 'nonprofit', 'non-profit', 'alliance', 'network', 'movement', 'campaign', 'centre', 'center', 'lobby',
    'consortium', 'cooperative', 'co-op', 'think-tank'],
  kind: 'organization', orgClass: 'group', reason: 'associations: "Rally Canada, the group that organized ..."' },
  { words: ['party'], kind: 'organization', orgClass: 'party', reason: 'political parties: "the party said"' },
  { words: ['newspaper', 'broadcaster', 'network', 'outlet', 'magazine', 'station', 'publication', 'site'], kind: 'organization', orgClass: 'media', reason: 'news media: "the broadcaster reported"' },
  // Places that speak through their governments: "the city said".
  { words: ['city', 'town', 'village', 'province', 'country', 'state', 'region', 'county', 'territory', 'nation', 'capital'],
    kind: 'place', reason: 'places speaking through their governments: "Toronto ... the city said"' },
  // Documents: never a speaker; their author is.
  { words: ['statement', 'release', 'report', 'reports', 'complaint', 'lawsuit', 'suit', 'claim', 'document', 'documents',
    'paper', 'letter', 'memo', 'email', 'e-mail', 'post', 'blog', 'tweet', 'filing', 'filings', 'ruling', 'decision',
    'judgment', 'judgement', 'study', 'survey', 'poll', 'findings', 'analysis', 'review', 'audit', 'notice', 'affidavit',
    'indictment', 'transcript', 'website', 'records', 'petition', 'message', 'note', 'bulletin', 'advisory', 'update',
    'proposal', 'plan', 'budget', 'summary', 'assessment', 'presentation', 'video', 'ad', 'advertisement', 'article',
    'editorial', 'op-ed', 'column', 'book', 'application', 'warrant', 'order', 'motion', 'submission', 'brief'],
  kind: 'document', reason: 'documents: "A statement said ..." is the words of the statement\'s author' },
  // Groups of people: a plural description is no one person.
  { words: ['officials', 'experts', 'residents', 'protesters', 'lawmakers', 'staff', 'workers', 'critics', 'analysts',
    'investigators', 'authorities', 'sources', 'observers', 'researchers', 'scientists', 'doctors', 'parents', 'students',
    'people', 'members', 'supporters', 'opponents', 'advocates', 'activists', 'organizers', 'organisers', 'leaders',
    'employees', 'officers', 'economists', 'prosecutors', 'witnesses', 'neighbours', 'neighbors', 'families', 'couple',
    'pair', 'owners', 'voters', 'citizens', 'users', 'victims', 'survivors', 'police', 'teachers', 'nurses', 'politicians',
    'chiefs', 'leaders', 'councillors', 'ministers', 'representatives', 'spokespeople', 'executives', 'directors', 'fans',
    'players', 'teammates', 'colleagues', 'friends', 'relatives', 'siblings', 'children', 'kids', 'trustees', 'judges',
    'lawyers', 'attorneys', 'consultants'],
  kind: 'group', plural: true, reason: 'groups of people: "officials said", "the couple said" (a plural speaker)' },
];

const TABLE = new Map<string, RoleNoun>();
for (const g of GROUPS) {
  for (const word of g.words) {
    const prev = TABLE.get(word);
    // A word in two groups: the first kind wins, a gender from a later group is added.
    if (prev) {
      if (g.gender && !prev.gender && prev.kind === g.kind) prev.gender = g.gender;
      continue;
    }
    TABLE.set(word, { word, kind: g.kind, title: g.title, gender: g.gender, orgClass: g.orgClass, plural: g.plural, reason: g.reason });
  }
}

/**
 * Title abbreviations of news copy, read as the title they stand for ("Sen. Jane Doe ... the senator
 * said"). Only with their stop: "Gen Z", "a sales rep" are no titles.
 */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'gen.': 'general', 'supt.': 'superintendent',
  'amb.': 'ambassador', 'atty.': 'attorney', 'pres.': 'president', 'capt.': 'captain', 'col.': 'colonel',
  'cmdr.': 'commander', 'adm.': 'admiral', 'coun.': 'councillor', 'cllr': 'councillor', 'cr': 'councillor', 'ald.': 'alderman', 'det.': 'detective',
  'insp.': 'inspector', 'const.': 'constable', 'cst.': 'constable', 'sgt.': 'sergeant', 'cpl.': 'corporal',
};
for (const [abbreviation, title] of Object.entries(TITLE_ABBREVIATIONS)) {
  const role = TABLE.get(title);
  if (role) TABLE.set(abbreviation, role);
}

/** The role noun a lower-case word is ("mayor" → person title), or undefined. */
export function roleNoun(word: string): RoleNoun | undefined {
  return TABLE.get(word) ?? (UNUSUAL_SPELLING.test(word) ? TABLE.get(word.toLowerCase().replace(CURLY_APOSTROPHES, "'")) : undefined);
}
// Module constants: roleNoun is asked of most words, and a literal is a new object each time.
/** A capital or a curly apostrophe: "Mayor", "mayor’s" are looked up again as "mayor", "mayor's". */
const UNUSUAL_SPELLING = /[A-Z’]/;
const CURLY_APOSTROPHES = /’/g;

/** Nouns that are documents only with a modifier: "a press release", not "his release" from prison. */
export const DOCUMENT_WITH_MODIFIER: Record<string, string[]> = {
  release: ['press', 'news', 'media', 'emailed', 'e-mailed', 'written'],
};

/** Ages as nouns: "the 36-year-old", "a 26-year-old" — always a person in news. */
export const AGE_NOUN = /^\d{1,3}-year-old$/;

/** Words in an organisation's own name that tell its kind: "Surrey School Board" is public, "Acme Inc." a business. */
export const ORG_NAME_WORDS: Record<string, OrgClass> = {
  inc: 'business', corp: 'business', corporation: 'business', ltd: 'business', llc: 'business', co: 'business',
  company: 'business', group: 'business', bank: 'business', airlines: 'business', railway: 'business', hydro: 'business',
  ministry: 'public', department: 'public', agency: 'public', government: 'public', office: 'public', board: 'public',
  commission: 'public', council: 'public', police: 'public', service: 'public', services: 'public', court: 'public',
  parliament: 'public', senate: 'public', rcmp: 'public', authority: 'public', bureau: 'public', army: 'public',
  union: 'union', local: 'union', ufcw: 'union', cupe: 'union', unifor: 'union', federation: 'union',
  university: 'school', college: 'school', school: 'school', hospital: 'school', diocese: 'school', church: 'school',
  association: 'group', society: 'group', foundation: 'group', institute: 'group', coalition: 'group', alliance: 'group',
  party: 'party', liberals: 'party', conservatives: 'party', democrats: 'party', republicans: 'party', ndp: 'party',
  news: 'media', times: 'media', post: 'media', press: 'media', radio: 'media', tv: 'media', television: 'media',
};

/** Organisation classes a description may stand for: "the group" fits associations, unions, teams and
 *  companies (not ministries, parties or newspapers), "the firm" only a business. */
export function orgClassFits(description: OrgClass, name: OrgClass | undefined): boolean {
  if (!name || description === name) return true;
  return description === 'group' && name !== 'party' && name !== 'media' && name !== 'public';
}
