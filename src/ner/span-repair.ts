// Repairs of the tagger's spans that need a wider view than its five-word window: the whole sentence,
// the whole article, the gazetteer as a list of whole names. Rules and their word lists are data in
// src/lexicon/span-rules.ts (each with an id, a reason and an example that a test runs).
//
//   The [ORG Muslim Brotherhood and Ennahda] rejected ...  -> [ORG Muslim Brotherhood] and [ORG Ennahda]
//   the [ORG Washington Institute] for [LOC Near East] Policy -> [ORG Washington Institute for Near East Policy]
//   Residents of [PER Khan Younis] fled ...                 -> [LOC Khan Younis], in every mention
//
// Pure: labels in, labels out (a new array only when something changed); runs between tagging and
// mention spans (src/pipeline/03-entities.ts).

import { roleNoun } from '../lexicon/roles.js';
import { TEAM_ROLES } from '../lexicon/sports-results.js';
import {
  APPOSITION_BODY_NOUNS,
  APPOSITION_ENDS,
  APPOSITION_WORDS,
  BASED_SUFFIX,
  BODY_ADJECTIVE_SUFFIXES,
  BODY_FRAMES,
  type BodyFrame,
  BODY_HEADS,
  PLACE_HEADS,
  BODY_NOUNS,
  COMPANY_SUFFIXES,
  COMPLEMENT_PREPOSITIONS,
  DOMAIN_SUFFIXES,
  IT_WORDS,
  LOWER_PLACE_BEFORE,
  MISC_FRAME_NEXT,
  NAME_CONNECTORS,
  ORG_HEADS,
  PERSON_WORDS,
  PLACE_FRAMES,
  SAY_FILLERS,
  SAY_VERBS,
  SURNAME_PREFIXES,
} from '../lexicon/span-rules.js';
import { ACRONYM_SKIP, COMPANY_NAME_SUFFIXES, PARTY_MEMBERS, PARTY_TAG, POSSESSIVE_S, POSSESSIVES, verbAfterPossessive } from '../lexicon/name-particles.js';
import { DATE_NAMES } from '../lexicon/date-words.js';
import { FUNCTION_WORDS } from '../lexicon/stopwords.js';
import { honorific, isTitleWord } from '../lexicon/honorifics.js';
import { acronymOf } from './alias-merge.js';
import { gazetteerKey, type DocumentWords, type NerResources } from './features.js';
import { GAZ_BITS, PREFIX_BIT } from './gazetteer.js';
import { hashString } from './hash.js';
import { labelsToSpans, spansToLabels, type LabelSpan } from './labels.js';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

const CAPITALISED = /^\p{Lu}/u;
/** An acronym in brackets after a name: "(CISA)", "(NOAA)", "(AT&T)". */
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;
/** How many words to the left acronym-name-join looks for the start of a name. */
const MAX_ACRONYM_REACH = 10;

type Resources = Pick<NerResources, 'gazetteer' | 'capBins'>;

/** One sentence's words and spans while rules run. */
interface SentenceSpans {
  words: string[];
  spans: LabelSpan[];
  changed: boolean;
}

const bit = (b: number): number => 1 << b;
const LOC_BITS = bit(GAZ_BITS.country) | bit(GAZ_BITS.city) | bit(GAZ_BITS.region) | bit(GAZ_BITS.worldCity) | bit(GAZ_BITS.worldCountry) | bit(GAZ_BITS.trainLOC);
/** Places of the world lists, not of the training data (where "House" of "White House" is one). */
const GEO_BITS = LOC_BITS & ~bit(GAZ_BITS.trainLOC);
const ORG_BITS = bit(GAZ_BITS.organization) | bit(GAZ_BITS.trainORG);
const ANY_ENTRY = ~bit(PREFIX_BIT);

const gazBits = (res: Resources, words: string[]): number => res.gazetteer.get(gazetteerKey(words), 0) & ANY_ENTRY;
const formOf = (words: string[], a: number, b: number): string => words.slice(a, b).join(' ').toLowerCase();

/**
 * Is the word one that news text mostly writes in lower case ("Policy", "Relations")? Capitalised in
 * fewer than 80% of its mid-sentence uses in the unlabeled text; unknown words are not.
 */
function commonWord(res: Resources, word: string): boolean {
  const stored = res.capBins.get(hashString(word.toLowerCase()), 0); // 1 + bin, 0 = unknown
  return stored >= 1 && stored <= 4;
}

/** Capitalised in fewer than 50% of its mid-sentence uses ("Cable", "Wireless", "Library"). */
function rarelyCapitalised(res: Resources, word: string): boolean {
  const stored = res.capBins.get(hashString(word.toLowerCase()), 0);
  return stored >= 1 && stored <= 3;
}

/** Spans of every form in the document, by lower-case form: type -> count. */
function formTypes(doc: SentenceSpans[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const s of doc)
    for (const sp of s.spans) {
      const f = formOf(s.words, sp.start, sp.end);
      let c = out.get(f);
      if (!c) out.set(f, (c = [0, 0, 0, 0]));
      c[sp.type]++;
    }
  return out;
}

const commonest = (counts: number[]): number => counts.indexOf(Math.max(...counts));

// --- join-org-complement, join-org-coordinated-complement ---------------------------------------

/**
 * Words an organisation's name runs on for at most after "for", "of" or "on": "the Center for
 * Strategic and International Studies" has five. A longer capitalised run (a headline, a list of names)
 * is read only this far, so that no run is read again for every span in it.
 */
const MAX_COMPLEMENT = 8;

/**
 * The end (exclusive) of a run of capitalised words and connectors from `from`, right after span k,
 * ending on a word that news text mostly writes in lower case; -1 when there is none. Spans inside the
 * run must end inside it; with `noSpans`, no person or place may start in it.
 */
function complementEnd(res: Resources, s: SentenceSpans, k: number, from: number, noSpans: boolean, plain = false): number {
  const { words, spans } = s;
  const limit = Math.min(words.length, from + MAX_COMPLEMENT);
  let end = from;
  while (end < limit) {
    const w = words[end];
    if (CAPITALISED.test(w) && !DATE_NAMES.has(w.toLowerCase())) end++;
    else if (NAME_CONNECTORS.has(w) && end > from) end++;
    else break;
  }
  // a span that starts inside the run and goes beyond it ends the run before it (spans are in order)
  for (let j = k + 1; j < spans.length && spans[j].start < end; j++) {
    if (spans[j].start >= from && spans[j].end > end) {
      end = spans[j].start;
      break;
    }
  }
  while (end > from && !CAPITALISED.test(words[end - 1])) end--;
  if (end <= from || !(commonWord(res, words[end - 1]) || (plain && unlistedNoun(res, s, k, end - 1)))) return -1;
  // (after "on", a person or place is what the body deals with: "the Security Council on [LOC Iran]")
  if (noSpans) for (let j = k + 1; j < spans.length && spans[j].start < end; j++) if (spans[j].start >= from && (spans[j].type === PER || spans[j].type === LOC)) return -1;
  // after "and": a part with a head or a preposition of its own is another organisation
  if (plain) for (let i = from; i < end; i++) if (ORG_HEADS.has(words[i]) || COMPLEMENT_PREPOSITIONS.has(words[i])) return -1;
  return end;
}

/**
 * After "and", a word the capitalisation table does not know, which no list names a person or a place
 * and the tagger called misc: "the Department of Fisheries and [MISC Oceans]" (too rare a word for the
 * table). "The Department of Justice and [PER Zelensky]", "[ORG Palantir]" or an untagged word stays apart.
 */
function unlistedNoun(res: Resources, s: SentenceSpans, k: number, i: number): boolean {
  if (res.capBins.get(hashString(s.words[i].toLowerCase()), 0) !== 0 || (gazBits(res, [s.words[i]]) & (LOC_BITS | PERSON_NAME_BITS)) !== 0) return false;
  for (let j = k + 1; j < s.spans.length && s.spans[j].start <= i; j++) if (s.spans[j].end > i) return s.spans[j].type === MISC;
  return false;
}

/** Does the span hold an organisation head followed by a complement preposition ("Department of")? */
function hasHeadComplement(words: string[], sp: LabelSpan): boolean {
  for (let i = sp.start; i < sp.end - 2; i++) if (ORG_HEADS.has(words[i]) && COMPLEMENT_PREPOSITIONS.has(words[i + 1])) return true;
  return false;
}

export function joinOrgComplements(res: Resources, s: SentenceSpans): void {
  const { words } = s;
  for (let k = 0; k < s.spans.length; k++) {
    const sp = s.spans[k];
    // (a body's head makes a place or misc span an organisation's start: "[LOC Intergovernmental Panel] on ...")
    if ((sp.type !== ORG && !(sp.type !== PER && ORG_HEADS.has(words[sp.end - 1]))) || sp.end + 1 >= words.length) continue;
    const next = words[sp.end];
    let end = -1;
    if (COMPLEMENT_PREPOSITIONS.has(next) && ORG_HEADS.has(words[sp.end - 1])) end = complementEnd(res, s, k, sp.end + 1, next === 'on');
    else if (next === 'and' && sp.type === ORG && hasHeadComplement(words, sp)) end = complementEnd(res, s, k, sp.end + 1, false, true);
    if (end < 0) continue;
    sp.type = ORG;
    // the spans inside the joined name go: those right after this one that start before its new end
    let j = k + 1;
    while (j < s.spans.length && s.spans[j].start < end) j++;
    s.spans.splice(k + 1, j - k - 1);
    sp.end = end;
    s.changed = true;
  }
}

/** The acronym in brackets right after words[end]: "(CISA)" -> "cisa"; "" when there is none. */
function acronymAfter(words: string[], end: number): string {
  if (words[end] !== '(' || words[end + 2] !== ')' || !ACRONYM.test(words[end + 1] ?? '')) return '';
  return words[end + 1].replace(/&/g, '').toLowerCase();
}

/** The acronym that words a..b spell (acronymOf; commas are no words). */
const spelled = (words: string[], a: number, b: number): string => acronymOf(words.slice(a, b).filter((w) => w !== ',').join(' '));

/**
 * acronym-name-join: "The Cybersecurity and [ORG Infrastructure Security Agency] (CISA)" -> the whole
 * name, when the acronym in brackets right after the span spells the longer name and not the span:
 * capitalised words, and small words and commas between them, are taken in from the left.
 */
export function joinAcronymNames(s: SentenceSpans): void {
  const { words } = s;
  for (let k = 0; k < s.spans.length; k++) {
    const sp = s.spans[k];
    const acronym = sp.type === ORG ? acronymAfter(words, sp.end) : '';
    if (!acronym || spelled(words, sp.start, sp.end) === acronym) continue;
    let start = -1;
    for (let i = sp.start - 1; i >= 0 && sp.start - i <= MAX_ACRONYM_REACH; i--) {
      const w = words[i];
      if (w !== ',' && !ACRONYM_SKIP.has(w.toLowerCase()) && !CAPITALISED.test(w)) break;
      if (CAPITALISED.test(w) && spelled(words, i, sp.end) === acronym) {
        start = i;
        break;
      }
    }
    if (start < 0) continue;
    // the spans inside the longer name go ("The [MISC Cybersecurity] and [ORG ...]"); not one that
    // starts before it ("[MISC IEEE-EMBS Conference on Biomedical] and [ORG Health Informatics] (BHI)")
    let j = k;
    while (j > 0 && s.spans[j - 1].end > start) j--;
    if (j < k && s.spans[j].start < start) continue;
    s.spans.splice(j, k - j);
    k = j;
    sp.start = start;
    s.changed = true;
  }
}

// --- split-coordination-head, -known, -people -------------------------------------------------

/**
 * Has the part a word that news text mostly capitalises, or does not know ("Ennahda"), other than a
 * company's legal form ("Corp")? `strict`: capitalised in 80% of its uses or more (else 50%), and no
 * organisation head ("Council") either.
 */
function hasProperWord(res: Resources, words: string[], a: number, b: number, strict: boolean): boolean {
  for (let i = a; i < b; i++) {
    const w = words[i];
    if (!CAPITALISED.test(w) || COMPANY_SUFFIXES.has(w.toLowerCase())) continue;
    if (strict ? !commonWord(res, w) && !ORG_HEADS.has(w) : !rarelyCapitalised(res, w)) return true;
  }
  return false;
}

const onlySuffixes = (words: string[], a: number, b: number): boolean => {
  for (let i = a; i < b; i++) if (!COMPANY_SUFFIXES.has(words[i].toLowerCase())) return false;
  return true;
};

/** What the article or the gazetteer says a part's type is; -1 when it is not known as a name. */
function knownType(res: Resources, forms: Map<string, number[]>, whole: string, words: string[], a: number, b: number): number {
  // a part of common words ("Cable", "Wireless", the gazetteer's "Friends") is no name on its own
  if (!hasProperWord(res, words, a, b, false)) return -1;
  const f = formOf(words, a, b);
  const counts = forms.get(f);
  if (counts && f !== whole) return commonest(counts);
  const bits = gazBits(res, words.slice(a, b));
  const loc = (bits & LOC_BITS) !== 0;
  const org = (bits & ORG_BITS) !== 0;
  if (loc && !org) return LOC;
  if (org && !loc) return ORG;
  if (org && loc) return -2; // a name, type unknown
  return -1;
}

const startsWithFirstName = (res: Resources, words: string[], a: number, b: number): boolean =>
  b - a >= 2 && (gazBits(res, [words[a]]) & bit(GAZ_BITS.firstName)) !== 0 && CAPITALISED.test(words[a + 1]);

export function splitCoordinations(res: Resources, s: SentenceSpans, forms: Map<string, number[]>): void {
  const { words } = s;
  const out: LabelSpan[] = [];
  for (const sp of s.spans) {
    const ands: number[] = [];
    for (let i = sp.start + 1; i < sp.end - 1; i++) if (words[i] === 'and') ands.push(i);
    const k = ands[0];
    // misc names are titles and events, where "and" is at home: "War and Peace"
    if (sp.type === MISC || ands.length !== 1 || !CAPITALISED.test(words[k + 1]) || gazBits(res, words.slice(sp.start, sp.end))) {
      out.push(sp);
      continue;
    }
    // "Organisation for Security and Cooperation": the "and" joins words inside one name
    let small = false;
    for (let i = sp.start; i < k; i++) if (!CAPITALISED.test(words[i])) small = true;
    // "Sumitomo Trust and Banking Co Ltd": a legal form at the end makes the whole one company, and so
    // does an acronym of the whole after it: "Scottish and Newcastle (S&N)"
    const acronym = acronymAfter(words, sp.end);
    if (small || onlySuffixes(words, sp.start, k) || COMPANY_SUFFIXES.has(words[sp.end - 1].toLowerCase()) || (acronym && spelled(words, sp.start, sp.end) === acronym)) {
      out.push(sp);
      continue;
    }
    const whole = formOf(words, sp.start, sp.end);
    let left = sp.type;
    let right = sp.type;
    let split = false;
    if (ORG_HEADS.has(words[k - 1]) && hasProperWord(res, words, k + 1, sp.end, true)) split = true;
    else {
      const a = knownType(res, forms, whole, words, sp.start, k);
      const b = knownType(res, forms, whole, words, k + 1, sp.end);
      if (a !== -1 && b !== -1) {
        split = true;
        if (a >= 0) left = a;
        if (b >= 0) right = b;
      } else if (sp.type === PER && startsWithFirstName(res, words, sp.start, k) && startsWithFirstName(res, words, k + 1, sp.end)) split = true;
    }
    if (!split) {
      out.push(sp);
      continue;
    }
    out.push({ start: sp.start, end: k, type: left }, { start: k + 1, end: sp.end, type: right });
    s.changed = true;
  }
  s.spans = out;
}

// --- place-frame, said-it-organisation --------------------------------------------------------

/** The frames by their last word: "into" -> [pushed into, moved into, ...]. */
const FRAMES_BY_LAST = new Map<string, string[][]>();
for (const f of PLACE_FRAMES) {
  const last = f.words[f.words.length - 1];
  FRAMES_BY_LAST.set(last, [...(FRAMES_BY_LAST.get(last) ?? []), f.words]);
}

function inPlaceFrame(words: string[], start: number): boolean {
  if (start === 0) return false;
  for (const f of FRAMES_BY_LAST.get(words[start - 1].toLowerCase()) ?? []) {
    const n = f.length;
    if (start < n) continue;
    let ok = true;
    for (let j = 0; j < n - 1 && ok; j++) ok = words[start - n + j].toLowerCase() === f[j];
    if (ok) return true;
  }
  return false;
}

const FUNCTION_WORD_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** Which names a body frame holds for: a one-word "person" (FOR_PERSON), a "misc" name (FOR_MISC). */
const FOR_PERSON = 1;
const FOR_MISC = 2;
/** A frame that holds for brand names only (BodyFrame.brand). */
const FOR_BRAND = 4;
const frameUse = (f: BodyFrame): number => (f.notPerson ? 0 : FOR_PERSON) | (f.misc ? FOR_MISC : 0) | (f.brand ? FOR_BRAND : 0);
const BODY_BEFORE = BODY_FRAMES.flatMap((f) => (f.before ? [{ words: f.before, use: frameUse(f) }] : []));
const BODY_AFTER = BODY_FRAMES.flatMap((f) => (f.after ? [{ words: f.after, use: frameUse(f) }] : []));
/** Words that can stand right before or right after a name in a body frame: most names have neither. */
const BEFORE_LAST = new Set(BODY_BEFORE.map((f) => f.words[f.words.length - 1]));
const AFTER_FIRST = new Set([...BODY_AFTER.map((f) => f.words[0]), "'s", '’s']);

const lowerAt = (words: string[], i: number): string => (i >= 0 && i < words.length ? words[i].toLowerCase() : '');
const matchesAt = (words: string[], at: number, frame: string[]): boolean => frame.every((w, j) => lowerAt(words, at + j) === w);

/**
 * Is the span in words that only companies and bodies have ("shares of X", "X's share price",
 * "a spokesman for X", "X, the fitness app,", "chipmaker X", "the state-owned X")? Which names the
 * frames found hold for: FOR_PERSON, FOR_MISC, both, or 0 when the span is in none. A frame before a
 * misc name holds for it only when the name ends its phrase (endsPhrase). `brand`: the span is a misc
 * brand name (brand-name-organisation), for which the person frames hold too.
 */
function bodyFrame(words: string[], sp: LabelSpan, brand = false): number {
  let use = 0;
  // a misc brand name ("Shopify shares rose") is a company's or a product's: the frames that tell a
  // company from a person's surname tell it from a product too
  const widen = (u: number): number => (brand && u & (FOR_PERSON | FOR_BRAND) ? u | FOR_MISC : u);
  const prev = lowerAt(words, sp.start - 1);
  // not "founder of [Jewish] rights groups", "for [Montreal-based] Alcan"
  const miscBefore = endsPhrase(words, sp) ? FOR_MISC : 0;
  if (prev.endsWith(BASED_SUFFIX)) use |= FOR_PERSON;
  // "state-owned Rosneft", "Nasdaq-listed Tallwick"
  if (BODY_ADJECTIVE_SUFFIXES.some((x) => prev.endsWith(x))) use |= FOR_PERSON | miscBefore;
  const next = lowerAt(words, sp.end);
  if (BEFORE_LAST.has(prev)) {
    const mask = FOR_PERSON | miscBefore;
    for (const f of BODY_BEFORE) if (matchesAt(words, sp.start - f.words.length, f.words)) use |= widen(f.use) & mask;
  }
  if (AFTER_FIRST.has(next)) {
    const from = next === "'s" || next === '’s' ? sp.end + 1 : sp.end;
    for (const f of BODY_AFTER) if (matchesAt(words, from, f.words)) use |= widen(f.use);
  }
  if (next === ',' && bodyApposition(words, sp.end + 1)) use |= FOR_PERSON | FOR_MISC;
  // "state news agency Belta said", "chipmaker Nvidia", "the ride-hailing company Uber": a body noun
  // right before the name names what it is
  if (bodyNounAt(words, sp.start - 1)) use |= FOR_PERSON | miscBefore;
  return use;
}

/** Does the name end its phrase, so that a frame before it is about it: "for Tallwick said", not "for [Montreal-based] Alcan"? */
function endsPhrase(words: string[], sp: LabelSpan): boolean {
  return (!/^\p{L}/u.test(words[sp.end] ?? '') || MISC_FRAME_NEXT.has(words[sp.end])) && !lowerAt(words, sp.end - 1).endsWith(BASED_SUFFIX);
}

/** A maker named by what it makes, in lower case: "chipmaker", "carmaker", "drugmaker". */
const MAKER = /^\p{Ll}+maker$/u;

const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Does a description of a body start at `i`: "the fitness app," or "a Toronto-based delivery company
 * that ..." (an article, at most APPOSITION_WORDS words that are no function words, a body noun, and
 * then the end of the description)? Not "a company spokeswoman", "the chief executive of the company".
 */
/** Does a body noun as written in lower case end at word k: "agency", "think tank", "chipmaker"? */
function bodyNounAt(words: string[], k: number): boolean {
  const w = words[k];
  if (w === undefined) return false;
  return APPOSITION_BODY_NOUNS.has(w) || MAKER.test(w) || (k > 0 && APPOSITION_BODY_NOUNS.has(`${words[k - 1]} ${w}`));
}

function bodyApposition(words: string[], i: number): boolean {
  if (!APPOSITION_ARTICLES.has(lowerAt(words, i))) return false;
  for (let k = i + 1; k <= i + 1 + APPOSITION_WORDS && k < words.length; k++) {
    const w = lowerAt(words, k);
    // the noun as written in lower case: "the European Union" after a comma is the next name of a list
    if (bodyNounAt(words, k) && (k + 1 === words.length || APPOSITION_ENDS.has(lowerAt(words, k + 1)))) return true;
    // a stop word ends the search unless it opens a two-word noun: "the London think tank"
    if ((FUNCTION_WORD_SET.has(w) && !bodyNounAt(words, k + 1)) || !/\p{L}/u.test(w)) return false;
  }
  return false;
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'about', 'over', 'against', 'into', 'during', 'after', 'before', 'like']);

/**
 * "[MISC Marathon] shut its plant": a verb right after the name, then "its" (not "in its", "or its"),
 * and the name no object of a preposition ("the race for the Oscars entered its final stage").
 */
function actsOnIts(words: string[], sp: LabelSpan): boolean {
  const v = afterTime(words, sp.end);
  const verb = lowerAt(words, v);
  if (!/^\p{Ll}+$/u.test(words[v] ?? '') || FUNCTION_WORD_SET.has(verb) || lowerAt(words, v + 1) !== 'its') return false;
  let b = sp.start - 1;
  if (lowerAt(words, b) === 'the') b--;
  return !PREPOSITIONS.has(lowerAt(words, b));
}

/** Past a time between a subject and its verb: "Tallwick on Friday announced" -> "announced". */
function afterTime(words: string[], i: number): number {
  return lowerAt(words, i) === 'on' && DATE_NAMES.has(lowerAt(words, i + 1)) ? i + 2 : i;
}

/** The word right after the verb of saying that follows a name ("it" of "Strava also said it"), or ''. */
function saidWhat(words: string[], end: number): string {
  let i = afterTime(words, end);
  while (i < words.length && SAY_FILLERS.has(words[i].toLowerCase())) i++;
  return i + 1 < words.length && SAY_VERBS.has(words[i].toLowerCase()) ? words[i + 1].toLowerCase() : '';
}

/**
 * party-word-organisation, person-majority: "the ruling [LOC Fatah] party" is the party; "the tireless
 * [LOC Washington]" is the person "Mara Washington" when the article calls "Washington" a person more
 * often than a place.
 */
export function retypeByNeighbours(doc: SentenceSpans[]): void {
  // one-word forms, last words of a person's full name, more often persons than places
  const lastParts = new Set<string>();
  for (const s of doc) for (const sp of s.spans) if (sp.type === PER && sp.end - sp.start > 1) lastParts.add(s.words[sp.end - 1].toLowerCase());
  const personOrPlace = new Map<string, number>(); // persons minus places
  for (const s of doc)
    for (const sp of s.spans) {
      if (sp.end - sp.start !== 1 || (sp.type !== PER && sp.type !== LOC)) continue;
      const f = s.words[sp.start].toLowerCase();
      if (lastParts.has(f)) personOrPlace.set(f, (personOrPlace.get(f) ?? 0) + (sp.type === PER ? 1 : -1));
    }
  for (const s of doc)
    for (const sp of s.spans) {
      // party-word-organisation: "the ruling Fatah party"
      if ((sp.type === LOC || sp.type === PER) && sp.end < s.words.length && BODY_NOUNS.has(s.words[sp.end])) {
        sp.type = ORG;
        s.changed = true;
      } else if (sp.type === LOC && sp.end - sp.start === 1 && (personOrPlace.get(s.words[sp.start].toLowerCase()) ?? 0) > 0) {
        sp.type = PER;
        s.changed = true;
      }
    }
}

/**
 * A word shaped like a nationality or a creed, which the demonym list (compromise's) may lack: "Irish",
 * "British", "Jewish", "Republican", "Congolese", "Hispanic" (but not "OpenAI", "Shopify"; and not
 * "-i": the list has "Israeli" and "Pakistani", and "Pirelli", "Ferrari" are companies).
 */
const NATIONALITY_SHAPE = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ic)$/u;
/** A name made an adjective by a lower-case word after a hyphen: "London-based", "Singapore-listed" (not "Coca-Cola"). */
const HYPHENATED_ADJECTIVE = /-\p{Ll}+$/u;

/** A capital after a small letter inside the word: "TikTok", "BioNTech"; not "McDonald" (SURNAME_PREFIXES). */
const CAMEL = /^\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}\p{Lu}/u;
const SURNAME_PREFIX = new RegExp(`^(?:${[...SURNAME_PREFIXES].join('|')})\\p{Lu}`, 'u');

/**
 * Is the span one word spelt like a company's name ("TikTok", "DoorDash")? Not a social-media handle
 * ("@HillaryClinton", or "MichelleRempel": a first name run into a surname).
 */
function isCamelCase(res: Resources, words: string[], sp: LabelSpan): boolean {
  if (sp.end - sp.start !== 1 || words[sp.start - 1] === '@') return false;
  const w = words[sp.start];
  const m = CAMEL.exec(w);
  if (!m || SURNAME_PREFIX.test(w)) return false;
  const first = w.slice(0, m[0].length - 1);
  return (gazBits(res, [first]) & bit(GAZ_BITS.firstName)) === 0;
}

const PERSON_NAME_BITS = bit(GAZ_BITS.firstName) | bit(GAZ_BITS.lastName) | bit(GAZ_BITS.honorific) | bit(GAZ_BITS.trainPER);

/**
 * brand-name-organisation: is a "person" span exactly a brand's name ("Uber Eats", "Napster") and no
 * person's? Written with a capital; neither it nor any of its words a given name, a surname or a
 * person of the training data ("Ray", "Abbott", "Ford"); not "@Strava", a handle.
 */
function isBrandName(res: Resources, words: string[], sp: LabelSpan): boolean {
  if (words[sp.start - 1] === '@' || !/^\p{Lu}/u.test(words[sp.start])) return false;
  const span = words.slice(sp.start, sp.end);
  const bits = gazBits(res, span);
  if (!(bits & bit(GAZ_BITS.brand)) || bits & PERSON_NAME_BITS) return false;
  return span.every((w) => !(gazBits(res, [w]) & PERSON_NAME_BITS));
}

/** Is the organisation's span a short name and legal forms only: "Moderna Inc", "Glaxo Holdings PLC"? */
function fullCompanyName(words: string[], sp: LabelSpan): boolean {
  for (let i = sp.start + 1; i < sp.end; i++) if (!COMPANY_NAME_SUFFIXES.has(words[i].toLowerCase())) return false;
  return CAPITALISED.test(words[sp.start]);
}

/**
 * Forms the article shows to be places (person → place) and organisations (person or misc →
 * organisation). The sayer of "said it" may already be an organisation in that sentence; its other
 * mentions, typed person or misc, follow it.
 */
export function retypeByContext(res: Resources, doc: SentenceSpans[]): void {
  const places = new Set<string>();
  const bodies = new Set<string>();
  // one-word forms that are a part of a longer person name: "Reeves" of "Eric Reeves"
  const personParts = new Set<string>();
  for (const s of doc)
    for (const sp of s.spans) if (sp.type === PER && sp.end - sp.start > 1) for (let i = sp.start; i < sp.end; i++) personParts.add(s.words[i].toLowerCase());
  // "Israeli", "European", "Irish", "London-based": nationalities and other adjectives stay misc
  // ("South Korean", "African-American": a nationality's last word)
  const demonym = (s: SentenceSpans, sp: LabelSpan): boolean => {
    const last = s.words[sp.end - 1];
    const tail = last.slice(last.lastIndexOf('-') + 1);
    return (gazBits(res, s.words.slice(sp.start, sp.end)) & bit(GAZ_BITS.demonym)) !== 0 || (gazBits(res, [tail]) & bit(GAZ_BITS.demonym)) !== 0 ||
      (sp.end - sp.start === 1 && NATIONALITY_SHAPE.test(s.words[sp.start])) || HYPHENATED_ADJECTIVE.test(last);
  };
  // a person's form that may be an organisation's: one word, no first name, no part of a person's name
  const maybeBody = (s: SentenceSpans, sp: LabelSpan, f: string): boolean =>
    sp.end - sp.start === 1 && !personParts.has(f) && !people.has(f) && !(gazBits(res, [s.words[sp.start]]) & bit(GAZ_BITS.firstName));
  // forms that a mention shows to be a person ("Mr Tallwick", "Tallwick said she ..."), and the sayers of "said it"
  const people = new Set<string>();
  const sayers: Array<{ s: SentenceSpans; sp: LabelSpan; f: string }> = [];
  // camel-case-organisation: one-word "persons" spelt like a company ("TikTok")
  const camel = new Set<string>();
  // brand-name-organisation: "persons" named exactly as a brand is ("Uber Eats", "Napster")
  const brandNames = new Set<string>();
  // apposition-organisation for places: "according to [LOC Pollstar], the trade publication ...", whose
  // mentions typed person ("Pollstar said") are the body too (not those typed misc: "Thousands of
  // [LOC Oromos], a minority group, ...", "his fellow [MISC Oromos]")
  const placeBodies = new Set<string>();
  for (const s of doc)
    for (const sp of s.spans) {
      if (sp.type === LOC && placeApposition(s, sp)) placeBodies.add(formOf(s.words, sp.start, sp.end));
      const said = saidWhat(s.words, sp.end);
      const titled = sp.start > 0 && honorific(s.words[sp.start - 1]) !== undefined;
      // "travelled to Idi Amin's Uganda": a possessive name is the owner of what follows, not the place
      const possessive = lowerAt(s.words, sp.end) === "'s" || lowerAt(s.words, sp.end) === '’s';
      const framed = sp.type === PER && !possessive && inPlaceFrame(s.words, sp.start);
      // (misc names in most of these frames are nationalities and markets, "Irish shares", "Nasdaq shares":
      // only the frames marked misc hold for them)
      const frame = sp.type === PER || sp.type === MISC ? bodyFrame(s.words, sp, sp.type === MISC && isBrandName(res, s.words, sp)) : 0;
      const body = (sp.type === PER && sp.end - sp.start === 1 && (frame & FOR_PERSON) !== 0) || (sp.type === MISC && ((frame & FOR_MISC) !== 0 || actsOnIts(s.words, sp)));
      const brand = sp.type === PER && isBrandName(res, s.words, sp);
      if (!said && !titled && !framed && !body && !brand && !(sp.type === PER && isCamelCase(res, s.words, sp))) continue;
      const f = formOf(s.words, sp.start, sp.end);
      if (titled || PERSON_WORDS.has(said)) people.add(f);
      if (sp.type === PER && isCamelCase(res, s.words, sp)) camel.add(f);
      if (brand) brandNames.add(f);
      if (framed) places.add(f);
      if (IT_WORDS.has(said) || body) sayers.push({ s, sp, f });
    }
  for (const f of camel) if (!people.has(f)) bodies.add(f);
  const brandBodies = new Set([...brandNames].filter((f) => !people.has(f) && !personParts.has(f)));
  // misc-body-head: "Canadian Pacific Railway" typed misc; misc-place-head: "Taradale Drive"
  const streets = new Set<string>();
  // short-name-organisation: "Moderna Inc" names a company, and so "Shares of [LOC Moderna]" and "the
  // [MISC Moderna] vaccine" are it too
  const shortNames = new Set<string>();
  // club-short-name-organisation: "Aston Villa" is named, so "[PER Villa]" alone is the club
  const lastWords = new Set<string>();
  for (const s of doc)
    for (const sp of s.spans) {
      if (sp.type === ORG && sp.end - sp.start > 1 && fullCompanyName(s.words, sp)) shortNames.add(s.words[sp.start].toLowerCase());
      if (sp.type === ORG && sp.end - sp.start > 1 && CAPITALISED.test(s.words[sp.end - 1])) lastWords.add(s.words[sp.end - 1].toLowerCase());
      if (sp.type !== MISC || sp.end - sp.start < 2) continue;
      if (BODY_HEADS.has(s.words[sp.end - 1])) bodies.add(formOf(s.words, sp.start, sp.end));
      else if (PLACE_HEADS.has(s.words[sp.end - 1])) streets.add(formOf(s.words, sp.start, sp.end));
    }
  // (a place's name, "Paris" of "Paris Group", stays the place)
  const shortName = (s: SentenceSpans, sp: LabelSpan, f: string): boolean =>
    shortNames.has(f) && (sp.type === PER ? maybeBody(s, sp, f) : sp.type === MISC ? !demonym(s, sp) : !(gazBits(res, [s.words[sp.start]]) & LOC_BITS));
  for (const { s, sp, f } of sayers) {
    if (people.has(f)) continue;
    if (sp.type === ORG || (sp.type === MISC && !demonym(s, sp)) || (sp.type === PER && maybeBody(s, sp, f)))
      bodies.add(f);
  }
  // ... when a player's or coach's role follows one of its mentions ("Villa captain", "Villa's manager"):
  // a person's name typed as a body ("[ORG Rush Limbaugh]") does not make "Limbaugh" one
  const clubs = new Set<string>();
  if (lastWords.size) {
    for (const s of doc)
      for (const sp of s.spans) {
        if (sp.type !== PER || sp.end - sp.start !== 1 || !lastWords.has(s.words[sp.start].toLowerCase())) continue;
        const k = POSSESSIVES.has(s.words[sp.end] ?? '') ? sp.end + 1 : sp.end;
        if (TEAM_ROLES.has((s.words[k] ?? '').toLowerCase())) clubs.add(s.words[sp.start].toLowerCase());
      }
  }
  if (!places.size && !bodies.size && !brandBodies.size && !placeBodies.size && !streets.size && !shortNames.size && !clubs.size) return;
  for (const s of doc)
    for (const sp of s.spans) {
      if (sp.type === ORG) continue;
      const f = formOf(s.words, sp.start, sp.end);
      let to = -1;
      if (sp.end - sp.start === 1 && shortName(s, sp, f)) to = ORG;
      else if (sp.type === PER && clubs.has(f) && maybeBody(s, sp, f)) to = ORG;
      else if (sp.type === LOC) continue;
      else if ((sp.type === PER && places.has(f)) || (sp.type === MISC && streets.has(f))) to = LOC;
      else if (sp.type === PER && (brandBodies.has(f) || (placeBodies.has(f) && maybeBody(s, sp, f)))) to = ORG;
      else if (bodies.has(f) && (sp.type === MISC ? !demonym(s, sp) : maybeBody(s, sp, f))) to = ORG;
      if (to >= 0) {
        sp.type = to;
        s.changed = true;
      }
    }
}

/**
 * Does the name at `start` head its own phrase, so that a description after it is its own? Not in
 * "EMS Corp, of Calgary, an in-city messenger service" (the service is the company's), nor after a word
 * that is no English preposition ("Caisse de depot et placement du Quebec, the government agency").
 */
function headsPhrase(words: string[], start: number): boolean {
  const prev = words[start - 1];
  if (prev === undefined || !/^\p{Ll}/u.test(prev)) return true;
  if (!PREPOSITIONS.has(prev)) return false;
  if (prev !== 'of' && prev !== 'in') return true;
  // "chief executive of Wippit", "stake in Irancell", "Shares in Solidere" (the sentence's first word),
  // but not "EMS Corp, of Calgary" nor "Dynamex of Calgary"
  const before = words[start - 2] ?? '';
  return /^\p{Ll}/u.test(before) || (start === 2 && CAPITALISED.test(before));
}

/** A place heading its phrase and described as a body right after it: "[LOC Amazon], the online retailer,". */
const placeApposition = (s: SentenceSpans, sp: LabelSpan): boolean =>
  headsPhrase(s.words, sp.start) && s.words[sp.end] === ',' && bodyApposition(s.words, sp.end + 1);

/**
 * apposition-organisation for places: "[LOC Amazon], the online retailer," is the company, and so is
 * every mention of that form typed a place (a place is never described as a company or an agency).
 * Only a place that heads its phrase (headsPhrase).
 */
export function retypePlaceAppositions(doc: SentenceSpans[]): void {
  const forms = new Set<string>();
  for (const s of doc)
    for (const sp of s.spans) {
      if (sp.type === LOC && placeApposition(s, sp)) forms.add(formOf(s.words, sp.start, sp.end));
    }
  if (!forms.size) return;
  for (const s of doc)
    for (const sp of s.spans) {
      if (sp.type === LOC && forms.has(formOf(s.words, sp.start, sp.end))) {
        sp.type = ORG;
        s.changed = true;
      }
    }
}

// --- lower-case-place ----------------------------------------------------------------------------

/** Gazetteer lists of places (not the training data's own names: "home depot" is a place in UNER). */
const PLACE_LIST_BITS = bit(GAZ_BITS.country) | bit(GAZ_BITS.city) | bit(GAZ_BITS.region) | bit(GAZ_BITS.worldCity) | bit(GAZ_BITS.worldCountry);
const WORLD_PLACE_BITS = bit(GAZ_BITS.country) | bit(GAZ_BITS.worldCity) | bit(GAZ_BITS.worldCountry);
const LOWER_WORD = /^\p{Ll}[\p{Ll}'-]*$/u;
/** Words of a lower-case place name at most: "san luis obispo". */
const MAX_LOWER_PLACE = 3;

/** Is the lower-case word one that running text mostly capitalises (80% or more), or unknown to it ("baguio")? */
const properInLowerCase = (res: Resources, word: string): boolean => LOWER_WORD.test(word) && !commonWord(res, word);
/** Has running text too few mid-sentence uses of the word to say how it is written ("baguio", "downtown")? */
const unknownToText = (res: Resources, word: string): boolean => res.capBins.get(hashString(word.toLowerCase()), 0) === 0;

/**
 * Places written in lower case in sentence s, right after LOWER_PLACE_BEFORE ("from san francisco"),
 * after another place, the tagger's or such a one ("San Francisco california", "noida and greater
 * noida"), or before one of the tagger's after "and" ("vietnam and Afghanistan"), outside
 * the tagger's spans: the longest gazetteer place of up to MAX_LOWER_PLACE words at each.
 */
function lowerCasePlaces(res: Resources, words: DocumentWords, s: number, labels: Uint8Array): LabelSpan[] {
  const out: LabelSpan[] = [];
  const n = words.length(s);
  const word = (i: number): string => (i >= 0 && i < n ? words.word(s, i) : '');
  // does a place of the tagger's end at i ("San Francisco" of "San Francisco california") or start there?
  const placeEnds = (i: number): boolean => i >= 0 && labels[i] !== 0 && (labels[i] - 1) >> 2 === LOC && ((labels[i] - 1) & 3) >= 2;
  const placeStarts = (i: number): boolean => i < n && labels[i] !== 0 && (labels[i] - 1) >> 2 === LOC && ((labels[i] - 1) & 3) % 3 === 0;
  // (a comma is no join next to the tagger's places: "transit Mercury , natal Saturn")
  const joins = (w: string): boolean => w === 'and';
  // is there a place of the tagger after "and", which a place in lower case may come before?
  let joinedPlace = false;
  for (let i = 2; i < n && !joinedPlace; i++) joinedPlace = placeStarts(i) && joins(word(i - 1));
  // where a place found may go on with another: "to san francisco california", "between noida and greater noida"
  let next = -1;
  for (let i = 1; i < n; i++) {
    if (labels[i] !== 0) continue;
    const prev = word(i - 1);
    // after a preposition of place, or next to a place: "San Francisco california", "Afghanistan and vietnam"
    const before = i === next || LOWER_PLACE_BEFORE.has(prev) || placeEnds(i - 1) || (joins(prev) && placeEnds(i - 2));
    if (!before && !(joinedPlace && properInLowerCase(res, word(i)))) continue;
    const w: string[] = [];
    for (let k = i; k < Math.min(n, i + MAX_LOWER_PLACE) && labels[k] === 0 && properInLowerCase(res, word(k)); k++) w.push(word(k));
    for (let len = w.length; len >= 1; len--) {
      if (!before && !(joins(word(i + len)) && placeStarts(i + len + 1))) continue;
      const bits = gazBits(res, w.slice(0, len));
      // a word running text has not shown us must be a country or a city of the world lists: compromise's
      // regions hold "downtown", "uptown" (words that news text, of 1987-2005, barely uses)
      const lists = w.slice(0, len).some((x) => unknownToText(res, x)) ? WORLD_PLACE_BITS : PLACE_LIST_BITS;
      if ((bits & lists) !== 0 && (bits & bit(GAZ_BITS.firstName)) === 0) {
        out.push({ start: i, end: i + len, type: LOC });
        const after = word(i + len);
        next = after === ',' || after === 'and' ? i + len + 1 : i + len;
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

// --- organisation-title-trim ----------------------------------------------------------------------------

/** Title words that may end an organisation's span before a person's name ("U.N. Secretary-General"). */
const endsWithTitle = (w: string): boolean => isTitleWord(w) || w.toLowerCase() === 'secretary-general';

/**
 * organisation-title-trim: "[ORG U.N. Secretary-General] [PER Antonio Guterres]" — the title is the
 * person's, not part of the body's name: it is cut from the end of the span, which keeps its first word.
 */
export function trimOrganisationTitles(s: SentenceSpans): void {
  for (let k = 0; k + 1 < s.spans.length; k++) {
    const a = s.spans[k];
    const b = s.spans[k + 1];
    if (a.type !== ORG || b.type !== PER || a.end !== b.start) continue;
    let end = a.end;
    while (end - 1 > a.start && endsWithTitle(s.words[end - 1])) end--;
    if (end === a.end) continue;
    a.end = end;
    s.changed = true;
  }
}

// --- compound-adjective-split ----------------------------------------------------------------------------

/**
 * Compound adjectives that say where a body is or who stands behind it: "Paris-based", "Y
 * Combinator-backed", "state-owned", "Nasdaq-listed". What follows one inside a span is a company.
 */
const COMPANY_COMPOUND = /^[\p{L}\p{N}.&'’]+-(?:based|backed|owned|listed|funded|headquartered|controlled|run)$/iu;

/**
 * compound-adjective-split: "[PER Y Combinator-backed Lumora]", "[MISC Paris-based Mistral AI]" —
 * the span starts after the compound (its own name, "Paris", is half a word and left out), and what
 * is left is an organisation.
 */
export function splitCompoundAdjectives(s: SentenceSpans): void {
  for (const sp of s.spans) {
    let k = -1;
    for (let i = sp.start; i < sp.end - 1; i++) if (COMPANY_COMPOUND.test(s.words[i])) k = i;
    if (k < 0 || !/^\p{Lu}/u.test(s.words[k + 1])) continue;
    sp.start = k + 1;
    sp.type = ORG;
    s.changed = true;
  }
}

// --- first-name-place-join ------------------------------------------------------------------------------

/** A word written as a given name is: a capital, then small letters ("Jordan"; not "CA"). */
const FIRST_NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/**
 * first-name-place-join: "[LOC Jordan] [PER Michael Clarke]" is one person, "Jordan Michael Clarke": a
 * one-word place that is also a given name or a person's, right before a person's name with nothing between.
 */
export function joinFirstNamePlaces(res: Resources, s: SentenceSpans): void {
  for (let k = 0; k + 1 < s.spans.length; k++) {
    const a = s.spans[k];
    const b = s.spans[k + 1];
    if (a.type !== LOC || b.type !== PER || a.end !== b.start || a.end - a.start !== 1 || !FIRST_NAME_SHAPE.test(s.words[a.start])) continue;
    // not the object of a preposition: "Belarus' ambassador to [Slovakia] [Igor Leshchenya]"
    if (PREPOSITIONS.has(lowerAt(s.words, a.start - 1))) continue;
    // a given name of the lists, or a person's name in the training data ("Jordan" is only the latter)
    if (!(gazBits(res, [s.words[a.start]]) & (bit(GAZ_BITS.firstName) | bit(GAZ_BITS.trainPER)))) continue;
    s.spans.splice(k, 2, { start: a.start, end: b.end, type: PER });
    s.changed = true;
  }
}

/**
 * title-of-name-split: "Secretary of [LOC State Antony Blinken]" — the words after a title's "of" end the
 * title ("Secretary of State", "Minister of Finance"), and a given name inside the span starts the
 * person's name: the span becomes "[PER Antony Blinken]".
 */
export function splitTitleOfNames(res: Resources, s: SentenceSpans): void {
  for (const sp of s.spans) {
    const prep = lowerAt(s.words, sp.start - 1);
    const title = s.words[sp.start - 2] ?? '';
    if (sp.end - sp.start < 3 || (prep !== 'of' && prep !== 'for') || !(isTitleWord(title) || roleNoun(title.toLowerCase())?.title)) continue;
    let k = sp.start + 1;
    while (k < sp.end - 1 && !(gazBits(res, [s.words[k]]) & bit(GAZ_BITS.firstName))) k++;
    // No given name of the lists ("Commissioner for [ORG Trade Maros Sefcovic]"): the leading words that
    // running text writes in lower case ("trade", "foreign affairs") are the title's, the rare ones after
    // them the name.
    if (k >= sp.end - 1) {
      for (k = sp.start; k < sp.end - 2 && commonWord(res, s.words[k]); k++);
      if (k === sp.start || s.words.slice(k, sp.end).some((w) => commonWord(res, w))) continue;
    }
    const name = s.words.slice(k, sp.end);
    // (not a company's name: "chairman of Kleinwort Benson Cross Financing Inc")
    if (k >= sp.end - 1 || name.length > 3 || !name.every((w) => CAPITALISED.test(w) && !COMPANY_SUFFIXES.has(w.toLowerCase()) && !ORG_HEADS.has(w))) continue;
    sp.start = k;
    sp.type = PER;
    s.changed = true;
  }
}

// --- apposition-organisation for names the tagger left out ------------------------------------------

/** A word of a name: a capital, then letters, digits and the marks inside names ("Ticketmaster", "Tut.by"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}.&'’-]*$/u;
/** Words of such a name at most. */
const MAX_UNTAGGED_NAME = 4;

/**
 * apposition-organisation for a name the tagger left out, as at a sentence's start: "Ticketmaster, the
 * Live Nation-owned ticket seller, faced ..." — up to MAX_UNTAGGED_NAME capitalised words, none a word
 * running text writes in lower case ("However, the company said"), heading their phrase, right before
 * a body's description (bodyApposition), are an organisation.
 */
function untaggedBodies(res: Resources, words: DocumentWords, s: number, labels: Uint8Array): LabelSpan[] {
  const out: LabelSpan[] = [];
  const n = words.length(s);
  let ws: string[] | null = null;
  for (let i = 1; i < n - 2; i++) {
    if (labels[i - 1] !== 0 || words.word(s, i) !== ',' || !APPOSITION_ARTICLES.has(words.word(s, i + 1).toLowerCase())) continue;
    let a = i;
    while (a > 0 && i - a < MAX_UNTAGGED_NAME && labels[a - 1] === 0 && NAME_WORD.test(words.word(s, a - 1)) && !commonWord(res, words.word(s, a - 1))) a--;
    if (a === i || (a > 0 && labels[a - 1] !== 0)) continue;
    if (!ws) {
      ws = [];
      for (let k = 0; k < n; k++) ws.push(words.word(s, k));
    }
    if (headsPhrase(ws, a) && !NAME_WORD.test(ws[a - 1] ?? '') && bodyApposition(ws, i + 1)) out.push({ start: a, end: i, type: ORG });
  }
  return out;
}

// --- domain-name-organisation ------------------------------------------------------------------------

/** "Tut.by", "Jolt.co.uk", "Halo.Bungie.Org": a capitalised name, dots, and a lower-case last part. */
const DOMAIN_NAME = /^\p{Lu}[\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(\p{Ll}+)$/u;

const isDomainName = (word: string): boolean => {
  const m = DOMAIN_NAME.exec(word);
  return m !== null && DOMAIN_SUFFIXES.has(m[1]);
};

/** domain-name-organisation: a one-word name written as a web address is an organisation. */
export function retypeDomainNames(s: SentenceSpans): void {
  for (const sp of s.spans) {
    if (sp.type !== ORG && sp.end - sp.start === 1 && isDomainName(s.words[sp.start])) {
      sp.type = ORG;
      s.changed = true;
    }
  }
}

/** party-tag-no-name: "Sen. Jane Roe, [D-Calif]." — AP's party and state after a name is no entity. */
export function dropPartyTags(s: SentenceSpans): void {
  const kept = s.spans.filter((sp) => !(sp.end - sp.start === 1 && PARTY_TAG.test(s.words[sp.start]) && /^[,(]$/.test(s.words[sp.start - 1] ?? '')));
  if (kept.length === s.spans.length) return;
  s.spans = kept;
  s.changed = true;
}

/**
 * party-member-split: "the [ORG Iowa Republican] said" is a person's description: "Iowa" a place,
 * "Republican" misc. A span ending in a party's member (PARTY_MEMBERS) after "the", "a" or a word in
 * lower case, with no capitalised word after it ("the Iowa Republican Party" is a name), whose other
 * words the world's lists hold as a place (not "House Democrat").
 */
export function splitPartyMembers(res: Resources, s: SentenceSpans): void {
  for (let k = 0; k < s.spans.length; k++) {
    const sp = s.spans[k];
    const last = s.words[sp.end - 1];
    const before = s.words[sp.start - 1] ?? '';
    if (sp.type === MISC || !PARTY_MEMBERS.has(last) || /^\p{Lu}/u.test(s.words[sp.end] ?? '') || !(/^\p{Ll}/u.test(before) || /^(?:the|an?)$/i.test(before))) continue;
    if (sp.end - sp.start === 1) {
      sp.type = MISC;
    } else {
      if (!(gazBits(res, s.words.slice(sp.start, sp.end - 1)) & GEO_BITS)) continue;
      s.spans.splice(k, 1, { start: sp.start, end: sp.end - 1, type: LOC }, { start: sp.end - 1, end: sp.end, type: MISC });
      k++;
    }
    s.changed = true;
  }
}

/** Prepositions before a shop's or a firm's name used alone: "a spokesperson for Applebee's said", "shoppers at Kohl's". */
const BUSINESS_PREPOSITIONS = new Set(['for', 'at', 'from']);

/**
 * possessive-business-name: "[PER Denny] 's said it would shut 150 restaurants", "A spokesperson for [PER
 * Applebee] 's said": a name with a possessive that possesses nothing, speaking of itself as "it" or
 * after "for", "at" or "from", is a business named so (a restaurant, a shop): the possessive is part of
 * its name, and every mention of the name with one is that business ("Wendy's chief executive"), when
 * the article never writes the name without it.
 */
export function joinPossessiveBusinesses(doc: SentenceSpans[]): void {
  const names = new Set<string>();
  const possessed = (s: SentenceSpans, sp: LabelSpan) => POSSESSIVE_S.has(s.words[sp.end] ?? '') && sp.type !== LOC;
  for (const s of doc) {
    for (const sp of s.spans) {
      if (!possessed(s, sp)) continue;
      if (!verbAfterPossessive(s.words, sp.end + 1)) continue;
      let itAfter = false;
      for (let i = sp.end + 2; i < s.words.length && i < sp.end + 8 && !itAfter; i++) itAfter = IT_WORDS.has(s.words[i].toLowerCase());
      if (itAfter || BUSINESS_PREPOSITIONS.has(s.words[sp.start - 1] ?? '')) names.add(s.words.slice(sp.start, sp.end).join(' '));
    }
  }
  if (!names.size) return;
  // (a name written without the possessive too is not named with it: "Wainoco said", then a slip, "Wainoco's said it")
  for (const s of doc) for (const sp of s.spans) if (!POSSESSIVES.has(s.words[sp.end] ?? '')) names.delete(s.words.slice(sp.start, sp.end).join(' '));
  for (const s of doc) {
    for (const sp of s.spans) {
      if (!possessed(s, sp) || !names.has(s.words.slice(sp.start, sp.end).join(' '))) continue;
      sp.end++;
      sp.type = ORG;
      s.changed = true;
    }
  }
}

/** An office written in capitals: "MLA", "MP", "CEO" (roles.ts holds them as titles). */
const TITLE_ACRONYM = /^\p{Lu}{2,4}$/u;

/** title-acronym-no-name: "the [ORG MLA] for Fort Rouge said" — an office in capitals is no name. */
export function dropTitleAcronyms(s: SentenceSpans): void {
  const kept = s.spans.filter((sp) => !(sp.end - sp.start === 1 && TITLE_ACRONYM.test(s.words[sp.start]) && roleNoun(s.words[sp.start].toLowerCase())?.title));
  if (kept.length === s.spans.length) return;
  s.spans = kept;
  s.changed = true;
}

/** Is there an "and" inside the span, not at its edges ("Muslim Brotherhood and Ennahda")? */
function hasInnerAnd(words: string[], sp: LabelSpan): boolean {
  for (let i = sp.start + 1; i < sp.end - 1; i++) if (words[i] === 'and') return true;
  return false;
}

/**
 * Repairs the labels of one document (all sentences, as `tagWords` returns them). Returns `labels`
 * itself when no rule applied, else a new array.
 */
export function repairSpans(res: Resources, words: DocumentWords, labels: Uint8Array, offset: Int32Array): Uint8Array {
  const doc: SentenceSpans[] = [];
  const index: number[] = [];
  for (let s = 0; s < words.count; s++) {
    const sentence = labels.subarray(offset[s], offset[s + 1]);
    const spans = labelsToSpans(sentence);
    // lower-case-place and apposition-organisation for names the tagger left out
    const found = lowerCasePlaces(res, words, s, sentence);
    const bodies = untaggedBodies(res, words, s, sentence);
    if (bodies.length) found.push(...bodies);
    if (!spans.length && !found.length) continue;
    const ws: string[] = [];
    for (let i = 0; i < words.length(s); i++) ws.push(words.word(s, i));
    if (found.length) {
      spans.push(...found);
      spans.sort((a, b) => a.start - b.start);
    }
    doc.push({ words: ws, spans, changed: found.length > 0 });
    index.push(s);
  }
  for (const s of doc) {
    joinAcronymNames(s);
    joinOrgComplements(res, s);
    joinFirstNamePlaces(res, s);
    splitTitleOfNames(res, s);
    splitCompoundAdjectives(s);
    trimOrganisationTitles(s);
  }
  // the article's forms are needed only where a span has an "and" inside
  const coordinated = doc.filter((s) => s.spans.some((sp) => hasInnerAnd(s.words, sp)));
  if (coordinated.length) {
    const forms = formTypes(doc);
    for (const s of coordinated) splitCoordinations(res, s, forms);
  }
  retypeByNeighbours(doc);
  retypeByContext(res, doc);
  joinPossessiveBusinesses(doc);
  retypePlaceAppositions(doc);
  for (const s of doc) {
    retypeDomainNames(s);
    dropPartyTags(s);
    dropTitleAcronyms(s);
    // (after the retyping by context: "The Oregon Democrat said it would ..." is no body that said it)
    splitPartyMembers(res, s);
  }
  if (!doc.some((s) => s.changed)) return labels;
  const out = labels.slice();
  doc.forEach((s, k) => {
    if (s.changed) out.set(spansToLabels(s.words.length, s.spans), offset[index[k]]);
  });
  return out;
}
