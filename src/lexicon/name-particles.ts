// Small words that may stand inside a name or organisation without capitals, and words ignored when
// reading an acronym off a long name. Each with its reason.

import { PAST_VERB_NEXT } from './clause-words.js';

/** Lower-case words skipped when forming an acronym: "Collective Security Treaty Organization" -> CSTO. */
export const ACRONYM_SKIP = new Set([
  'of', // "Organization of the Petroleum Exporting Countries" -> OPEC
  'the', // "Bank of the West"
  'and', // "Bosnia and Herzegovina"
  'for', // "Organization for Security and Co-operation in Europe" -> OSCE
  'in', // "... Co-operation in Europe"
  'on', // "Committee on Foreign Affairs"
  'de', // "Médecins Sans Frontières" style names in French
  '&', // "Procter & Gamble" -> P&G is not built; & is skipped
]);

/** Possessive clitics: cut off a span ("Lukashenko's" -> "Lukashenko"), unless a body's name ends in one ("Moody's": src/ner/mentions.ts). */
export const POSSESSIVES = new Set(["'s", '’s', "'", '’', "'S", '’S']);
/** The possessives with an "s", that a name may end in ("Moody's"); a bare mark may close a quotation ("vote for Hillary’"). */
export const POSSESSIVE_S = new Set(["'s", '’s', "'S", '’S']);

/**
 * Generational suffixes after a person's name: "Joseph R. Biden Jr.", "John D. Rockefeller III". Never a
 * name on their own, and never the word a name is known by ("Biden Jr. said" is Biden speaking).
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * AP's party and state after a US legislator's name, set off by commas: "Sen. Jane Roe, D-Calif.,
 * said", "Rep. Tom Hart, R-Texas, who ...". Never a name of its own, and no speaker: it describes the
 * name before it.
 */
export const PARTY_TAG = /^(?:R|D|I|Ind)-[A-Z][A-Za-z.]*$/;

/**
 * Words after a name's possessive that show it possesses nothing there, so that the possessive is part
 * of the name ("Moody's said", "Lloyd's of London", "McDonald's and Wendy's"): auxiliaries and common
 * irregular pasts (regular ones end in -ed: verbAfterPossessive). Not -s forms: "Labour's plans" are
 * the party's.
 */
export const NAME_END_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may',
  'might', 'should', 'did', 'does', 'said', 'told', 'cut', 'put', 'set', 'made', 'took', 'gave', 'sold', 'bought', 'won', 'lost', 'paid', 'also']);
/** The same, and the prepositions and conjunctions that may follow a whole name: "Lloyd's of London". */
export const NAME_END_WORDS: ReadonlySet<string> = new Set([...NAME_END_VERBS, 'of', 'in', 'at', 'on', 'for', 'to', 'with', 'from', 'by', 'and', 'or']);

/** Words after a form in -ed that make it a verb, not an adjective before a noun ("Moody's lowered its
 *  rating", "Heck's filed for bankruptcy"; but "GM's planned severe cutbacks", "Chrysler's proposed deal");
 *  a capitalised word does too. */
const AFTER_PAST_VERB: ReadonlySet<string> = new Set([...PAST_VERB_NEXT, 'it', 'them', 'of', 'back']);

/** Is words[i] a verb in the past or an auxiliary after a name's possessive: "said", "has", "declined to"? */
export function verbAfterPossessive(words: string[], i: number): boolean {
  const w = words[i] ?? '';
  if (NAME_END_VERBS.has(w)) return true;
  if (!/^[a-z]+ed$/.test(w)) return false;
  const next = words[i + 1];
  // (an object named: "Moody's downgraded Exxon")
  return next === undefined || /^[.,;:!?]$/.test(next) || AFTER_PAST_VERB.has(next.toLowerCase()) || /^\p{Lu}/u.test(next);
}

/**
 * A party's member, as a noun: "the Iowa Republican said", "the first-term Democrat", "the veteran
 * Tory". A description of a person, never a body's name (CoNLL-2003 marks the word misc, like
 * "Republican" the adjective, and a place before it is a place).
 */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['Republican', 'Democrat', 'Tory']);

/**
 * Words that a company's full name adds to its short name, and nothing else: "Meta Platforms" and
 * "Meta", "Apple Inc" and "Apple" are one company (not "Amazon Web Services" and "Amazon": a unit is a
 * body of its own). A full name so written shows the short name to be the company's too
 * (short-name-organisation: "Moderna Inc ... shares of Moderna").
 */
export const COMPANY_NAME_SUFFIXES: ReadonlySet<string> = new Set([
  // legal forms: "Apple Inc", "Volkswagen AG", "Barclays plc"
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'limited', 'plc', 'llc', 'ag', 'sa', 'nv', 'se', 'spa',
  // what a group calls itself in full: "Meta Platforms", "Alibaba Group", "Tata Motors"
  'group', 'holdings', 'holding', 'platforms', 'technologies', 'industries', 'motor', 'motors',
]);

/**
 * The same for parties too: "the Labour Party" and "Labour" are one body. (Not a sign the short name
 * is always the party's: "a Democratic senator", "Green MSP".)
 */
export const SHORT_NAME_SUFFIXES: ReadonlySet<string> = new Set([...COMPANY_NAME_SUFFIXES, 'party']);

/**
 * Bodies named by one word of their own, whose longer names are other bodies or their parts: "the
 * Senate" is not "the Senate Armed Services Committee", "the House" not "the White House". A one-word
 * organisation so spelled never stands for the one longer name beginning or ending with it.
 */
export const STANDALONE_BODIES: ReadonlySet<string> = new Set([
  'house', 'senate', 'congress', 'parliament', 'assembly', 'commons', 'lords', 'cabinet', 'government',
  'court', 'army', 'navy', 'guard', 'police', 'justice', 'treasury', 'pentagon', 'kremlin',
]);

/**
 * Endings of words that describe rather than name ("Christian", "Catholic", "Tigrayan", "Indigenous"),
 * and such words ending in "-al" ("Liberal"; not every "-al" or "-an": "Arsenal", "Goldman"). A
 * one-word "organisation" so spelled is an adjective the tagger typed so, and stands for no longer
 * name that begins or ends with it ("Christian News Service", "Covington Catholic").
 */
export const ADJECTIVE_ENDING = /(?:ian|ean|yan|can|ish|ese|ic|ous|ist)$|^(?:liberal|conservative|federal|national|international|royal|central|global|social|general|democrat)$/;
