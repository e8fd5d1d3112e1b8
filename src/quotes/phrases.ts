// Noun phrases and cue words read off a paragraph's tokens without a parser: enough to find the
// subject next to a cue verb.
//
//   [Maria Kolesnikova], the campaign manager of ..., told   → npLeft from "told" skips the appositive
//   "...," [Lukashenko] said                                  → npRight from after the quote
//   [EU chief Charles Michel] said ... and added that "..."   → clauseSubject of the sentence
import { isNounCue } from '../lexicon/cue-verbs.js';
import { ORG_NAME_WORDS, roleNoun } from '../lexicon/roles.js';
import { honorific } from '../lexicon/honorifics.js';
import { DAY_OR_YEAR } from '../lexicon/date-words.js';
import { DETERMINERS, ELAPSED_TIME_ENDS, ELAPSED_TIME_WORDS, INTRO_WORDS, LEADING_CONJUNCTIONS, NP_STOPS, TIME_WORDS, VERB_FILLERS } from '../lexicon/speaker-words.js';
import {
  BARE_TIME_PREPOSITIONS, NAME_LIKE_OPENERS, NAME_LIKE_STOPS, PHRASE_PREPOSITIONS, TIME_CONJUNCTIONS, TIME_PHRASE_NON_HEADS,
  TIME_PHRASE_OPENERS, TIME_PREPOSITIONS, TIME_PREPOSITIONS_RIGHT, STANDALONE_DETERMINERS, COUNT_WORDS, BASED_COMPOUND, NAME_PARTICLES,
} from '../lexicon/clause-words.js';
import { cueAfterSubject, cueInText, isAdverb, isCap, isDash, isPossessive, isPronoun, isWord, low, type Reading } from './reading.js';

/** Token indices [s, e) of a phrase inside one paragraph's token list. */
export interface Phrase { s: number; e: number }

/** "according to" at token i. */
export const isAccordingTo = (r: Reading, i: number) => low(r, i) === 'according' && low(r, i + 1) === 'to';

/** A noun cue with a possessor: "Trump's claim", at the noun. */
export const possessedNounCue = (r: Reading, i: number) =>
  isNounCue(r.tokens.text(i) ?? '') && /^[a-z]/.test(r.tokens.text(i)) && isPossessive(r, i - 1);

/** Is the word one that may sit inside a speaker phrase? */
function npWord(r: Reading, i: number): boolean {
  if (!isWord(r, i)) return false;
  const w = low(r, i);
  // Capitalised function words open sentences ("When asked ..."); only names like "Theresa May",
  // "Will Estrada" pass.
  if (NP_STOPS.has(w) && !(isCap(r, i) && NAME_LIKE_STOPS.has(w))) return false;
  if (isCap(r, i) && (INTRO_WORDS.has(w) || LEADING_CONJUNCTIONS.has(w)) && !NAME_LIKE_OPENERS.has(w)) return false;
  return true;
}

/** The speaker phrase that ends at token j, scanning left (at most 8 tokens): "the campaign's top strategist". */
export function npLeft(r: Reading, j: number, lo: number, nounHead = false): Phrase | null {
  if (j < lo) return null;
  if (isPronoun(r, j)) return { s: j, e: j + 1 };
  if (!npWord(r, j) || (!nounHead && cueInText(r, j))) return null;
  let i = j;
  let n = 0;
  while (i >= lo && n < 8) {
    if (isPossessive(r, i) && i > lo && isWord(r, i - 1)) { i--; n++; continue; }
    const w = low(r, i);
    if (DETERMINERS.has(w)) {
      i--;
      // "the mother of three", "all three": a numeral or quantifier can be the head.
      if (n === 0 && i >= lo && low(r, i) === 'of') { i--; n++; continue; }
      // "One of the men said", "Two of the officials told": a count out of the group
      if (n > 0 && i - 1 >= lo && low(r, i) === 'of' && COUNT_WORDS.test(low(r, i - 1))) i -= 2;
      // "Kayla Brun of the National Weather Service said": a person's full name before "of the" heads
      // the phrase (the mention is the name: see mentionOf)
      else if (n > 0 && low(r, i) === 'of' && fullNameBefore(r, i - 1, lo)) { i--; n++; continue; }
      break;
    }
    if (w === 'of' && n > 0 && i > lo && npWord(r, i - 1) && !cueInText(r, i - 1)) { i--; n++; continue; }
    // "the Academy for Political Education", "the Campaign for Tobacco-Free Kids": "for" between
    // capitalised words is inside a name ("a spokesman for Acme" is not); after a title it ends the
    // title, whose holder heads the phrase ("Secretary of State for Economic Affairs Allen Wallis")
    if (w === 'for' && n > 0 && i > lo && isCap(r, i + 1) && isCap(r, i - 1) && !isPronoun(r, i - 1) && !titleWord(low(r, i - 1))) { i--; n++; continue; }
    // "the Austin, Texas-based company": a place and its state before "-based"
    if (w === ',' && n > 0) { const p = placeBeforeBased(r, i, lo); if (p >= 0) { i = p - 1; n++; break; } }
    if (!npWord(r, i) || (n > 0 && cueInText(r, i)) || isPronoun(r, i)) break;
    // A lower-case word ending in -ed right before a name is a verb: "Obama addressed Trump".
    i--;
    n++;
  }
  const s = i + 1;
  return s <= j ? { s, e: j + 1 } : null;
}

/**
 * Do the tokens ending at k read as a person's full name: two words in title case (no initials or
 * acronyms: "Deputy U.S. Comptroller of the Currency Robert Bench"), the last no word of an
 * organisation's own name ("Kayla Brun", not "Federal Bank" or "Royal College")?
 */
function fullNameBefore(r: Reading, k: number, lo: number): boolean {
  // (particles may stand between: "Joost van der Linden", "Marie-Claire de la Tour")
  let j = k - 1;
  while (j > lo && j > k - 4 && NAME_PARTICLES.has(r.tokens.text(j))) j--;
  return j >= lo && nameWord(r, k) && nameWord(r, j) && !Object.hasOwn(ORG_NAME_WORDS, low(r, k)) && !DETERMINERS.has(low(r, j));
}

/** A title, or the word that ends one ("Minister for", "Secretary of State for"). */
const titleWord = (w: string): boolean => w === 'state' || !!roleNoun(w)?.title || honorific(w) !== undefined;

/** A word in title case, as names are written: "Brun", "D'Amuro", "McCain"; not "U.S.", "FBI" or "Smith's". */
const nameWord = (r: Reading, i: number): boolean => isCap(r, i) && !isPossessive(r, i) && TITLE_CASE.test(r.tokens.text(i));
const TITLE_CASE = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/**
 * "the Austin, Texas-based company": at the comma c before a "-based" word, the capitalised run
 * before it down to its article ("the Austin"); the article's index, else -1.
 */
export function placeBeforeBased(r: Reading, c: number, lo: number): number {
  if (r.tokens.text(c) !== ',' || !BASED_COMPOUND.test(r.tokens.text(c + 1) ?? '')) return -1;
  let p = c - 1;
  while (p > lo && p > c - 5 && isCap(r, p)) p--;
  return p < c - 1 && p >= lo && (low(r, p) === 'the' || low(r, p) === 'a') ? p : -1;
}

/** The speaker phrase that starts at token i, scanning right (at most 10 tokens): "a spokesman for the campaign". */
export function npRight(r: Reading, i: number, hi: number): Phrase | null {
  if (i >= hi) return null;
  if (isPronoun(r, i)) return { s: i, e: i + 1 };
  let j = i;
  // ""...," another said": a determiner standing alone before the verb
  if (STANDALONE_DETERMINERS.has(low(r, j)) && cueInText(r, j + 1)) return { s: j, e: j + 1 };
  // "two of those people", "one of the officials": some of a group, counted
  if (COUNT_WORDS.test(low(r, j)) && low(r, j + 1) === 'of' && DETERMINERS.has(low(r, j + 2)) && j + 3 < hi) j += 3;
  else if (DETERMINERS.has(low(r, j)) && j + 1 < hi) j++;
  if (!npWord(r, j) || cueInText(r, j) || isAccordingTo(r, j)) return null;
  let n = 0;
  while (j < hi && n < 10) {
    if (isPossessive(r, j) && n > 0) { j++; n++; continue; }
    const w = low(r, j);
    if (PHRASE_PREPOSITIONS.has(w) && n > 0 && j + 1 < hi
      && (npWord(r, j + 1) || DETERMINERS.has(low(r, j + 1))) && !cueInText(r, j + 1)) { j++; n++; continue; }
    if (DETERMINERS.has(w) && n > 0 && PHRASE_PREPOSITIONS.has(low(r, j - 1))) { j++; n++; continue; }
    if (!npWord(r, j) || cueInText(r, j) || VERB_FILLERS.has(w) || isAccordingTo(r, j)) break;
    // "a narrator in the Clinton ad asks.": a cue that is also a noun ends the phrase when the clause ends.
    if (n > 0 && /s$/.test(w) && cueAfterSubject(r, j)?.form === 'finite' && (j + 1 >= hi || /^(?:[.,;:!?]|that)$/.test(low(r, j + 1)))) break;
    // "Trump spoke at ..." : a lower-case -ed word after a name or pronoun is the verb.
    if (n > 0 && /^[a-z]+ed$/.test(r.tokens.text(j)) && (isCap(r, j - 1) || isPronoun(r, j - 1))) break;
    j++;
    n++;
  }
  return j > i ? { s: i, e: j } : null;
}

/** Skips tokens leftward that stand between a subject and its verb: "also", "has", "on Tuesday", "(D-Wis.)". */
export function skipFillersLeft(r: Reading, j: number, lo: number): number {
  for (;;) {
    while (j >= lo && (VERB_FILLERS.has(low(r, j)) || isAdverb(r, j))) j--;
    // "Beck on Wednesday called": the preposition of a skipped day name goes too.
    if (j >= lo && TIME_PREPOSITIONS.has(low(r, j)) && TIME_WORDS.has(low(r, j + 1))) { j--; continue; }
    if (j >= lo && r.tokens.text(j) === ')') {
      let k = j - 1;
      while (k >= lo && k > j - 12 && r.tokens.text(k) !== '(') k--;
      if (k >= lo && r.tokens.text(k) === '(') { j = k - 1; continue; }
    }
    // "Lithuanian lawmakers on Tuesday urged": a time phrase.
    const timeWord = (k: number) => TIME_WORDS.has(low(r, k)) || /^\d{1,4}$/.test(r.tokens.text(k));
    if (j >= lo && timeWord(j) && !TIME_PHRASE_NON_HEADS.has(low(r, j))) {
      let k = j;
      while (k >= lo && timeWord(k)) k--;
      if (k < j && TIME_PHRASE_OPENERS.has(low(r, k + 1))) { j = k; continue; }
    }
    return j;
  }
}

/** Skips tokens rightward between a subject and its verb. */
export function skipFillersRight(r: Reading, j: number, hi: number): number {
  for (;;) {
    while (j < hi && (VERB_FILLERS.has(low(r, j)) || isAdverb(r, j)) && !cueInText(r, j)) j++;
    if (j < hi && r.tokens.text(j) === '(') {
      let k = j + 1;
      while (k < hi && k < j + 12 && r.tokens.text(k) !== ')') k++;
      if (k < hi && r.tokens.text(k) === ')') { j = k + 1; continue; }
    }
    // "claimed on Aug. 9 that", "said late Tuesday that", "said on March 9, 2024, that": a date before "that"
    const d = dateBeforeThat(r, j, hi);
    if (d > j) return d;
    if (j < hi && TIME_PREPOSITIONS_RIGHT.has(low(r, j)) && TIME_WORDS.has(low(r, j + 1))) {
      let k = j + 1;
      while (k < hi && TIME_WORDS.has(low(r, k)) && !BARE_TIME_PREPOSITIONS.has(low(r, k))) k++;
      // "said on Tuesday [the] agency would ...": a time phrase does not end in "the"
      while (k > j + 1 && TIME_PHRASE_NON_HEADS.has(low(r, k - 1))) k--;
      if (k > j + 1) { j = k; continue; }
    }
    // "said hours later that", "said two days later": a span of time counted back
    let k = j;
    while (k < hi && k < j + 3 && (ELAPSED_TIME_WORDS.has(low(r, k)) || /^\d+$/.test(r.tokens.text(k)))) k++;
    // (not at the end of the sentence: "as Breitbart reported a few days later. He had ...")
    if (k > j && k + 1 < hi && ELAPSED_TIME_ENDS.has(low(r, k)) && !/^[.!?;:]$/.test(r.tokens.text(k + 1))) { j = k + 1; continue; }
    return j;
  }
}

/** The "that" after a date of time words, day and year numbers and commas from j (with one word of
 *  its own: no "said in that"), or j. */
function dateBeforeThat(r: Reading, j: number, hi: number): number {
  let k = j;
  let dated = false;
  for (; k < hi && k < j + 7; k++) {
    const w = low(r, k);
    if (TIME_WORDS.has(w)) dated ||= !TIME_PHRASE_NON_HEADS.has(w);
    else if (!DAY_OR_YEAR.test(w) && w !== ',') break;
  }
  return dated && k > j && low(r, k) === 'that' ? k : j;
}

/** The subject at the start of a clause, past introductory phrases: "In a video message, [Tikhanovskaya] said". */
export function clauseSubject(r: Reading, lo: number, hi: number): Phrase | null {
  let i = lo;
  // A quotation that opens the sentence is not its subject: ""We need change," the businessman said".
  if (/^["“'‘]$/.test(r.tokens.text(i) ?? '')) {
    let k = i + 1;
    while (k < hi && k < i + 80 && !/^["”'’]$/.test(r.tokens.text(k))) k++;
    if (k < hi) i = k + 1;
  }
  // A dateline: "WASHINGTON —", "MINSK (AFP) -".
  for (let k = i; k < Math.min(hi, i + 6); k++) {
    if (isDash(r, k) && k > i && r.tokens.texts(i, k).every((t, m) => !isWord(r, i + m) || /^[\p{Lu}.,()-]+$/u.test(t))) { i = k + 1; break; }
  }
  while (i < hi && (!isWord(r, i) || LEADING_CONJUNCTIONS.has(low(r, i)))) i++;
  if (i < hi && /^[A-Z][a-z]+ly$/.test(r.tokens.text(i)) && TIME_CONJUNCTIONS.has(low(r, i + 1))) i++;
  // "Weighing in on the discussion, former Gov. Mike Huckabee agreed": a participle phrase opens.
  if (i < hi && (INTRO_WORDS.has(low(r, i)) || /^[A-Z][a-z]+ing$/.test(r.tokens.text(i))) && !isPronoun(r, i)) {
    let k = i;
    while (k < hi && k < i + 20 && r.tokens.text(k) !== ',') k++;
    if (k < hi && r.tokens.text(k) === ',') {
      i = k + 1;
      // "On July 6, 2015, Sanders ...": a date runs past its first comma.
      if (/^\d{4}$/.test(r.tokens.text(i) ?? '') && r.tokens.text(i + 1) === ',') i += 2;
    } else {
      // "On September 27 they published ...": no comma; the subject is the first pronoun.
      let m = i + 1;
      while (m < hi && m < i + 6 && !isPronoun(r, m)) m++;
      if (m < hi && isPronoun(r, m)) return { s: m, e: m + 1 };
      return null;
    }
  }
  while (i < hi && !isWord(r, i)) i++;
  const np = npRight(r, i, hi);
  return np;
}

/** Are the tokens an appositive between commas? Returns the index after the closing comma. */
export function skipAppositiveRight(r: Reading, j: number, hi: number): number {
  if (r.tokens.text(j) !== ',') return j;
  let k = j + 1;
  while (k < hi && k < j + 30 && r.tokens.text(k) !== ',' && !/^[.;:!?"“”]$/.test(r.tokens.text(k))) k++;
  return k < hi && r.tokens.text(k) === ',' ? k + 1 : j;
}

